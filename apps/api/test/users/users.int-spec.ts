import { ErrorCode, type UserResponse } from '@bilikti/contracts';
import { SessionEntity } from '../../src/modules/auth/entities/session.entity';
import { UserEntity } from '../../src/modules/users/entities/user.entity';
import { akimProfile, createUser, signIn, TEST_PASSWORD } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

describe('user management (admins)', () => {
  let t: TestApp;
  let adminUser: Awaited<ReturnType<typeof createUser>>;
  let admin: Awaited<ReturnType<typeof signIn>>;

  beforeAll(async () => {
    t = await createTestApp();
    adminUser = await createUser(t, { roles: ['admin'], fullName: 'Әлия Админова' });
    admin = await signIn(t, adminUser);
  });
  afterAll(() => t.close());

  const validDeputy = (email: string) => ({
    email,
    fullName: 'Нұрлан Қасымов',
    password: 'Karaganda-Oblys-2026',
    locale: 'kk',
    roles: ['learner'],
    profile: {
      position: 'maslikhat_deputy',
      regionCode: 'KZ-35',
      maslikhatLevel: 'oblast',
      organisation: 'Қарағанды облыстық мәслихаты',
      partyCode: 'amanat',
    },
  });

  it('creates a learner with a deputy profile who can then sign in', async () => {
    const response = await admin.post('/api/users').send(validDeputy('New.Deputy@Example.kz')).expect(201);
    expect(response.body).toMatchObject({
      email: 'new.deputy@example.kz',
      roles: ['learner'],
      isActive: true,
      profile: { position: 'maslikhat_deputy', regionCode: 'KZ-35', maslikhatLevel: 'oblast', partyCode: 'amanat' },
    });
    const stored = await t.dataSource.getRepository(UserEntity).findOneByOrFail({ id: response.body.id });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    await t
      .http()
      .post('/api/auth/login')
      .send({ email: 'new.deputy@example.kz', password: 'Karaganda-Oblys-2026' })
      .expect(200);
  });

  it('refuses a second account with the same email, whatever its case, with 409', async () => {
    await admin.post('/api/users').send(validDeputy('twin@example.kz')).expect(201);
    const response = await admin.post('/api/users').send(validDeputy('TWIN@example.kz')).expect(409);
    expect(response.body.code).toBe(ErrorCode.EmailTaken);
    expect(await t.dataSource.getRepository(UserEntity).countBy({ email: 'twin@example.kz' })).toBe(1);
  });

  it('applies the profile rules: deputies need a maslikhat level, learners need a profile, regions must exist', async () => {
    const noLevel = validDeputy('nolevel@example.kz');
    noLevel.profile.maslikhatLevel = undefined as unknown as string;
    const r1 = await admin.post('/api/users').send(noLevel).expect(422);
    expect(r1.body.fields).toEqual({ 'profile.maslikhatLevel': { code: 'requiredForDeputy' } });

    const { profile: _omit, ...noProfile } = validDeputy('noprofile@example.kz');
    const r2 = await admin.post('/api/users').send(noProfile).expect(422);
    expect(r2.body.fields).toEqual({ profile: { code: 'requiredForLearner' } });

    const badRegion = validDeputy('badregion@example.kz');
    badRegion.profile.regionCode = 'KZ-98';
    badRegion.profile.partyCode = 'no_such_party';
    const r3 = await admin.post('/api/users').send(badRegion).expect(422);
    expect(r3.body.fields).toEqual({
      'profile.regionCode': { code: 'invalidValue' },
      'profile.partyCode': { code: 'invalidValue' },
    });

    const weak = { ...validDeputy('weak@example.kz'), password: 'aaaaaaaaaaaa' };
    const r4 = await admin.post('/api/users').send(weak).expect(422);
    expect(r4.body.fields).toEqual({ password: { code: 'weakPassword', params: { min: 10 } } });

    const emails = ['nolevel@example.kz', 'noprofile@example.kz', 'badregion@example.kz', 'weak@example.kz'];
    for (const email of emails) {
      expect(await t.dataSource.getRepository(UserEntity).countBy({ email })).toBe(0);
    }
  });

  it('lists, searches and filters people with a total for paging', async () => {
    await createUser(t, { fullName: 'Бауыржан Сейітов', profile: akimProfile({ regionCode: 'KZ-61' }) });
    await createUser(t, { fullName: 'Бауыржан Әлиев', profile: akimProfile({ regionCode: 'KZ-11' }) });
    await createUser(t, { fullName: 'Бауыржан Омаров', roles: ['instructor'] });

    const all = await admin.get('/api/users').query({ q: 'бауыржан' }).expect(200);
    expect(all.body.total).toBe(3);

    const inTurkistan = await admin.get('/api/users').query({ q: 'Бауыржан', regionCode: 'KZ-61' }).expect(200);
    expect(inTurkistan.body.items.map((u: UserResponse) => u.fullName)).toEqual(['Бауыржан Сейітов']);

    const instructors = await admin.get('/api/users').query({ q: 'Бауыржан', role: 'instructor' }).expect(200);
    expect(instructors.body.items.map((u: UserResponse) => u.fullName)).toEqual(['Бауыржан Омаров']);

    // Kazakh alphabetical order: Ә comes right after А, not after Я.
    expect(all.body.items.map((u: UserResponse) => u.fullName)).toEqual([
      'Бауыржан Әлиев',
      'Бауыржан Омаров',
      'Бауыржан Сейітов',
    ]);

    const page = await admin.get('/api/users').query({ q: 'Бауыржан', pageSize: 2, page: 2 }).expect(200);
    expect(page.body).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(page.body.items).toHaveLength(1);
  });

  it('deactivating a user ends their sessions at once and blocks sign-in', async () => {
    const learner = await createUser(t);
    const learnerAgent = await signIn(t, learner);
    await learnerAgent.get('/api/me').expect(200);

    const response = await admin.patch(`/api/users/${learner.id}`).send({ isActive: false }).expect(200);
    expect(response.body.isActive).toBe(false);
    await learnerAgent.get('/api/me').expect(401);
    expect(await t.dataSource.getRepository(SessionEntity).countBy({ userId: learner.id })).toBe(0);
    await t.http().post('/api/auth/login').send({ email: learner.email, password: learner.password }).expect(401);

    await admin.patch(`/api/users/${learner.id}`).send({ isActive: true }).expect(200);
    await signIn(t, learner);
  });

  it('grants roles and resets passwords', async () => {
    const person = await createUser(t, { roles: ['learner'] });
    const response = await admin
      .patch(`/api/users/${person.id}`)
      .send({ roles: ['learner', 'coordinator'], password: 'Fresh-Start-Pass-7' })
      .expect(200);
    expect(response.body.roles).toEqual(['coordinator', 'learner']);
    await t.http().post('/api/auth/login').send({ email: person.email, password: TEST_PASSWORD }).expect(401);
    await t.http().post('/api/auth/login').send({ email: person.email, password: 'Fresh-Start-Pass-7' }).expect(200);
  });

  it('refuses to let an admin deactivate themselves or drop their own admin role', async () => {
    const r1 = await admin.patch(`/api/users/${adminUser.id}`).send({ isActive: false }).expect(409);
    expect(r1.body.code).toBe(ErrorCode.CannotChangeOwnAdmin);
    await admin
      .patch(`/api/users/${adminUser.id}`)
      .send({ roles: ['learner'] })
      .expect(409);
    const stored = await t.dataSource.getRepository(UserEntity).findOneByOrFail({ id: adminUser.id });
    expect(stored.isActive).toBe(true);
    expect(stored.roles).toEqual(['admin']);
  });

  it('answers 404 for a user that does not exist', async () => {
    await admin.get('/api/users/4b7a8a4e-6c0e-4b55-9f3e-0d1c2b3a4f5e').expect(404);
  });

  it.each(['learner', 'coordinator', 'instructor'] as const)('forbids the user routes to a %s (403)', async (role) => {
    const someone = await createUser(t, { roles: [role] });
    const agent = await signIn(t, someone);
    const response = await agent.get('/api/users').expect(403);
    expect(response.body.code).toBe(ErrorCode.Forbidden);
    await agent
      .post('/api/users')
      .send(validDeputy(`by-${role}@example.kz`))
      .expect(403);
    await agent
      .patch(`/api/users/${someone.id}`)
      .send({ roles: ['admin'] })
      .expect(403);
    expect((await t.dataSource.getRepository(UserEntity).findOneByOrFail({ id: someone.id })).roles).toEqual([role]);
  });
});

