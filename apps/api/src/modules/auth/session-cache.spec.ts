import { SESSION_CACHE_LIMITS, SessionCache } from './session-cache';
import type { ResolvedSession } from './session.service';

const HOUR_MS = 3600 * 1000;

function resolved(userId: string, sessionId: string, expiresAt = new Date(Date.now() + HOUR_MS)): ResolvedSession {
  return {
    session: { id: sessionId, userId, lastSeenAt: new Date(), expiresAt },
    user: { id: userId, roles: ['learner'] },
  };
}

/** A live cache holding the given entries, keyed `key-<session id>`. */
function liveCache(...entries: ResolvedSession[]): SessionCache {
  const cache = new SessionCache();
  cache.setLive(true);
  for (const entry of entries) cache.set(`key-${entry.session.id}`, entry, cache.ticket());
  return cache;
}

describe('SessionCache', () => {
  beforeEach(() => jest.useFakeTimers({ now: new Date('2026-03-01T09:00:00Z') }));
  afterEach(() => jest.useRealTimers());

  it('serves nothing and stores nothing until live, and empties when it goes offline', () => {
    const cache = new SessionCache();
    const aliya = resolved('aliya', 's1');
    cache.set('key-s1', aliya, cache.ticket());
    expect(cache.get('key-s1', new Date())).toBeUndefined();

    cache.setLive(true);
    expect(cache.get('key-s1', new Date())).toBeUndefined();
    cache.set('key-s1', aliya, cache.ticket());
    expect(cache.get('key-s1', new Date())).toBe(aliya);

    cache.setLive(false);
    expect(cache.get('key-s1', new Date())).toBeUndefined();
    cache.setLive(true);
    expect(cache.get('key-s1', new Date())).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it("forgets all of a user's sessions, and only theirs", () => {
    const cache = liveCache(resolved('aliya', 's1'), resolved('aliya', 's2'), resolved('bolat', 's3'));
    cache.forgetUser('aliya');
    expect(cache.get('key-s1', new Date())).toBeUndefined();
    expect(cache.get('key-s2', new Date())).toBeUndefined();
    expect(cache.get('key-s3', new Date())?.user.id).toBe('bolat');
    expect(cache.size).toBe(1);
  });

  it('forgets one session, keeping the same user’s others', () => {
    const cache = liveCache(resolved('aliya', 's1'), resolved('aliya', 's2'));
    cache.forgetSession('s1');
    expect(cache.get('key-s1', new Date())).toBeUndefined();
    expect(cache.get('key-s2', new Date())?.session.id).toBe('s2');
    // The user index no longer holds s1: forgetting the user now drops exactly one entry.
    cache.forgetUser('aliya');
    expect(cache.size).toBe(0);
  });

  it('drops an entry older than the maximum age', () => {
    const cache = liveCache(resolved('aliya', 's1'));
    jest.advanceTimersByTime(SESSION_CACHE_LIMITS.maxAgeMs);
    expect(cache.get('key-s1', new Date())).toBeDefined();
    jest.advanceTimersByTime(1);
    expect(cache.get('key-s1', new Date())).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('never serves a session past its expiry', () => {
    const cache = liveCache(resolved('aliya', 's1', new Date(Date.now() + 1000)));
    expect(cache.get('key-s1', new Date(Date.now() + 999))).toBeDefined();
    expect(cache.get('key-s1', new Date(Date.now() + 1000))).toBeUndefined();
  });

  it('holds at most maxEntries, evicting the oldest', () => {
    const cache = liveCache();
    const { maxEntries } = SESSION_CACHE_LIMITS;
    for (let i = 0; i <= maxEntries; i++) cache.set(`key-${i}`, resolved(`user-${i}`, `s${i}`), cache.ticket());
    expect(cache.size).toBe(maxEntries);
    expect(cache.get('key-0', new Date())).toBeUndefined();
    expect(cache.get('key-1', new Date())).toBeDefined();
    expect(cache.get(`key-${maxEntries}`, new Date())).toBeDefined();
    // The evicted entry left the indexes too.
    cache.forgetUser('user-0');
    cache.forgetSession('s0');
    expect(cache.size).toBe(maxEntries);
  });

  describe('a read that started before a forget', () => {
    it('is not cached when its user was forgotten meanwhile', () => {
      const cache = liveCache();
      const ticket = cache.ticket();
      cache.forgetUser('aliya');
      cache.set('key-s1', resolved('aliya', 's1'), ticket);
      expect(cache.get('key-s1', new Date())).toBeUndefined();

      // Another user's read is unaffected, and a read that starts after the forget is cached.
      cache.set('key-s2', resolved('bolat', 's2'), ticket);
      expect(cache.get('key-s2', new Date())).toBeDefined();
      cache.set('key-s1', resolved('aliya', 's1'), cache.ticket());
      expect(cache.get('key-s1', new Date())).toBeDefined();
    });

    it('is not cached when its session was forgotten meanwhile', () => {
      const cache = liveCache();
      const ticket = cache.ticket();
      cache.forgetSession('s1');
      cache.set('key-s1', resolved('aliya', 's1'), ticket);
      expect(cache.get('key-s1', new Date())).toBeUndefined();
    });

    it('is not cached after the cache was cleared or went offline and live again', () => {
      const cache = liveCache();
      const beforeClear = cache.ticket();
      cache.clear();
      cache.set('key-s1', resolved('aliya', 's1'), beforeClear);
      expect(cache.get('key-s1', new Date())).toBeUndefined();

      const beforeReconnect = cache.ticket();
      cache.setLive(false);
      cache.setLive(true);
      cache.set('key-s1', resolved('aliya', 's1'), beforeReconnect);
      expect(cache.get('key-s1', new Date())).toBeUndefined();
    });

    it('is still refused once the record of forgotten ids has been trimmed', () => {
      const cache = liveCache();
      const ticket = cache.ticket();
      cache.forgetUser('aliya');
      for (let i = 0; i < SESSION_CACHE_LIMITS.maxForgotten; i++) cache.forgetSession(`other-${i}`);
      cache.set('key-s1', resolved('aliya', 's1'), ticket);
      expect(cache.get('key-s1', new Date())).toBeUndefined();
      cache.set('key-s1', resolved('aliya', 's1'), cache.ticket());
      expect(cache.get('key-s1', new Date())).toBeDefined();
    });
  });

  it('freezes the cached roles, which requests share', () => {
    const cache = liveCache(resolved('aliya', 's1'));
    expect(() => cache.get('key-s1', new Date())!.user.roles.push('admin')).toThrow(TypeError);
  });
});
