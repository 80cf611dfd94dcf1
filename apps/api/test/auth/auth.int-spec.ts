import { ErrorCode, LOGIN_THROTTLE } from '@bilikti/contracts';
import { AuthHousekeepingService } from '../../src/modules/auth/auth-housekeeping.service';
import { SessionEntity } from '../../src/modules/auth/entities/session.entity';
import { createUser, signIn, TEST_PASSWORD } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

describe('sign-in and sessions', () => {
  let t: TestApp;

  beforeAll(async () => {
    // Behind a proxy, so each test can sign in from its own address.
    t = await createTestApp({ TRUST_PROXY: 'true' });
  });
  afterAll(() => t.close());

  it('signs in with the right password, sets an httpOnly session cookie and answers /api/me', async () => {
    const user = await createUser(t, { email: 'deputy.one@example.kz', fullName: 'Нұрлан Қасымов' });
    const agent = t.agent();
    const login = await agent
      .post('/api/auth/login')
      .send({ email: '  Deputy.One@Example.KZ ', password: TEST_PASSWORD })
      .expect(200);
    expect(login.body).toMatchObject({ id: user.id, email: 'deputy.one@example.kz', roles: ['learner'] });
    expect(login.body.passwordHash).toBeUndefined();
    const cookie = String(login.headers['set-cookie']);
    expect(cookie).toMatch(/bilikti_session=[\w-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);

    const me = await agent.get('/api/me').expect(200);
    expect(me.body).toMatchObject({
      fullName: 'Нұрлан Қасымов',
      profile: { position: 'rural_akim', regionCode: 'KZ-11' },
    });
    const stored = await t.dataSource.getRepository(SessionEntity).findBy({ userId: user.id });
    expect(stored).toHaveLength(1);
    expect(stored[0]!.tokenHash).toHaveLength(32);
  });

  it('answers a wrong password and an unknown email with the same 401', async () => {
    const user = await createUser(t);
    const wrong = await t.http().post('/api/auth/login').send({ email: user.email, password: 'not-the-password' });
    const unknown = await t
      .http()
      .post('/api/auth/login')
      .send({ email: 'nobody@example.kz', password: 'whatever-pass' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.code).toBe(ErrorCode.InvalidCredentials);
    expect(wrong.headers['set-cookie']).toBeUndefined();
  });

  it('refuses a deactivated account with the same 401', async () => {
    const user = await createUser(t, { isActive: false });
    const response = await t.http().post('/api/auth/login').send({ email: user.email, password: user.password });
    expect(response.status).toBe(401);
    expect(response.body.code).toBe(ErrorCode.InvalidCredentials);
  });

  it('requires a session for /api/me', async () => {
    const response = await t.http().get('/api/me').expect(401);
    expect(response.body).toEqual({ code: ErrorCode.AuthRequired, message: expect.any(String), params: {} });
    await t.http().get('/api/me').set('Cookie', 'bilikti_session=forged-token').expect(401);
  });

  it('ends the session on logout', async () => {
    const user = await createUser(t);
    const agent = await signIn(t, user);
    await agent.post('/api/auth/logout').expect(204);
    await agent.get('/api/me').expect(401);
  });

  it('locks an account after 5 failures in 15 minutes with 429 and Retry-After, even for the right password', async () => {
    const user = await createUser(t);
    // Different addresses, so only the account lock applies.
    for (let i = 0; i < LOGIN_THROTTLE.maxFailures; i++) {
      await t
        .http()
        .post('/api/auth/login')
        .set('X-Forwarded-For', `10.0.0.${i}`)
        .send({ email: user.email, password: 'wrong-password-x' })
        .expect(401);
    }
    const locked = await t
      .http()
      .post('/api/auth/login')
      .set('X-Forwarded-For', '10.0.1.1')
      .send({ email: user.email, password: user.password });
    expect(locked.status).toBe(429);
    expect(locked.body.code).toBe(ErrorCode.TooManyAttempts);
    const retryAfter = Number(locked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(LOGIN_THROTTLE.windowSeconds - 60);
    expect(retryAfter).toBeLessThanOrEqual(LOGIN_THROTTLE.windowSeconds);
    expect(locked.body.params).toEqual({ retryAfterSeconds: retryAfter });

    // Once the failures leave the window, the right password works again.
    await t.dataSource.query(`UPDATE login_failures SET created_at = now() - interval '16 minutes'`);
    await t.http().post('/api/auth/login').send({ email: user.email, password: user.password }).expect(200);
  });

  it('validates the login body with a code per field and stores nothing', async () => {
    const countFailures = async () =>
      (await t.dataSource.query(`SELECT count(*)::int AS count FROM login_failures`))[0].count as number;
    const before = await countFailures();
    const response = await t.http().post('/api/auth/login').send({ email: 42, extra: true }).expect(422);
    expect(response.body.code).toBe(ErrorCode.ValidationFailed);
    expect(response.body.fields).toEqual({
      email: { code: 'invalidType' },
      password: { code: 'required' },
      extra: { code: 'unknownField' },
    });
    expect(await countFailures()).toBe(before);
  });

  it('lets no more than 5 of a burst of parallel guesses reach the password check', async () => {
    const user = await createUser(t);
    const address = '198.51.100.20';
    const responses = await Promise.all(
      Array.from({ length: 20 }, () =>
        t
          .http()
          .post('/api/auth/login')
          .set('X-Forwarded-For', address)
          .send({ email: user.email, password: 'parallel-guess' }),
      ),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.every((status) => status === 401 || status === 429)).toBe(true);
    const checked = statuses.filter((status) => status === 401).length;
    expect(checked).toBeGreaterThan(0);
    expect(checked).toBeLessThanOrEqual(LOGIN_THROTTLE.maxFailures);
    // Only the guesses that were checked count as failures; the refused ones leave no trace.
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM login_failures WHERE ip = $1`, [
      address,
    ]);
    expect(count).toBe(checked);
  });

  it('locks an address after 5 failures on any accounts', async () => {
    const address = '192.0.2.77';
    for (let i = 0; i < LOGIN_THROTTLE.maxFailures; i++) {
      await t
        .http()
        .post('/api/auth/login')
        .set('X-Forwarded-For', address)
        .send({ email: `guess${i}@example.kz`, password: 'guessing-pass' })
        .expect(401);
    }
    const user = await createUser(t);
    const blocked = await t
      .http()
      .post('/api/auth/login')
      .set('X-Forwarded-For', address)
      .send({ email: user.email, password: user.password });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    // Another address is not affected.
    await t
      .http()
      .post('/api/auth/login')
      .set('X-Forwarded-For', '192.0.2.78')
      .send({ email: user.email, password: user.password })
      .expect(200);
  });
});

describe('auth housekeeping', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('removes expired sessions and failures older than the window, keeping live ones', async () => {
    const user = await createUser(t);
    const sessions = t.dataSource.getRepository(SessionEntity);
    const stale = await signIn(t, user);
    const [expired] = await sessions.findBy({ userId: user.id });
    await sessions.update({ id: expired!.id }, { expiresAt: new Date(Date.now() - 1000) });
    const live = await signIn(t, user);
    await t.dataSource.query(
      `INSERT INTO login_failures (email, ip, created_at) VALUES ('old@example.kz', '1.2.3.4', now() - interval '1 hour'),
                                                               ('new@example.kz', '1.2.3.4', now())`,
    );

    await t.app.get(AuthHousekeepingService).run();

    expect(await sessions.countBy({ userId: user.id })).toBe(1);
    await live.get('/api/me').expect(200);
    await stale.get('/api/me').expect(401);
    const emails = await t.dataSource.query(`SELECT email FROM login_failures ORDER BY email`);
    expect(emails).toEqual([{ email: 'new@example.kz' }]);
  });
});
