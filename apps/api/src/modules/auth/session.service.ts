import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, LessThan, Not, Repository } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { UserEntity } from '../users/entities/user.entity';
import { SessionEntity } from './entities/session.entity';

/** How often a used session's expiry is pushed forward (not on every request). */
const TOUCH_INTERVAL_MS = 5 * 60 * 1000;

export interface ResolvedSession {
  session: SessionEntity;
  user: UserEntity;
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

  /** The live session and active user behind a token, or null. Slides the expiry while in use. */
  async resolve(token: string): Promise<ResolvedSession | null> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
    const session = await this.sessions.findOneBy({ tokenHash: hashToken(token) });
    if (!session) return null;
    const now = new Date();
    if (session.expiresAt <= now) {
      await this.sessions.delete({ id: session.id });
      return null;
    }
    const user = await this.sessions.manager.findOneBy(UserEntity, { id: session.userId, isActive: true });
    if (!user) return null;
    if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      await this.sessions.update({ id: session.id }, { lastSeenAt: now, expiresAt: this.expiryFrom(now) });
    }
    return { session, user };
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
