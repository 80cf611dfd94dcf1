import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, LessThan, Not, Repository } from 'typeorm';
import { poolOf } from '../../database/pool';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { UserEntity } from '../users/entities/user.entity';
import { SessionEntity } from './entities/session.entity';
import { SessionCache } from './session-cache';

/** How often a used session's expiry is pushed forward (not on every request). */
const TOUCH_INTERVAL_MS = 5 * 60 * 1000;

export interface ResolvedSession {
  session: Pick<SessionEntity, 'id' | 'userId' | 'lastSeenAt' | 'expiresAt'>;
  user: Pick<UserEntity, 'id' | 'roles'>;
}

@Injectable()
export class SessionService {
  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly cache: SessionCache,
  ) {}

  /** Starts a session and returns the token for the cookie; only its hash is stored. */
  async create(userId: string, meta: { ip: string | null; userAgent: string | null }): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const now = new Date();
    await this.sessions.insert({
      tokenHash: hashToken(token),
      userId,
      lastSeenAt: now,
      expiresAt: this.expiryFrom(now),
      ip: meta.ip,
      userAgent: meta.userAgent?.slice(0, 500) ?? null,
    });
    return token;
  }

  /**
   * The live session and active user behind a token, or null: from the cache when it has them,
   * else one indexed read. Slides the expiry while in use (at most every few minutes, not on every request).
   */
  async resolve(token: string): Promise<ResolvedSession | null> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
    const tokenHash = hashToken(token);
    const key = tokenHash.toString('hex');
    const now = new Date();
    const cached = this.cache.get(key, now);
    // A session due for a touch takes the database path, which touches it and caches the new expiry.
    if (cached && !touchDue(cached.session.lastSeenAt, now)) return cached;

    const ticket = this.cache.ticket();
    // A named statement straight on the pool (planned once per connection).
    const pool = poolOf(this.sessions.manager.connection);
    const {
      rows: [row],
    } = await pool.query<{
      id: string;
      user_id: string;
      last_seen_at: Date;
      expires_at: Date;
      roles: UserEntity['roles'];
    }>({
      name: 'resolve-session',
      text: `SELECT s.id, s.user_id, s.last_seen_at, s.expires_at, u.roles
               FROM sessions s JOIN users u ON u.id = s.user_id AND u.is_active
              WHERE s.token_hash = $1`,
      values: [tokenHash],
    });
    if (!row) return null;
    if (row.expires_at <= now) {
      await this.sessions.delete({ id: row.id });
      this.cache.forgetSession(row.id);
      return null;
    }
    let { last_seen_at: lastSeenAt, expires_at: expiresAt } = row;
    if (touchDue(lastSeenAt, now)) {
      lastSeenAt = now;
      expiresAt = this.expiryFrom(now);
      await this.sessions.update({ id: row.id }, { lastSeenAt, expiresAt });
    }
    const resolved = {
      session: { id: row.id, userId: row.user_id, lastSeenAt, expiresAt },
      user: { id: row.user_id, roles: row.roles },
    };
    this.cache.set(key, resolved, ticket);
    return resolved;
  }

  async end(sessionId: string): Promise<void> {
    await this.sessions.delete({ id: sessionId });
    this.cache.forgetSession(sessionId);
  }

  /**
   * Ends every session of a user, except `keepSessionId` when given. Given a transaction's
   * `manager`, the caller calls `forgetUser` once it commits.
   */
  async endAllForUser(userId: string, keepSessionId?: string, manager?: EntityManager): Promise<void> {
    const repository = manager ? manager.getRepository(SessionEntity) : this.sessions;
    await repository.delete(keepSessionId ? { userId, id: Not(keepSessionId) } : { userId });
    if (!manager) this.cache.forgetUser(userId);
  }

  /**
   * Drops the user's cached sessions in this process, so that a change to their sessions, roles,
   * activity or password applies from their next request. Call it after the change commits:
   * before, a concurrent request could still read the old rows and cache them again.
   */
  forgetUser(userId: string): void {
    this.cache.forgetUser(userId);
  }

  /** Cached entries of expired sessions are never served, so nothing needs forgetting here. */
  async purgeExpired(): Promise<void> {
    await this.sessions.delete({ expiresAt: LessThan(new Date()) });
  }

  get ttlMs(): number {
    return this.config.session.ttlHours * 3600 * 1000;
  }

  private expiryFrom(now: Date): Date {
    return new Date(now.getTime() + this.ttlMs);
  }
}

function touchDue(lastSeenAt: Date, now: Date): boolean {
  return now.getTime() - lastSeenAt.getTime() > TOUCH_INTERVAL_MS;
}

function hashToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}
