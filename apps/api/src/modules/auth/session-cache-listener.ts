import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { poolOf } from '../../database/pool';
import { SessionCache } from './session-cache';

/** Notified by the triggers of migration NotifySessionChanges with a user id ('' after a TRUNCATE). */
const SESSION_CHANGES_CHANNEL = 'bilikti_sessions';
const MAX_RETRY_DELAY_MS = 5_000;

/**
 * Keeps the session cache in step with every API process on the database: a connection of its
 * own (outside the pool) listens for session and user changes and forgets the user's sessions.
 * The cache is live only while that connection is; when it drops, the cache empties and every
 * request reads the database until the listener is back.
 */
@Injectable()
export class SessionCacheListener implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SessionCacheListener.name);
  private client?: Client;
  private retry?: NodeJS.Timeout;
  private failures = 0;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cache: SessionCache,
  ) {}

  /** Waits for the first attempt, so the cache serves from the first request when it can. */
  onApplicationBootstrap(): Promise<void> {
    return this.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    this.cache.setLive(false);
    const client = this.client;
    this.client = undefined;
    await client?.end();
  }

  private async connect(): Promise<void> {
    const client = new Client({
      ...poolOf(this.dataSource).options,
      application_name: 'bilikti-api-listener',
      // An idle listener would otherwise not notice a connection dropped by the network.
      keepAlive: true,
    });
    this.client = client;
    client.on('notification', ({ payload }) => (payload ? this.cache.forgetUser(payload) : this.cache.clear()));
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, new Error('connection ended')));
    try {
      await client.connect();
      await client.query(`LISTEN ${SESSION_CHANGES_CHANNEL}`);
    } catch (error) {
      this.lost(client, error);
      return;
    }
    if (client !== this.client) return;
    if (this.failures) this.logger.log('Session cache listener reconnected');
    this.failures = 0;
    this.cache.setLive(true);
  }

  private lost(client: Client, error: unknown): void {
    // Each connection is given up once, however many of error, end and a failed connect it raises.
    if (client !== this.client) return;
    this.client = undefined;
    this.cache.setLive(false);
    client.end().catch(() => undefined);
    if (this.stopped) return;
    const delay = Math.min(100 * 2 ** this.failures++, MAX_RETRY_DELAY_MS);
    this.logger.warn(
      `Session cache listener disconnected (${error instanceof Error ? error.message : String(error)}): ` +
        `sessions are read from the database; reconnecting in ${delay} ms`,
    );
    this.retry = setTimeout(() => void this.connect(), delay);
  }
}
