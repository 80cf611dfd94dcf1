import { Client } from 'pg';
import { poolOf } from '../../src/database/pool';
import { SessionEntity } from '../../src/modules/auth/entities/session.entity';
import { SessionCache } from '../../src/modules/auth/session-cache';
import { BootstrapAdminService } from '../../src/modules/users/bootstrap-admin.service';
import { createUser, signIn } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

type Agent = Awaited<ReturnType<typeof signIn>>;

/** How many times the app has read a session from the database so far. */
function countSessionReads(t: TestApp): () => number {
  const query = jest.spyOn(poolOf(t.dataSource), 'query');
  return () => query.mock.calls.filter(([config]) => (config as { name?: string }).name === 'resolve-session').length;
}

/** Drops NOTIFY deliveries, so that only the app's own, same-process invalidation is at work. */
function dropNotifications(): jest.SpyInstance {
  const emit = Client.prototype.emit;
  return jest.spyOn(Client.prototype, 'emit').mockImplementation(function (
    this: Client,
    event: string | symbol,
    ...args: unknown[]
  ) {
    return event !== 'notification' && emit.call(this, event, ...args);
  });
}

/** Fakes only the clock of `new Date()` and `Date.now()`, leaving timers and I/O alone. */
function setClock(now: Date): void {
  jest.useFakeTimers({
    now,
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'requestIdleCallback',
      'cancelIdleCallback',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
  });
}

