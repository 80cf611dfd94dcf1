import { Injectable } from '@nestjs/common';
import type { ResolvedSession } from './session.service';

/** Bounds of the cache: a missed invalidation heals within `maxAgeMs`. */
export const SESSION_CACHE_LIMITS = { maxEntries: 50_000, maxAgeMs: 30_000, maxForgotten: 10_000 };

interface Entry {
  resolved: ResolvedSession;
  cachedAt: number;
}

/**
 * Resolved sessions of this process, keyed by token hash (hex), so that a signed-in request
 * needs no query. Serves nothing unless live: SessionCacheListener makes it live while it hears
 * every change to sessions and users from the database (LISTEN/NOTIFY).
 *
 * A resolve takes a `ticket()` before its database read and hands it to `set()`: a user or
 * session forgotten after the ticket was taken is not cached from that (possibly older) read.
 */
@Injectable()
export class SessionCache {
  private readonly entries = new Map<string, Entry>();
  private readonly keysByUser = new Map<string, Set<string>>();
  private readonly keyBySession = new Map<string, string>();
  /** User or session id → ticket number of its last forget (ids are UUIDs, so they share a map). */
  private readonly forgotten = new Map<string, number>();
  private tickets = 0;
  /** Tickets below this are refused: taken before a clear, or before `forgotten` was emptied. */
  private floor = 0;
  private isLive = false;

  get live(): boolean {
    return this.isLive;
  }

  /**
   * Going live or offline empties the cache, and offline `set` stores nothing: what was heard
   * before a connection was (re)established is not trusted.
   */
  setLive(live: boolean): void {
    this.isLive = live;
    this.clear();
  }

  /** The cached session, unless the entry is too old or expired (offline, the cache is empty). */
  get(key: string, now: Date): ResolvedSession | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (now.getTime() - entry.cachedAt > SESSION_CACHE_LIMITS.maxAgeMs || entry.resolved.session.expiresAt <= now) {
      this.remove(key, entry);
      return undefined;
    }
    return entry.resolved;
  }

  ticket(): number {
    return this.tickets;
  }

  set(key: string, resolved: ResolvedSession, ticket: number): void {
    if (!this.isLive || ticket < this.floor) return;
    const { session, user } = resolved;
    if ((this.forgotten.get(user.id) ?? 0) > ticket || (this.forgotten.get(session.id) ?? 0) > ticket) return;
    const existing = this.entries.get(key);
    if (existing) this.remove(key, existing);
    else if (this.entries.size >= SESSION_CACHE_LIMITS.maxEntries) {
      const [oldestKey, oldest] = this.entries.entries().next().value!;
      this.remove(oldestKey, oldest);
    }
    // Frozen: request.user shares the roles array, and nothing may change a cached entry.
    Object.freeze(user.roles);
    this.entries.set(key, { resolved, cachedAt: Date.now() });
    let keys = this.keysByUser.get(user.id);
    if (!keys) this.keysByUser.set(user.id, (keys = new Set()));
    keys.add(key);
    this.keyBySession.set(session.id, key);
  }

  forgetUser(userId: string): void {
    this.markForgotten(userId);
    for (const key of this.keysByUser.get(userId) ?? []) this.remove(key, this.entries.get(key)!);
  }

  forgetSession(sessionId: string): void {
    this.markForgotten(sessionId);
    const key = this.keyBySession.get(sessionId);
    if (key !== undefined) this.remove(key, this.entries.get(key)!);
  }

  clear(): void {
    this.entries.clear();
    this.keysByUser.clear();
    this.keyBySession.clear();
    this.forgotten.clear();
    this.floor = ++this.tickets;
  }

  get size(): number {
    return this.entries.size;
  }

  private markForgotten(id: string): void {
    this.forgotten.set(id, ++this.tickets);
    // Bounded: once emptied, the floor refuses every resolve that started before.
    if (this.forgotten.size > SESSION_CACHE_LIMITS.maxForgotten) {
      this.forgotten.clear();
      this.floor = this.tickets;
    }
  }

  private remove(key: string, { resolved: { session, user } }: Entry): void {
    this.entries.delete(key);
    this.keyBySession.delete(session.id);
    const keys = this.keysByUser.get(user.id)!;
    keys.delete(key);
    if (!keys.size) this.keysByUser.delete(user.id);
  }
}
