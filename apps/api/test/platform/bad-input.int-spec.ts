import type { ArgumentsHost } from '@nestjs/common';
import { ErrorCode, FieldErrorCode } from '@bilikti/contracts';
import { HttpExceptionFilter } from '../../src/common/http-exception.filter';
import { ProviderEntity } from '../../src/modules/providers/entities/provider.entity';
import { UserEntity } from '../../src/modules/users/entities/user.entity';
import { akimProfile, createUser, signIn } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

/** No request of any shape may produce a 500, and a refused request stores nothing. */
describe('bad input', () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof signIn>>;

  beforeAll(async () => {
    t = await createTestApp({ BODY_LIMIT: '10kb' });
    admin = await signIn(t, await createUser(t, { roles: ['admin'] }));
  });
  afterAll(() => t.close());

  const countUsers = () => t.dataSource.getRepository(UserEntity).count();
  const countProviders = () => t.dataSource.getRepository(ProviderEntity).count();
  const findUser = (id: string) => t.dataSource.getRepository(UserEntity).findOneByOrFail({ id });

  /** The error shape every refusal has: a code, an English message, params (even when empty). */
  function expectErrorBody(body: unknown, code: ErrorCode) {
    expect(body).toMatchObject({ code, message: expect.any(String), params: expect.any(Object) });
    const { params } = body as { params: unknown };
    expect(params === null || Array.isArray(params)).toBe(false);
  }

  /** 422 validation.failed naming exactly these fields with these codes. */
  function expectFieldRefusal(
    response: { status: number; body: { fields?: unknown } },
    fields: Record<string, FieldErrorCode>,
  ) {
    expect(response.status).toBe(422);
    expectErrorBody(response.body, ErrorCode.ValidationFailed);
    expect(response.body.fields).toEqual(
      Object.fromEntries(Object.entries(fields).map(([path, code]) => [path, expect.objectContaining({ code })])),
    );
  }

  it('answers malformed JSON with 400 request.malformedJson', async () => {
    const response = await t
      .http()
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"email": "a@b.kz", ');
    expect(response.status).toBe(400);
    expect(response.body.code).toBe(ErrorCode.MalformedJson);
  });

  it('answers an oversized body with 413', async () => {
    const response = await t
      .http()
      .post('/api/auth/login')
      .send({ email: 'a@b.kz', password: 'x'.repeat(20_000) });
    expect(response.status).toBe(413);
    expect(response.body.code).toBe(ErrorCode.PayloadTooLarge);
  });

  it.each([
    ['an array', [1, 2]],
    ['a string', '"text"'],
    ['null', 'null'],
  ])('refuses %s as a body with 422', async (_label, body) => {
    const before = await countUsers();
    const response = await admin
      .post('/api/users')
      .set('Content-Type', 'application/json')
      .send(typeof body === 'string' ? body : JSON.stringify(body));
    expect([400, 422]).toContain(response.status);
    expect(response.body.code).toMatch(/^(validation\.failed|request\.malformedJson)$/);
    expect(await countUsers()).toBe(before);
  });

  it('gives a code per field for wrong types, unknown fields and overlong strings, storing nothing', async () => {
    const before = await countUsers();
    const response = await admin.post('/api/users').send({
      email: 'not-an-email',
      fullName: 'Ж'.repeat(201),
      password: 123,
      locale: 'en',
      roles: ['learner', 'king'],
      isAdmin: true,
      profile: { position: 'mayor', regionCode: 'KZ-99', organisation: 5 },
    });
    expect(response.status).toBe(422);
    expect(response.body.code).toBe(ErrorCode.ValidationFailed);
    expect(response.body.fields).toMatchObject({
      email: { code: 'invalidEmail' },
      fullName: { code: 'tooLong', params: { max: 200 } },
      password: { code: 'invalidType' },
      locale: { code: 'invalidValue' },
      roles: { code: 'invalidValue' },
      isAdmin: { code: 'unknownField' },
      'profile.position': { code: 'invalidValue' },
      'profile.organisation': { code: 'invalidType' },
    });
    expect(await countUsers()).toBe(before);
  });

  it('refuses query parameters it does not know or cannot read', async () => {
    const response = await admin.get('/api/users?page=abc&pageSize=1000&sort=name').expect(422);
    expect(response.body.fields).toMatchObject({
      page: { code: 'invalidType' },
      pageSize: { code: 'outOfRange', params: { max: 100 } },
      sort: { code: 'unknownField' },
    });
  });

  it('answers unknown API routes with 404 route.notFound as JSON, naming the full path', async () => {
    const response = await t.http().get('/api/nothing-here?x=1').expect(404);
    expectErrorBody(response.body, ErrorCode.RouteNotFound);
    expect(response.body.message).toBe('No route for GET /api/nothing-here');
    expect(response.body.params).toEqual({ method: 'GET', path: '/api/nothing-here' });
    const me = await admin.post('/api/me').send({}).expect(404);
    expect(me.body.message).toBe('No route for POST /api/me');
    expect(me.body.params).toEqual({ method: 'POST', path: '/api/me' });
    await t.http().delete('/api/regions').expect(404);
  });

  it('gives every error response params, {} when the message needs none', async () => {
    const responses = [
      await t.http().get('/api/me'),
      await t.http().post('/api/auth/login').set('Content-Type', 'application/json').send('{"email": '),
      await admin.get('/api/users/42'),
      await admin.get('/api/nothing-here'),
      await admin.post('/api/users').send({}),
      await t.http().post('/api/auth/login').send({ email: 'nobody@example.kz', password: 'wrong-password' }),
    ];
    expect(responses.map((r) => r.status)).toEqual([401, 400, 404, 404, 422, 401]);
    for (const response of responses) expectErrorBody(response.body, response.body.code);
    expect(responses[0]!.body.params).toEqual({});
  });

  describe('NUL characters (PostgreSQL cannot store U+0000)', () => {
    it('refuses a NUL in the sign-in email with 422, not 500', async () => {
      const response = await t.http().post('/api/auth/login').send({ email: 'a\u0000@b.kz', password: 'x' });
      expectFieldRefusal(response, { email: FieldErrorCode.InvalidCharacters });
      expect(response.body.params).toEqual({});
    });

    it('refuses a NUL in my own name and keeps the name', async () => {
      const user = await createUser(t, { fullName: 'Айгерім Нұрланқызы' });
      const agent = await signIn(t, user);
      const response = await agent.patch('/api/me').send({ fullName: 'Ab\u0000c' });
      expectFieldRefusal(response, { fullName: FieldErrorCode.InvalidCharacters });
      expect((await findUser(user.id)).fullName).toBe('Айгерім Нұрланқызы');
    });

    it.each([
      ['users', '/api/users?q=a%00b'],
      ['courses', '/api/courses?q=a%00'],
    ])('refuses a NUL in the %s search', async (_label, url) => {
      expectFieldRefusal(await admin.get(url), { q: FieldErrorCode.InvalidCharacters });
    });

    it('refuses a NUL in a path parameter', async () => {
      const response = await admin.get('/api/users/a%00b');
      expectFieldRefusal(response, { id: FieldErrorCode.InvalidCharacters });
    });

    it('refuses a NUL in a provider name and creates no provider', async () => {
      const before = await countProviders();
      const response = await admin
        .post('/api/providers')
        .send({ name: { kk: 'Академия\u0000', ru: 'Академия государственного управления' } });
      expectFieldRefusal(response, { 'name.kk': FieldErrorCode.InvalidCharacters });
      expect(await countProviders()).toBe(before);
    });

    it('refuses a NUL in profile.organisation, alongside other refusals, and stores no user', async () => {
      const before = await countUsers();
      const response = await admin.post('/api/users').send({
        email: 'nul-org@example.kz',
        fullName: 'Нұрлан Ахметов',
        password: 'Steppe-Valid-Pass-42',
        locale: 'kz',
        roles: ['learner'],
        profile: akimProfile({ organisation: 'Аппарат\u0000акима' }),
      });
      expectFieldRefusal(response, {
        locale: FieldErrorCode.InvalidValue,
        'profile.organisation': FieldErrorCode.InvalidCharacters,
      });
      expect(await countUsers()).toBe(before);
    });

    it('refuses a key holding a NUL as an unknown field', async () => {
      const response = await t
        .http()
        .post('/api/auth/login')
        .send({ email: 'a@b.kz', password: 'x', 'ke\u0000y': 'v' });
      expectFieldRefusal(response, { 'ke\u0000y': FieldErrorCode.UnknownField });
    });
  });

  describe('nested objects', () => {
    const newUser = (profile: unknown) => ({
      email: `profile-${Math.random().toString(36).slice(2)}@example.kz`,
      fullName: 'Нұрлан Ахметов',
      password: 'Steppe-Valid-Pass-42',
      locale: 'kk',
      roles: ['learner'],
      profile,
    });

    it.each([
      ['an empty array', []],
      ['an array of a valid profile', [akimProfile()]],
      ['an array of an invalid profile', [{ position: 'mayor' }]],
      ['a string', 'rural_akim'],
    ])('refuses %s as a new user profile with invalidType, storing nothing', async (_label, profile) => {
      const before = await countUsers();
      const response = await admin.post('/api/users').send(newUser(profile));
      expectFieldRefusal(response, { profile: FieldErrorCode.InvalidType });
      expect(await countUsers()).toBe(before);
    });

    it.each([
      ['an empty array', []],
      ['an array of a valid profile', [akimProfile({ organisation: 'Басқа ұйым' })]],
    ])('refuses %s as a profile update, leaving the profile as it was', async (_label, profile) => {
      const user = await createUser(t);
      const response = await admin.patch(`/api/users/${user.id}`).send({ profile });
      expectFieldRefusal(response, { profile: FieldErrorCode.InvalidType });
      expect((await findUser(user.id)).organisation).toBe(akimProfile().organisation);
    });

    it('refuses an array as a provider name, creating nothing', async () => {
      const before = await countProviders();
      const response = await admin.post('/api/providers').send({ name: [{ kk: 'А', ru: 'А' }] });
      expectFieldRefusal(response, { name: FieldErrorCode.InvalidType });
      expect(await countProviders()).toBe(before);
    });

    it('refuses absurdly deep nesting with 422 instead of overflowing the stack', async () => {
      const depth = 4_900; // as deep as the 10kb body limit allows
      const response = await t
        .http()
        .post('/api/auth/login')
        .set('Content-Type', 'application/json')
        .send(`{"email":"a@b.kz","password":"x","x":${'['.repeat(depth)}${']'.repeat(depth)}}`);
      expect(response.status).toBe(422);
      expectErrorBody(response.body, ErrorCode.ValidationFailed);
    });
  });

  it('calls a string where the roles array belongs invalidType, not required', async () => {
    const before = await countUsers();
    const response = await admin.post('/api/users').send({
      email: 'roles-string@example.kz',
      fullName: 'Нұрлан Ахметов',
      password: 'Steppe-Valid-Pass-42',
      locale: 'kk',
      roles: 'admin',
    });
    expectFieldRefusal(response, { roles: FieldErrorCode.InvalidType });
    expect(await countUsers()).toBe(before);
    const empty = await admin.post('/api/users').send({
      email: 'roles-empty@example.kz',
      fullName: 'Нұрлан Ахметов',
      password: 'Steppe-Valid-Pass-42',
      locale: 'kk',
      roles: [],
    });
    expectFieldRefusal(empty, { roles: FieldErrorCode.Required });
  });

  describe('keys that name object machinery', () => {
    it('refuses a __proto__ key in the body as an unknown field', async () => {
      const user = await createUser(t);
      const response = await t
        .http()
        .post('/api/auth/login')
        .set('Content-Type', 'application/json')
        .send(JSON.stringify({ email: user.email, password: user.password }).replace('{', '{"__proto__":{"a":1},'));
      expect(response.status).toBe(422);
      expectErrorBody(response.body, ErrorCode.ValidationFailed);
      expect(Object.entries(response.body.fields)).toEqual([['__proto__', { code: FieldErrorCode.UnknownField }]]);
      expect(response.headers['set-cookie']).toBeUndefined();
    });

    it('refuses a nested __proto__ or constructor key, changing nothing', async () => {
      const user = await createUser(t, { fullName: 'Айгерім Нұрланқызы' });
      const response = await admin
        .patch(`/api/users/${user.id}`)
        .set('Content-Type', 'application/json')
        .send(
          JSON.stringify({ fullName: 'Жаңа Есім', profile: akimProfile() }).replace(
            '"profile":{',
            '"profile":{"__proto__":{"isAdmin":true},"constructor":"x",',
          ),
        );
      expect(response.status).toBe(422);
      expect(Object.entries(response.body.fields)).toEqual([
        ['profile.__proto__', { code: FieldErrorCode.UnknownField }],
        ['profile.constructor', { code: FieldErrorCode.UnknownField }],
      ]);
      expect((await findUser(user.id)).fullName).toBe('Айгерім Нұрланқызы');
    });

    it('refuses __proto__ in the query string', async () => {
      const response = await admin.get('/api/users?__proto__=x');
      expect(response.status).toBe(422);
      expect(Object.keys(response.body.fields)).toEqual(['__proto__']);
    });
  });

  describe('database refusals of characters (defence in depth)', () => {
    /** Renders an error through the global filter, as it would answer a request. */
    function render(exception: unknown) {
      const answer = { status: 0, body: undefined as unknown };
      const response = {
        headersSent: false,
        setHeader: () => undefined,
        status(code: number) {
          answer.status = code;
          return response;
        },
        json(body: unknown) {
          answer.body = body;
          return response;
        },
      };
      const request = { method: 'POST', path: '/providers', originalUrl: '/api/providers' };
      const host = { switchToHttp: () => ({ getResponse: () => response, getRequest: () => request }) };
      new HttpExceptionFilter().catch(exception, host as unknown as ArgumentsHost);
      return answer;
    }

    it.each([
      ['22021, a NUL in text', 'SELECT $1::text AS value', 'a\u0000b', '22021'],
      ['22P05, a \\u0000 escape in jsonb', 'SELECT $1::jsonb AS value', '"\\u0000"', '22P05'],
    ])('answers SQLSTATE %s with 400 request.invalidCharacters', async (_label, sql, parameter, state) => {
      const failure: unknown = await t.dataSource.query(sql, [parameter]).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(failure).toMatchObject({ driverError: { code: state } });
      const answer = render(failure);
      expect(answer.status).toBe(400);
      expectErrorBody(answer.body, ErrorCode.InvalidCharacters);
      expect(answer.body).toMatchObject({ params: {} });
    });

    it('still answers other database failures with 500', async () => {
      const failure: unknown = await t.dataSource.query('SELECT * FROM no_such_table').then(
        () => undefined,
        (error: unknown) => error,
      );
      const answer = render(failure);
      expect(answer.status).toBe(500);
      expectErrorBody(answer.body, ErrorCode.Internal);
    });
  });

  it('answers a path with broken percent-encoding with 4xx, not 500', async () => {
    const response = await admin.get('/api/users/%E0%A4%A');
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });

  it('treats a non-UUID id as not found', async () => {
    const response = await admin.get('/api/users/42').expect(404);
    expect(response.body.code).toBe(ErrorCode.NotFound);
  });

  it('never answers 500 to a battery of odd requests', async () => {
    const odd: Array<() => Promise<{ status: number }>> = [
      () => t.http().post('/api/auth/login').set('Content-Type', 'text/plain').send('email=a'),
      () => t.http().post('/api/auth/login').set('Content-Type', 'application/json; charset=latin9').send('{}'),
      () =>
        t
          .http()
          .post('/api/auth/login')
          .send({ email: { $ne: null }, password: ['x'] }),
      () =>
        t
          .http()
          .post('/api/auth/login')
          .send({ email: 'a@b.kz', password: 'p', __proto__: { admin: true } }),
      () => admin.patch('/api/me').send({ locale: null }),
      () => admin.patch('/api/me').send({ fullName: '' }),
      () => admin.get('/api/users?isActive=maybe&role[]=admin'),
      () => admin.get('/api/users?q=' + '%25'.repeat(50)),
      () => admin.patch('/api/users/00000000-0000-0000-0000-000000000000').send({}),
      () =>
        t
          .http()
          .get('/api/me')
          .set('Cookie', 'bilikti_session=' + 'A'.repeat(43)),
      () => t.http().get('/api/me').set('Cookie', '%%%'),
      () => t.http().post('/api/auth/login').send({ email: 'a\u0000@b.kz', password: 'x' }),
      () => admin.patch('/api/me').send({ fullName: 'Ab\u0000c' }),
      () => admin.get('/api/users?q=a%00b'),
      () => admin.get('/api/courses?q=a%00'),
      () => admin.post('/api/providers').send({ name: { kk: '\u0000', ru: 'Атауы' } }),
      () => admin.post('/api/users').send({ profile: akimProfile({ organisation: '\u0000' }) }),
      () => admin.post('/api/users').send({ profile: [] }),
      () => admin.patch('/api/users/00000000-0000-0000-0000-000000000000').send({ profile: [{}] }),
      () => admin.get('/api/users/%00'),
    ];
    const statuses = [];
    for (const request of odd) statuses.push((await request()).status);
    expect(statuses.filter((status) => status >= 500)).toEqual([]);
    // Only the literal search for "%%%…" is a valid request.
    expect(statuses.filter((status) => status < 400)).toHaveLength(1);
  });
});