/** Another process hears of a change by NOTIFY: retries the check for up to 2 s. */
async function eventually(check: () => Promise<unknown>): Promise<void> {
  const deadline = Date.now() + 2000;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('session cache', () => {
  let t: TestApp;
  let admin: Agent;
  let sessionReads: () => number;

  /** Makes a request, which caches the session, and checks that the next one is answered from the cache. */
  async function expectCached(agent: Agent, path = '/api/me'): Promise<void> {
    await agent.get(path).expect(200);
    const before = sessionReads();
    await agent.get(path).expect(200);
    expect(sessionReads()).toBe(before);
  }

  async function cachedAgent(user: { email: string; password: string }, path = '/api/me'): Promise<Agent> {
    const agent = await signIn(t, user);
    await expectCached(agent, path);
    return agent;
  }

  async function sessionIdsOf(userId: string): Promise<string[]> {
    const rows: { id: string }[] = await t.dataSource.query(
      `SELECT id FROM sessions WHERE user_id = $1 ORDER BY created_at`,
      [userId],
    );
    return rows.map((row) => row.id);
  }

  beforeAll(async () => {
    t = await createTestApp();
    sessionReads = countSessionReads(t);
    admin = await signIn(t, await createUser(t, { roles: ['admin'] }));
  });
  afterAll(() => t.close());

  it('answers repeated requests without reading the session again', async () => {
    expect(t.app.get(SessionCache).live).toBe(true);
    const agent = await signIn(t, await createUser(t));
    const before = sessionReads();
    for (let i = 0; i < 5; i++) await agent.get('/api/me').expect(200);
    expect(sessionReads()).toBe(before + 1);
  });

  describe('in this process, without waiting for the notification', () => {
    let notifications: jest.SpyInstance;

    beforeEach(() => {
      notifications = dropNotifications();
    });
    afterEach(() => notifications.mockRestore());

    it('(control) would not see a change made behind its back', async () => {
      const user = await createUser(t);
      const agent = await cachedAgent(user);
      await t.dataSource.query(`UPDATE users SET is_active = false WHERE id = $1`, [user.id]);
      await agent.get('/api/me').expect(200);
    });

    it('refuses a deactivated user on their very next request', async () => {
      const user = await createUser(t);
      const agent = await cachedAgent(user);
      await admin.patch(`/api/users/${user.id}`).send({ isActive: false }).expect(200);
      await agent.get('/api/me').expect(401);
    });

    it('applies a role taken away on the very next request', async () => {
      const other = await createUser(t, { roles: ['admin'] });
      const agent = await cachedAgent(other, '/api/users');
      await admin
        .patch(`/api/users/${other.id}`)
        .send({ roles: ['instructor'] })
        .expect(200);
      await agent.get('/api/users').expect(403);
      await agent.get('/api/me').expect(200);
    });

    it('ends the other sessions on a password change at once, keeping this one', async () => {
      const user = await createUser(t);
      const phone = await cachedAgent(user);
      const laptop = await cachedAgent(user);
      await laptop
        .post('/api/me/password')
        .send({ currentPassword: user.password, newPassword: 'New-Steppe-Pass-99' })
        .expect(204);
      await phone.get('/api/me').expect(401);
      await laptop.get('/api/me').expect(200);
    });

    it('ends the sessions on a password reset by an admin at once', async () => {
      const user = await createUser(t);
      const agent = await cachedAgent(user);
      await admin.patch(`/api/users/${user.id}`).send({ password: 'Reset-By-Admin-42' }).expect(200);
      await agent.get('/api/me').expect(401);
    });

    it('ends the session on sign-out at once, even for a kept copy of the cookie', async () => {
      const user = await createUser(t);
      const agent = t.agent();
      const login = await agent.post('/api/auth/login').send({ email: user.email, password: user.password });
      const cookie = String(login.headers['set-cookie']).split(';')[0]!;
      await expectCached(agent);
      await agent.post('/api/auth/logout').expect(204);
      await t.http().get('/api/me').set('Cookie', cookie).expect(401);
    });

    it('refuses a cached session once it has expired, and deletes it', async () => {
      const user = await createUser(t);
      const agent = await signIn(t, user);
      const [sessionId] = await sessionIdsOf(user.id);
      // Cached with an expiry well inside the cache's maximum age.
      await t.dataSource.query(`UPDATE sessions SET expires_at = now() + interval '10 seconds' WHERE id = $1`, [
        sessionId,
      ]);
      await expectCached(agent);
      const sessions = t.dataSource.getRepository(SessionEntity);
      setClock((await sessions.findOneByOrFail({ id: sessionId })).expiresAt);
      try {
        await agent.get('/api/me').expect(401);
      } finally {
        jest.useRealTimers();
      }
      expect(await sessions.countBy({ id: sessionId })).toBe(0);
    });

    it('slides the expiry of a session in use and caches the new one', async () => {
      const user = await createUser(t);
      const agent = await cachedAgent(user);
      const sessions = t.dataSource.getRepository(SessionEntity);
      const before = await sessions.findOneByOrFail({ userId: user.id });
      setClock(new Date(before.lastSeenAt.getTime() + 6 * 60 * 1000));
      try {
        await agent.get('/api/me').expect(200);
        const reads = sessionReads();
        await agent.get('/api/me').expect(200);
        expect(sessionReads()).toBe(reads);
      } finally {
        jest.useRealTimers();
      }
      const after = await sessions.findOneByOrFail({ userId: user.id });
      expect(after.expiresAt.getTime() - before.expiresAt.getTime()).toBe(6 * 60 * 1000);
    });
  });

  describe('changes made by another process, heard by NOTIFY', () => {
    it('applies roles changed in the database', async () => {
      const other = await createUser(t, { roles: ['admin'] });
      const agent = await cachedAgent(other, '/api/users');
      await t.dataSource.query(`UPDATE users SET roles = '{instructor}' WHERE id = $1`, [other.id]);
      await eventually(() => agent.get('/api/users').expect(403));
    });

    it('refuses a user deactivated in the database', async () => {
      const user = await createUser(t);
      const agent = await cachedAgent(user);
      await t.dataSource.query(`UPDATE users SET is_active = false WHERE id = $1`, [user.id]);
      await eventually(() => agent.get('/api/me').expect(401));
    });

    it('refuses a session deleted or cut short in the database', async () => {
      const user = await createUser(t);
      const deleted = await cachedAgent(user);
      const cutShort = await cachedAgent(user);
      const [first, second] = await sessionIdsOf(user.id);
      await t.dataSource.query(`DELETE FROM sessions WHERE id = $1`, [first]);
      await t.dataSource.query(`UPDATE sessions SET expires_at = now() WHERE id = $1`, [second]);
      await eventually(() => deleted.get('/api/me').expect(401));
      await eventually(() => cutShort.get('/api/me').expect(401));
    });

    it('reads the database while its listener is away, then listens and caches again', async () => {
      const listenerPid = async (): Promise<number | undefined> =>
        (
          await t.dataSource.query(
            `SELECT pid FROM pg_stat_activity
              WHERE application_name = 'bilikti-api-listener' AND datname = current_database()`,
          )
        )[0]?.pid;
      const cache = t.app.get(SessionCache);
      const user = await createUser(t);
      const agent = await cachedAgent(user);
      const pid = await listenerPid();
      expect(pid).toBeDefined();

      await t.dataSource.query(`SELECT pg_terminate_backend($1)`, [pid]);
      // Perhaps never notified: the listener may already be gone.
      await t.dataSource.query(`UPDATE users SET is_active = false WHERE id = $1`, [user.id]);
      await eventually(() => agent.get('/api/me').expect(401));
      await eventually(async () => {
        const newPid = await listenerPid();
        expect(newPid).toBeDefined();
        expect(newPid).not.toBe(pid);
        expect(cache.live).toBe(true);
      });

      const other = await createUser(t);
      const otherAgent = await cachedAgent(other);
      await t.dataSource.query(`DELETE FROM sessions WHERE user_id = $1`, [other.id]);
      await eventually(() => otherAgent.get('/api/me').expect(401));
    });

    // Last: signs everyone out.
    it('forgets every session when sessions is truncated', async () => {
      const agent = await cachedAgent(await createUser(t));
      await expectCached(admin);
      await t.dataSource.query(`TRUNCATE sessions`);
      await eventually(() => agent.get('/api/me').expect(401));
      await eventually(() => admin.get('/api/me').expect(401));
    });
  });
});

describe('session cache and the bootstrap admin', () => {
  it('ends the admin’s sessions at once when a restart resets the password', async () => {
    const t = await createTestApp({ ADMIN_EMAIL: 'root@akimat.kz', ADMIN_PASSWORD: 'First-Deploy-Pass-1' });
    const sessionReads = countSessionReads(t);
    const notifications = dropNotifications();
    try {
      const admin = await signIn(t, { email: 'root@akimat.kz', password: 'First-Deploy-Pass-1' });
      await admin.get('/api/me').expect(200);
      await admin.get('/api/me').expect(200);
      expect(sessionReads()).toBe(1);
      t.config.bootstrapAdmin = { email: 'root@akimat.kz', password: 'Second-Deploy-Pass-2' };
      await t.app.get(BootstrapAdminService).onApplicationBootstrap();
      await admin.get('/api/me').expect(401);
    } finally {
      notifications.mockRestore();
      await t.close();
    }
  });
});
