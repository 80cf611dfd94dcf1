import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { repeatEvery } from '../../common/repeating-job';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { AttemptGrading, databaseNow } from './attempt-grading';
import { AttemptEntity } from './entities/attempt.entity';

/** Attempts closed per transaction; the sweep repeats until none are left. */
const BATCH = 100;

/**
 * Closes and scores attempts whose deadline has passed, whether or not anyone is online: a learner
 * who lost the connection still gets a result, and the lesson completes when it is a pass. Rows
 * are taken with `SKIP LOCKED`, so several API instances (or a learner's own submit) never clash.
 */
@Injectable()
export class AttemptSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(AttemptSweeper.name);
  private stop?: () => void;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly grading: AttemptGrading,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.attemptSweepSeconds) return;
    this.stop = repeatEvery(
      this.config.attemptSweepSeconds * 1000,
      () => this.sweep(),
      this.logger,
      'Closing attempts past their deadline',
    );
  }

  onApplicationShutdown(): void {
    this.stop?.();
  }

  /** Closes every attempt past its deadline; answers how many it closed. */
  async sweep(): Promise<number> {
    let closed = 0;
    for (;;) {
      const count = await this.dataSource.transaction(async (manager) => {
        const due = await manager
          .createQueryBuilder(AttemptEntity, 'a')
          .setLock('pessimistic_write')
          .setOnLocked('skip_locked')
          .where(`a.status = 'in_progress' AND a.deadline_at <= now()`)
          .orderBy('a.deadline_at')
          .limit(BATCH)
          .getMany();
        const now = await databaseNow(manager);
        for (const attempt of due) await this.grading.close(manager, attempt, now);
        return due.length;
      });
      closed += count;
      if (count < BATCH) return closed;
    }
  }
}
