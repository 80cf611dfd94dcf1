import type { CourseDraftResponse, CourseListItem, LessonResponse, ModuleResponse, Page } from '@bilikti/contracts';
import { CourseEntity } from '../../src/modules/courses/entities/course.entity';
import { LessonEntity } from '../../src/modules/courses/entities/lesson.entity';
import { createProvider, createUser, signIn } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

type Agent = Awaited<ReturnType<typeof signIn>>;

describe('courses: who may change what, and what bad input gets', () => {
  let t: TestApp;
  let owner: Agent;
  let other: Agent;
  let coauthorEmail: string;
  let coauthor: Agent;
  let learnerEmail: string;
  let learner: Agent;
  let admin: Agent;
  let providerId: string;
  let course: CourseDraftResponse;
  let module: ModuleResponse;
  let lesson: LessonResponse;

  beforeAll(async () => {
    t = await createTestApp();
    providerId = (await createProvider(t)).id;
    owner = await signIn(t, await createUser(t, { roles: ['instructor'], providerId }));
    other = await signIn(t, await createUser(t, { roles: ['instructor'], providerId }));
    const co = await createUser(t, { roles: ['instructor'], providerId, fullName: 'Серік Омаров' });
    coauthorEmail = co.email;
    coauthor = await signIn(t, co);
    const learnerUser = await createUser(t);
    learnerEmail = learnerUser.email;
    learner = await signIn(t, learnerUser);
    admin = await signIn(t, await createUser(t, { roles: ['admin'] }));

    course = (
      await owner
        .post('/api/courses')
        .send({
          code: 'DEP-REP-110',
          title: { kk: 'Сайлаушыларға есеп', ru: 'Отчёт перед избирателями' },
          audience: 'deputies',
          academicHours: 12,
        })
        .expect(201)
    ).body;
    module = (
      await owner
        .post(`/api/courses/${course.id}/modules`)
        .send({ title: { kk: 'Есеп', ru: 'Отчёт' } })
        .expect(201)
    ).body;
    lesson = (
      await owner
        .post(`/api/modules/${module.id}/lessons`)
        .send({ type: 'text', title: { kk: 'Кіріспе', ru: 'Введение' } })
        .expect(201)
    ).body;
  });
  afterAll(() => t.close());

  it('hides a draft from instructors who do not author it: 404 on every read and write', async () => {
    await other.get(`/api/courses/${course.id}`).query({ view: 'draft' }).expect(404);
    await other.get(`/api/courses/${course.id}`).expect(404);
    await other.patch(`/api/courses/${course.id}`).send({ version: 1, academicHours: 10 }).expect(404);
    await other
      .post(`/api/courses/${course.id}/modules`)
      .send({ title: { kk: 'x', ru: 'x' } })
      .expect(404);
    await other
      .patch(`/api/modules/${module.id}`)
      .send({ version: 1, title: { kk: 'x', ru: 'x' } })
      .expect(404);
    await other
      .patch(`/api/lessons/${lesson.id}`)
      .send({ version: 1, title: { kk: 'x', ru: 'x' } })
      .expect(404);
    await other.delete(`/api/lessons/${lesson.id}`).expect(404);
    await other
      .post(`/api/courses/${course.id}/publish`)
      .send({ changeNote: { kk: 'x', ru: 'x' } })
      .expect(404);
    await other.get(`/api/courses/${course.id}/versions`).expect(404);
    await other.get(`/api/lessons/${lesson.id}`).query({ view: 'draft' }).expect(404);
    const stored = await t.dataSource.getRepository(LessonEntity).findOneByOrFail({ id: lesson.id });
    expect(stored.titleKk).toBe('Кіріспе');
    const mine = (await other.get('/api/courses').query({ scope: 'mine' }).expect(200)).body as Page<CourseListItem>;
    expect(mine.total).toBe(0);
  });

  it('refuses learners (403) and anonymous callers (401) on authoring routes', async () => {
    await learner
      .post('/api/courses')
      .send({ code: 'X-1', title: { kk: 'a', ru: 'a' }, audience: 'both', academicHours: 1 })
      .expect(403);
    await learner.patch(`/api/courses/${course.id}`).send({ version: 1 }).expect(403);
    await learner.get('/api/courses').query({ scope: 'mine' }).expect(403);
    await t.http().get('/api/courses').expect(401);
    await t.http().patch(`/api/lessons/${lesson.id}`).send({ version: 1 }).expect(401);
  });

  it('lets the owner add a co-author by email, who can then edit but not manage authors', async () => {
    const authors = (
      await owner.post(`/api/courses/${course.id}/authors`).send({ email: coauthorEmail.toUpperCase() }).expect(200)
    ).body;
    expect(authors.map((a: { role: string; fullName: string }) => [a.role, a.fullName])).toEqual([
      ['owner', expect.any(String)],
      ['coauthor', 'Серік Омаров'],
    ]);
    const draft = (await coauthor.get(`/api/courses/${course.id}`).query({ view: 'draft' }).expect(200)).body;
    expect(draft.canManageAuthors).toBe(false);
    await coauthor
      .patch(`/api/lessons/${lesson.id}`)
      .send({ version: lesson.version, content: { ru: { body: '<p>Текст соавтора</p>' } } })
      .expect(200);
    await coauthor.post(`/api/courses/${course.id}/authors`).send({ email: learnerEmail }).expect(403);
    await coauthor.delete(`/api/courses/${course.id}`).expect(403);

    const again = await owner.post(`/api/courses/${course.id}/authors`).send({ email: coauthorEmail }).expect(409);
    expect(again.body.code).toBe('courses.alreadyAuthor');
    const notInstructor = await owner
      .post(`/api/courses/${course.id}/authors`)
      .send({ email: learnerEmail })
      .expect(422);
    expect(notInstructor.body.fields).toEqual({ email: { code: 'notInstructor' } });
    const ownerId = authors[0].id as string;
    const removeOwner = await owner.delete(`/api/courses/${course.id}/authors/${ownerId}`).expect(409);
    expect(removeOwner.body.code).toBe('courses.cannotRemoveOwner');
  });

  it('lets an admin change any course', async () => {
    const current = (await admin.get(`/api/courses/${course.id}`).query({ view: 'draft' }).expect(200)).body;
    await admin.patch(`/api/courses/${course.id}`).send({ version: current.version, academicHours: 14 }).expect(200);
  });

  it('strips scripts, event handlers and javascript: links from lesson HTML before storing it', async () => {
    const current = (await owner.get(`/api/lessons/${lesson.id}`).query({ view: 'draft' }).expect(200)).body;
    const saved = (
      await owner
        .patch(`/api/lessons/${lesson.id}`)
        .send({
          version: current.version,
          content: {
            kk: {
              body: '<p onclick="steal()">Мәтін<script>alert(1)</script><img src=x onerror=alert(1)> <a href="javascript:alert(1)">сілтеме</a></p>',
            },
          },
        })
        .expect(200)
    ).body as LessonResponse;
    expect(saved.content.kk.body).toBe('<p>Мәтін <a rel="noopener noreferrer" target="_blank">сілтеме</a></p>');
    const stored = await t.dataSource.getRepository(LessonEntity).findOneByOrFail({ id: lesson.id });
    expect(stored.bodyKk).not.toMatch(/script|onclick|onerror|javascript/i);
  });

  it('refuses bad course input with field codes and stores nothing', async () => {
    const before = await t.dataSource.getRepository(CourseEntity).count();
    const cases: [object, Record<string, { code: string }>][] = [
      [
        { code: 'bad code!', title: { kk: 'a', ru: 'a' }, audience: 'both', academicHours: 2 },
        { code: { code: 'invalidCode' } },
      ],
      [
        { code: 'OK-1', title: { kk: '', ru: '' }, audience: 'both', academicHours: 2 },
        { title: { code: 'required' } },
      ],
      [
        { code: 'OK-1', title: { kk: 'a', ru: 'a' }, audience: 'everyone', academicHours: 2 },
        { audience: { code: 'invalidValue' } },
      ],
      [
        { code: 'OK-1', title: { kk: 'a', ru: 'a' }, audience: 'both', academicHours: 0 },
        { academicHours: { code: 'outOfRange' } },
      ],
      [
        { code: 'OK-1', title: { kk: 'a', ru: 'a' }, audience: 'both', academicHours: 2, topics: ['cooking'] },
        { topics: { code: 'invalidValue' } },
      ],
      [
        { code: 'OK-1', title: { kk: 'a'.repeat(201), ru: 'a' }, audience: 'both', academicHours: 2 },
        { 'title.kk': { code: 'tooLong' } },
      ],
      [
        { code: 'OK-1', title: { kk: 'a', ru: 'a' }, audience: 'both', academicHours: 2, secret: 1 },
        { secret: { code: 'unknownField' } },
      ],
    ];
    for (const [body, fields] of cases) {
      const response = await owner.post('/api/courses').send(body).expect(422);
      expect(response.body.code).toBe('validation.failed');
      expect(response.body.fields).toMatchObject(fields);
    }
    const taken = await owner
      .post('/api/courses')
      .send({ code: 'dep-rep-110', title: { kk: 'a', ru: 'a' }, audience: 'both', academicHours: 2 })
      .expect(409);
    expect(taken.body.code).toBe('courses.codeTaken');
    expect(await t.dataSource.getRepository(CourseEntity).count()).toBe(before);
  });

  it('asks for the change note in both languages before publishing, and publishes nothing without it', async () => {
    const cases: [object, Record<string, { code: string }>][] = [
      [{ changeNote: { kk: 'Жаңа модуль', ru: '  ' } }, { 'changeNote.ru': { code: 'required' } }],
      [{ changeNote: { ru: 'Новый модуль' } }, { 'changeNote.kk': { code: 'required' } }],
      [{ changeNote: 'Новый модуль' }, { changeNote: { code: 'invalidType' } }],
      [{}, { changeNote: { code: 'required' } }],
      [{ changeNote: { kk: 'a'.repeat(1001), ru: 'a' } }, { 'changeNote.kk': { code: 'tooLong' } }],
    ];
    for (const [body, fields] of cases) {
      const response = await owner.post(`/api/courses/${course.id}/publish`).send(body).expect(422);
      expect(response.body.fields).toMatchObject(fields);
    }
    const versions = (await owner.get(`/api/courses/${course.id}/versions`).expect(200)).body as unknown[];
    expect(versions).toHaveLength(0);
  });

  it('refuses bad lesson input: unsafe links, unknown files, quiz settings on a lesson that is not an assessment', async () => {
    const video = (
      await owner
        .post(`/api/modules/${module.id}/lessons`)
        .send({ type: 'video', title: { kk: 'Бейне', ru: 'Видео' } })
        .expect(201)
    ).body as LessonResponse;
    const http = await owner
      .patch(`/api/lessons/${video.id}`)
      .send({ version: video.version, content: { kk: { externalUrl: 'http://video.example/1' } } })
      .expect(422);
    expect(http.body.fields).toEqual({ 'content.kk.externalUrl': { code: 'invalidUrl' } });
    const js = await owner
      .patch(`/api/lessons/${video.id}`)
      .send({ version: video.version, content: { ru: { externalUrl: 'javascript:alert(1)' } } })
      .expect(422);
    expect(js.body.fields).toEqual({ 'content.ru.externalUrl': { code: 'invalidUrl' } });
    const unknownMedia = await owner
      .patch(`/api/lessons/${video.id}`)
      .send({ version: video.version, content: { kk: { mediaId: '00000000-0000-4000-8000-000000000000' } } })
      .expect(422);
    expect(unknownMedia.body.fields).toEqual({ 'content.kk.mediaId': { code: 'invalidValue' } });
    const textLink = await owner
      .patch(`/api/lessons/${lesson.id}`)
      .send({ version: 99, content: { kk: { externalUrl: 'https://example.kz' } } })
      .expect(409);
    expect(textLink.body.code).toBe('resource.staleVersion');
    const quizOnVideo = await owner
      .patch(`/api/lessons/${video.id}`)
      .send({ version: video.version, quiz: { mode: 'fixed' } })
      .expect(422);
    expect(quizOnVideo.body.fields).toEqual({ quiz: { code: 'invalidValue' } });
    const stored = await t.dataSource.getRepository(LessonEntity).findOneByOrFail({ id: video.id });
    expect([stored.externalUrlKk, stored.externalUrlRu, stored.mediaKkId, stored.version]).toEqual([
      null,
      null,
      null,
      1,
    ]);
    await owner
      .patch(`/api/lessons/${video.id}`)
      .send({ version: 1, content: { kk: { externalUrl: 'https://video.example/1' } } })
      .expect(200);
  });

  it('answers 404 for unknown and malformed ids', async () => {
    await owner.get('/api/courses/00000000-0000-4000-8000-000000000000').query({ view: 'draft' }).expect(404);
    await owner.get('/api/courses/not-a-uuid').expect(404);
    await owner.patch('/api/lessons/00000000-0000-4000-8000-000000000000').send({ version: 1 }).expect(404);
    await owner.get('/api/courses').query({ scope: 'everything' }).expect(422);
    await owner.get('/api/courses').query({ pageSize: 1000 }).expect(422);
  });

  it('deletes a never-published draft outright', async () => {
    const draft = (
      await owner
        .post('/api/courses')
        .send({ code: 'TMP-1', title: { kk: 'Уақытша', ru: 'Временный' }, audience: 'both', academicHours: 1 })
        .expect(201)
    ).body;
    await owner.delete(`/api/courses/${draft.id}`).expect(204);
    expect(await t.dataSource.getRepository(CourseEntity).existsBy({ id: draft.id })).toBe(false);
  });
});
