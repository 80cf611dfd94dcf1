import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DataSource,
  type EntityManager,
  type EntitySubscriberInterface,
  type QueryRunner,
  type TransactionCommitEvent,
  type TransactionRollbackEvent,
} from 'typeorm';
import { MediaStorage } from './media-storage';

/**
 * Removes the files of deleted media rows only once the deletion is committed. Inside a
 * transaction the removal waits for the COMMIT (a TypeORM subscriber hears it); a rollback
 * forgets it, so a restored row never points at a removed file. The worst case is the safe one:
 * a rollback of a savepoint forgets removals queued before it as well, which leaves an orphan
 * file on disk, never a row without its file.
 */
@Injectable()
export class MediaFileCleaner implements EntitySubscriberInterface {
  private readonly pending = new WeakMap<QueryRunner, string[]>();

  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly storage: MediaStorage,
  ) {
    dataSource.subscribers.push(this);
  }

  /** Removes the files now when `manager` is outside a transaction, otherwise after it commits. */
  async removeAfterCommit(storageKeys: readonly string[], manager?: EntityManager): Promise<void> {
    if (!storageKeys.length) return;
    const queryRunner = manager?.queryRunner;
    if (queryRunner?.isTransactionActive) {
      const queued = this.pending.get(queryRunner) ?? [];
      queued.push(...storageKeys);
      this.pending.set(queryRunner, queued);
      return;
    }
    await this.storage.remove(storageKeys);
  }

  async afterTransactionCommit(event: TransactionCommitEvent): Promise<void> {
    // Releasing a savepoint also "commits"; only the outermost COMMIT makes the deletion final.
    if (event.queryRunner.isTransactionActive) return;
    const queued = this.pending.get(event.queryRunner);
    if (!queued) return;
    this.pending.delete(event.queryRunner);
    await this.storage.remove(queued);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    this.pending.delete(event.queryRunner);
  }
}
