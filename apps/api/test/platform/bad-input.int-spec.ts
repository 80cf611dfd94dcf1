import { ErrorCode } from '@bilikti/contracts';
import { UserEntity } from '../../src/modules/users/entities/user.entity';
import { createUser, signIn } from '../support/factories';
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

  it('answers unknown API routes with 404 route.notFound as JSON', async () => {
    const response = await t.http().get('/api/nothing-here').expect(404);
    expect(response.body.code).toBe(ErrorCode.RouteNotFound);
    await t.http().delete('/api/regions').expect(404);
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
    ];
    const statuses = [];
    for (const request of odd) statuses.push((await request()).status);
    expect(statuses.filter((status) => status >= 500)).toEqual([]);
    // Only the literal search for "%%%…" is a valid request.
    expect(statuses.filter((status) => status < 400)).toHaveLength(1);
  });
});