describe('my account', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('updates my name and language', async () => {
    const me = await createUser(t, { locale: 'kk' });
    const agent = await signIn(t, me);
    const response = await agent.patch('/api/me').send({ locale: 'ru', fullName: '  Сергей Ким ' }).expect(200);
    expect(response.body).toMatchObject({ locale: 'ru', fullName: 'Сергей Ким' });
    expect((await agent.get('/api/me').expect(200)).body.locale).toBe('ru');
  });

  it('does not let me change my own roles or profile through /api/me', async () => {
    const me = await createUser(t);
    const agent = await signIn(t, me);
    const response = await agent
      .patch('/api/me')
      .send({ roles: ['admin'] })
      .expect(422);
    expect(response.body.fields).toEqual({ roles: { code: 'unknownField' } });
  });

  it('changes my password and ends my other sessions, keeping this one', async () => {
    const me = await createUser(t);
    const phone = await signIn(t, me);
    const laptop = await signIn(t, me);
    await laptop
      .post('/api/me/password')
      .send({ currentPassword: me.password, newPassword: 'New-Steppe-Pass-99' })
      .expect(204);
    await laptop.get('/api/me').expect(200);
    await phone.get('/api/me').expect(401);
    await t.http().post('/api/auth/login').send({ email: me.email, password: 'New-Steppe-Pass-99' }).expect(200);
  });

  it('refuses a password change with the wrong current password', async () => {
    const me = await createUser(t);
    const agent = await signIn(t, me);
    const response = await agent
      .post('/api/me/password')
      .send({ currentPassword: 'wrong-one-here', newPassword: 'New-Steppe-Pass-99' })
      .expect(422);
    expect(response.body.code).toBe(ErrorCode.WrongCurrentPassword);
    await t.http().post('/api/auth/login').send({ email: me.email, password: me.password }).expect(200);
  });

  it('refuses a too-short new password with its minimum', async () => {
    const me = await createUser(t);
    const agent = await signIn(t, me);
    const response = await agent
      .post('/api/me/password')
      .send({ currentPassword: me.password, newPassword: 'short' })
      .expect(422);
    expect(response.body.fields).toEqual({ newPassword: { code: 'tooShort', params: { min: 10 } } });
  });
});

describe('concurrent creation', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('keeps one account when the same email is created twice at once; the other request gets 409', async () => {
    const admin = await signIn(t, await createUser(t, { roles: ['admin'] }));
    const body = {
      email: 'race@example.kz',
      fullName: 'Асқар Төлеуов',
      password: 'Simultaneous-Clicks-26',
      locale: 'ru',
      roles: ['instructor'],
    };
    const statuses = (await Promise.all([1, 2, 3].map(() => admin.post('/api/users').send(body)))).map((r) => r.status);
    expect(statuses.sort()).toEqual([201, 409, 409]);
    expect(await t.dataSource.getRepository(UserEntity).countBy({ email: 'race@example.kz' })).toBe(1);
  });
});
