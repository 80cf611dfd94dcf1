import { QUESTION_TYPES } from '@bilikti/contracts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../src/modules/demo/demo-accounts';
import { DEMO_COURSES } from '../../src/modules/demo/demo-courses';
import { DemoSeedService } from '../../src/modules/demo/demo-seed.service';
import { QuestionEntity } from '../../src/modules/questions/entities/question.entity';
import { BootstrapAdminService } from '../../src/modules/users/bootstrap-admin.service';
import { UserEntity } from '../../src/modules/users/entities/user.entity';
import { createTestApp, type TestApp } from '../support/test-app';

describe('demo data', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ SEED_DEMO: 'true' });
  });
  afterAll(() => t.close());

  it('seeds every demo account once, and they can sign in', async () => {
    expect(await t.dataSource.getRepository(UserEntity).count()).toBe(DEMO_ACCOUNTS.length);
    expect(await t.app.get(DemoSeedService).seed()).toBe(false);
    expect(await t.dataSource.getRepository(UserEntity).count()).toBe(DEMO_ACCOUNTS.length);
    for (const account of DEMO_ACCOUNTS) {
      const response = await t.http().post('/api/auth/login').send({ email: account.email, password: DEMO_PASSWORD });
      expect(response.status).toBe(200);
      expect(response.body.roles).toEqual(account.roles);
    }
  });

  it('publishes the demo courses once, complete in both languages, findable in the catalog', async () => {
    const deputy = DEMO_ACCOUNTS.find((a) => a.roles.includes('learner'))!;
    const agent = t.agent();
    await agent.post('/api/auth/login').send({ email: deputy.email, password: DEMO_PASSWORD }).expect(200);
    const catalog = (await agent.get('/api/courses').query({ pageSize: 50 }).expect(200)).body;
    expect(catalog.total).toBe(DEMO_COURSES.length);
    expect(DEMO_COURSES.length).toBeGreaterThanOrEqual(3);
    for (const demo of DEMO_COURSES) {
      const item = catalog.items.find((c: { code: string }) => c.code === demo.code);
      expect(item).toMatchObject({ versionNumber: 1, languages: ['kk', 'ru'], title: demo.title });
      const course = (await agent.get(`/api/courses/${item.id}`).expect(200)).body;
      const lessons = course.modules.flatMap((m: { lessons: { id: string }[] }) => m.lessons);
      expect(lessons.length).toBe(demo.modules.reduce((sum, m) => sum + m.lessons.length, 0));
      const first = (await agent.get(`/api/lessons/${lessons[0].id}`).expect(200)).body;
      expect(first.content.kk.body.length).toBeGreaterThan(200);
      expect(first.content.ru.body.length).toBeGreaterThan(200);
    }
    const akimSchool = (await agent.get('/api/courses').query({ q: 'әкімдер' }).expect(200)).body;
    expect(akimSchool.items.map((c: { code: string }) => c.code)).toContain('AKIM-101');
    // Seeding again adds nothing.
    expect(await t.app.get(DemoSeedService).seed()).toBe(false);
    expect((await agent.get('/api/courses').expect(200)).body.total).toBe(DEMO_COURSES.length);
  });

  it('ends every demo course with a published final test that a demo learner can start, keys kept back', async () => {
    const akim = DEMO_ACCOUNTS.find((a) => a.profile?.position === 'rural_akim')!;
    const agent = t.agent();
    await agent.post('/api/auth/login').send({ email: akim.email, password: DEMO_PASSWORD }).expect(200);
    const catalog = (await agent.get('/api/courses').query({ pageSize: 50 }).expect(200)).body;
    for (const demo of DEMO_COURSES) {
      const demoTest = demo.modules.at(-1)!.lessons.at(-1)!;
      if (demoTest.type !== 'assessment') throw new Error(`${demo.code} has no final test`);
      const { quiz } = demoTest;
      const asked = quiz.mode === 'fixed' ? quiz.questionKeys.length : quiz.pools.reduce((n, p) => n + p.count, 0);
      const courseId = catalog.items.find((c: { code: string }) => c.code === demo.code).id;
      const course = (await agent.get(`/api/courses/${courseId}`).expect(200)).body;
      const lesson = course.modules.at(-1).lessons.at(-1);
      expect(lesson).toMatchObject({ type: 'assessment', title: demoTest.title });

      await agent.post(`/api/courses/${courseId}/enrolments`).expect(201);
      const overview = (await agent.get(`/api/lessons/${lesson.id}/quiz`).expect(200)).body;
      expect(overview).toMatchObject({
        questionCount: asked,
        timeLimitMinutes: quiz.timeLimitMinutes,
        maxAttempts: quiz.maxAttempts,
        passPercent: quiz.passPercent,
        feedbackPolicy: quiz.feedback,
        availableFrom: null,
        availableUntil: null,
        blocker: null,
      });
      const attempt = await agent.post(`/api/lessons/${lesson.id}/attempts`).expect(201);

      expect(attempt.body).toMatchObject({ status: 'in_progress', feedbackReleased: false });
      expect(attempt.body.questions).toHaveLength(asked);
      const bankPrompts = demo.questions.map((q) => q.prompt);
      for (const question of attempt.body.questions) expect(bankPrompts).toContainEqual(question.prompt);
      const json = JSON.stringify(attempt.body);
      for (const key of [
        'correctOptionId',
        'partialCredit',
        '"accepted"',
        '"tolerance"',
        '"correct"',
        '"explanation"',
      ]) {
        expect({ course: demo.code, key, found: json.includes(key) }).toEqual({ course: demo.code, key, found: false });
      }
    }
  });

  it('stores the demo question banks once, written by the demo instructor, with every question type', async () => {
    expect(await t.app.get(DemoSeedService).seed()).toBe(false);
    const questions = await t.dataSource.getRepository(QuestionEntity).find();
    const instructor = await t.dataSource
      .getRepository(UserEntity)
      .findOneByOrFail({ email: DEMO_ACCOUNTS.find((a) => a.roles.includes('instructor'))!.email });

    expect(questions).toHaveLength(DEMO_COURSES.reduce((n, c) => n + c.questions.length, 0));
    expect(new Set(questions.map((q) => q.type))).toEqual(new Set(QUESTION_TYPES));
    expect(questions.every((q) => q.createdBy === instructor.id && q.searchText.length > 0)).toBe(true);
  });

  it('includes a maslikhat deputy and a rural akim in different regions', () => {
    const learners = DEMO_ACCOUNTS.filter((a) => a.roles.includes('learner'));
    const deputy = learners.find((a) => a.profile?.position === 'maslikhat_deputy');
    const akim = learners.find((a) => a.profile?.position === 'rural_akim');
    expect(deputy && akim && deputy.profile!.regionCode !== akim.profile!.regionCode).toBe(true);
    for (const role of ['admin', 'instructor', 'coordinator'] as const) {
      expect(DEMO_ACCOUNTS.some((a) => a.roles.includes(role))).toBe(true);
    }
  });
});

