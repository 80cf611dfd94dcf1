import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, LessThan, Not, Repository } from 'typeorm';
import { poolOf } from '../../database/pool';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { UserEntity } from '../users/entities/user.entity';
import { SessionEntity } from './entities/session.entity';

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
   * The live session and active user behind a token, or null: one indexed read per request.
   * Slides the expiry while in use (at most every few minutes, not on every request).
   */
  async resolve(token: string): Promise<ResolvedSession | null> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
    // Runs on every request: a named statement straight on the pool (planned once per connection).
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
      values: [hashToken(token)],
    });
    if (!row) return null;
    const now = new Date();
    if (row.expires_at <= now) {
      await this.sessions.delete({ id: row.id });
      return null;
    }
    if (now.getTime() - row.last_seen_at.getTime() > TOUCH_INTERVAL_MS) {
      await this.sessions.update({ id: row.id }, { lastSeenAt: now, expiresAt: this.expiryFrom(now) });
    }
    return {
      session: { id: row.id, userId: row.user_id, lastSeenAt: row.last_seen_at, expiresAt: row.expires_at },
      user: { id: row.user_id, roles: row.roles },
    };
  }

  async end(sessionId: string): Promise<void> {
    await this.sessions.delete({ id: sessionId });
  }

  /** Ends every session of a user, except `keepSessionId` when given. */
  async endAllForUser(userId: string, keepSessionId?: string, manager?: EntityManager): Promise<void> {
    const repository = manager ? manager.getRepository(SessionEntity) : this.sessions;
    await repository.delete(keepSessionId ? { userId, id: Not(keepSessionId) } : { userId });
  }

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

function hashToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}
