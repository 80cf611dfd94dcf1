import type { CourseDraftResponse, LessonResponse, QuizSettings } from '@bilikti/contracts';
import { createProvider, createUser, signIn } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

type Agent = Awaited<ReturnType<typeof signIn>>;
const bi = (kk: string, ru: string) => ({ kk, ru });

describe('assessment lessons: quiz settings and the publish gate', () => {
  let t: TestApp;
  let author: Agent;
  let courseId: string;
  let lesson: LessonResponse;
  const questionIds: string[] = [];

  const settings = (overrides: Partial<QuizSettings> = {}): QuizSettings => ({
    mode: 'fixed',
    questionIds,
    pools: [],
    shuffleQuestions: true,
    shuffleOptions: true,
    timeLimitMinutes: 20,
    maxAttempts: 2,
    passPercent: 70,
    availableFrom: null,
    availableUntil: null,
    feedback: 'after_submit',
    ...overrides,
  });

  beforeAll(async () => {
    t = await createTestApp();
    const providerId = (await createProvider(t)).id;
    author = await signIn(t, await createUser(t, { roles: ['instructor'], providerId }));
    courseId = (
      await author
        .post('/api/courses')
        .send({
          code: 'QZ-1',
          title: bi('Тест', 'Тест'),
          summary: bi('Сипаттама', 'Описание'),
          audience: 'both',
          academicHours: 1,
        })
        .expect(201)
    ).body.id;
    const module = (
      await author
        .post(`/api/courses/${courseId}/modules`)
        .send({ title: bi('Модуль', 'Модуль') })
        .expect(201)
    ).body;
    lesson = (
      await author
        .post(`/api/modules/${module.id}/lessons`)
        .send({
          type: 'assessment',
          title: bi('Қорытынды тест', 'Итоговый тест'),
          content: { kk: { body: '<p>20 минут.</p>' } },
        })
        .expect(201)
    ).body;
    for (const [kk, ru] of [
      ['Бюджетті кім бекітеді?', 'Кто утверждает бюджет?'],
      ['Есеп жылына қанша рет?', 'Сколько раз в год отчёт?'],
    ]) {
      const question = await author
        .post(`/api/courses/${courseId}/questions`)
        .send({ prompt: bi(kk, ru), points: 1, tags: ['budget'], content: { type: 'true_false', correct: true } })
        .expect(201);
      questionIds.push(question.body.id);
    }
  });
  afterAll(() => t.close());

  const draft = async () =>
    (await author.get(`/api/courses/${courseId}`).query({ view: 'draft' }).expect(200)).body as CourseDraftResponse;
  const save = (body: object) => author.patch(`/api/lessons/${lesson.id}`).send({ version: lesson.version, ...body });

  it('starts unconfigured, which keeps the course from being published', async () => {
    expect(lesson.quiz).toBeNull();
    expect((await draft()).parity.gaps).toContainEqual({
      entity: 'lesson',
      id: lesson.id,
      field: 'quiz',
      locale: null,
      reason: 'missing',
    });
  });

  it('saves fixed questions with the quiz rules, and the course becomes publishable', async () => {
    lesson = (await save({ quiz: settings() }).expect(200)).body;
    expect(lesson.quiz).toEqual(settings());
    expect((await draft()).parity.complete).toBe(true);
    await author
      .post(`/api/courses/${courseId}/publish`)
      .send({ changeNote: { kk: 'Тест қосылды', ru: 'Тест қосылды' } })
      .expect(201);
  });

  it('refuses a pool drawing more questions than the bank holds, naming the tag', async () => {
    lesson = (
      await save({ quiz: settings({ mode: 'pools', questionIds: [], pools: [{ tag: 'budget', count: 3 }] }) }).expect(
        200,
      )
    ).body;
    const refused = await author
      .post(`/api/courses/${courseId}/publish`)
      .send({ changeNote: { kk: 'Пул', ru: 'Пул' } })
      .expect(422);
    expect(refused.body.gaps).toEqual([
      {
        entity: 'lesson',
        id: lesson.id,
        field: 'quiz',
        locale: null,
        reason: 'poolTooSmall',
        params: { tag: 'budget', count: 3, available: 2 },
      },
    ]);
  });

  it('refuses bad settings with quiz.* field paths and keeps the saved ones', async () => {
    const cases: [object, Record<string, { code: string }>][] = [
      [settings({ passPercent: 120 }), { 'quiz.passPercent': { code: 'outOfRange' } }],
      [settings({ maxAttempts: 0 }), { 'quiz.maxAttempts': { code: 'outOfRange' } }],
      [
        settings({ mode: 'pools', pools: [{ tag: 'budget', count: 0 }] }),
        { 'quiz.pools.0.count': { code: 'outOfRange' } },
      ],
      [
        settings({ availableFrom: '2026-12-02T00:00:00Z', availableUntil: '2026-12-01T00:00:00Z' }),
        { 'quiz.availableUntil': { code: 'invalidValue' } },
      ],
      [
        settings({ questionIds: ['00000000-0000-4000-8000-000000000000'] }),
        { 'quiz.questionIds': { code: 'invalidValue' } },
      ],
      [{ ...settings(), feedback: 'always' }, { 'quiz.feedback': { code: 'invalidValue' } }],
      [settings({ feedback: 'after_close' }), { 'quiz.availableUntil': { code: 'required' } }],
      [{ ...settings(), secret: true }, { 'quiz.secret': { code: 'unknownField' } }],
    ];
    for (const [quiz, fields] of cases) {
      const response = await save({ quiz }).expect(422);
      expect(response.body.fields).toMatchObject(fields);
    }
    const stored = (await author.get(`/api/lessons/${lesson.id}`).query({ view: 'draft' }).expect(200)).body;
    expect(stored.quiz.pools).toEqual([{ tag: 'budget', count: 3 }]);
  });
});