describe('production mode', () => {
  it('never seeds demo data, even when asked', async () => {
    const t = await createTestApp({ NODE_ENV: 'production', SEED_DEMO: 'true', COOKIE_SECURE: 'true' });
    try {
      expect(await t.dataSource.getRepository(UserEntity).count()).toBe(0);
    } finally {
      await t.close();
    }
  });
});

describe('bootstrap admin', () => {
  it('creates the admin from ADMIN_EMAIL/ADMIN_PASSWORD, and on the next start resets its password', async () => {
    const t = await createTestApp({ ADMIN_EMAIL: 'Root@Akimat.kz', ADMIN_PASSWORD: 'First-Deploy-Pass-1' });
    try {
      await t
        .http()
        .post('/api/auth/login')
        .send({ email: 'root@akimat.kz', password: 'First-Deploy-Pass-1' })
        .expect(200);
      const stored = await t.dataSource.getRepository(UserEntity).findOneByOrFail({ email: 'root@akimat.kz' });
      expect(stored.roles).toEqual(['admin']);

      // A plain restart with the same settings keeps the admin signed in.
      const admin = t.agent();
      await admin
        .post('/api/auth/login')
        .send({ email: 'root@akimat.kz', password: 'First-Deploy-Pass-1' })
        .expect(200);
      const service = t.app.get(BootstrapAdminService);
      await service.onApplicationBootstrap();
      await admin.get('/api/me').expect(200);

      // Lost password: the operator restarts with a new one; the account is kept, not duplicated,
      // and its sessions end.

      Object.assign((service as unknown as { config: { bootstrapAdmin: object } }).config, {
        bootstrapAdmin: { email: 'root@akimat.kz', password: 'Second-Deploy-Pass-2' },
      });
      await service.onApplicationBootstrap();
      await t
        .http()
        .post('/api/auth/login')
        .send({ email: 'root@akimat.kz', password: 'Second-Deploy-Pass-2' })
        .expect(200);
      await admin.get('/api/me').expect(401);
      expect(await t.dataSource.getRepository(UserEntity).countBy({ email: 'root@akimat.kz' })).toBe(1);
    } finally {
      await t.close();
    }
  });
});
