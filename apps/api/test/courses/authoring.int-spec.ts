import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {
  CourseDraftResponse,
  CourseListItem,
  CourseResponse,
  LessonResponse,
  LessonViewResponse,
  MediaResponse,
  ModuleResponse,
  Page,
  ParityGap,
} from '@bilikti/contracts';
import { MediaEntity } from '../../src/modules/media/entities/media.entity';
import { createProvider, createUser, signIn } from '../support/factories';
import { SAMPLES } from '../support/sample-files';
import { createTestApp, type TestApp } from '../support/test-app';

type Agent = Awaited<ReturnType<typeof signIn>>;

describe('course authoring: an instructor builds, publishes and revises a bilingual course', () => {
  let t: TestApp;
  let storage: string;
  let instructor: Agent;
  let learner: Agent;
  let providerId: string;

  beforeAll(async () => {
    storage = mkdtempSync(join(tmpdir(), 'bilikti-courses-'));
    t = await createTestApp({ STORAGE_DIR: storage });
    providerId = (await createProvider(t)).id;
    instructor = await signIn(
      t,
      await createUser(t, { roles: ['instructor'], providerId, fullName: 'Гүлнар Әбенова' }),
    );
    learner = await signIn(t, await createUser(t));
  });
  afterAll(async () => {
    await t.close();
    rmSync(storage, { recursive: true, force: true });
  });

  let course: CourseDraftResponse;
  let module: ModuleResponse;
  let textLesson: LessonResponse;
  let videoLesson: LessonResponse;
  let pdfLesson: LessonResponse;
  let video: MediaResponse;
  let pdfKk: MediaResponse;
  let pdfRu: MediaResponse;

  const draft = async () =>
    (await instructor.get(`/api/courses/${course.id}`).query({ view: 'draft' }).expect(200))
      .body as CourseDraftResponse;
  const upload = async (bytes: Buffer, name: string) =>
    (await instructor.post('/api/media').field('courseId', course.id).attach('file', bytes, name).expect(201))
      .body as MediaResponse;

  it('creates a draft course owned by its creator, for the creator’s provider', async () => {
    const response = await instructor
      .post('/api/courses')
      .send({
        code: 'akim-101',
        title: { kk: 'Әкімдер мектебі', ru: '' },
        audience: 'rural_akims',
        academicHours: 24,
        topics: ['local_budget', 'citizen_appeals'],
      })
      .expect(201);
    course = response.body;
    expect(course).toMatchObject({
      code: 'AKIM-101',
      status: 'draft',
      provider: { id: providerId },
      authors: [{ fullName: 'Гүлнар Әбенова', role: 'owner' }],
      publishedVersion: null,
      hasUnpublishedChanges: true,
      canManageAuthors: true,
      version: 1,
    });
    expect(course.parity.complete).toBe(false);
  });

  it('adds a module and a text lesson written in Kazakh only, and the parity meter shows what Russian lacks', async () => {
    module = (
      await instructor
        .post(`/api/courses/${course.id}/modules`)
        .send({ title: { kk: 'Жергілікті бюджет', ru: 'Местный бюджет' } })
        .expect(201)
    ).body;
    textLesson = (
      await instructor
        .post(`/api/modules/${module.id}/lessons`)
        .send({
          type: 'text',
          title: { kk: 'Бюджет қалай құрылады', ru: '' },
          content: { kk: { body: '<p>Ауылдық округтің бюджеті <strong>жыл сайын</strong> бекітіледі.</p>' } },
          durationMinutes: 15,
        })
        .expect(201)
    ).body;
    const { parity } = await draft();
    expect(parity.total).toBe(5);
    expect(parity.filled).toEqual({ kk: 4, ru: 1 });
    expect(parity.gaps).toEqual(
      expect.arrayContaining<ParityGap>([
        { entity: 'course', id: course.id, field: 'title', locale: 'ru', reason: 'missing' },
        { entity: 'course', id: course.id, field: 'summary', locale: 'kk', reason: 'missing' },
        { entity: 'lesson', id: textLesson.id, field: 'title', locale: 'ru', reason: 'missing' },
        { entity: 'lesson', id: textLesson.id, field: 'body', locale: 'ru', reason: 'missing' },
      ]),
    );
  });

  it('refuses to publish with gaps (422 listing each one) and changes nothing', async () => {
    const response = await instructor
      .post(`/api/courses/${course.id}/publish`)
      .send({ changeNote: { kk: 'Бірінші басылым', ru: 'Бірінші басылым' } })
      .expect(422);
    expect(response.body.code).toBe('courses.incomplete');
    expect(response.body.gaps).toContainEqual({
      entity: 'lesson',
      id: textLesson.id,
      field: 'body',
      locale: 'ru',
      reason: 'missing',
    });
    expect((await draft()).status).toBe('draft');
    await learner.get(`/api/courses/${course.id}`).expect(404);
  });

  it('completes both languages, with a video and PDFs uploaded per language', async () => {
    course = (
      await instructor
        .patch(`/api/courses/${course.id}`)
        .send({
          version: course.version,
          title: { kk: 'Әкімдер мектебі', ru: 'Школа акимов' },
          summary: { kk: 'Ауыл әкіміне арналған практикалық курс.', ru: 'Практический курс для сельского акима.' },
        })
        .expect(200)
    ).body;
    textLesson = (
      await instructor
        .patch(`/api/lessons/${textLesson.id}`)
        .send({
          version: textLesson.version,
          title: { kk: 'Бюджет қалай құрылады', ru: 'Как формируется бюджет' },
          content: { ru: { body: '<p>Бюджет сельского округа утверждается <strong>ежегодно</strong>.</p>' } },
        })
        .expect(200)
    ).body;

    video = await upload(SAMPLES.mp4, 'budget.mp4');
    pdfKk = await upload(SAMPLES.pdf, 'budget-kk.pdf');
    pdfRu = await upload(SAMPLES.pdf, 'budget-ru.pdf');
    expect(video).toMatchObject({ kind: 'video', contentType: 'video/mp4' });

    videoLesson = (
      await instructor
        .post(`/api/modules/${module.id}/lessons`)
        .send({
          type: 'video',
          title: { kk: 'Бейнедәріс', ru: 'Видеолекция' },
          content: { kk: { mediaId: video.id }, ru: { mediaId: video.id } },
        })
        .expect(201)
    ).body;
    pdfLesson = (
      await instructor
        .post(`/api/modules/${module.id}/lessons`)
        .send({
          type: 'document',
          title: { kk: 'Бюджет кодексі бойынша жадынама', ru: 'Памятка по Бюджетному кодексу' },
          content: { kk: { mediaId: pdfKk.id }, ru: { mediaId: pdfRu.id } },
        })
        .expect(201)
    ).body;
    expect(pdfLesson.media.map((m) => m.id).sort()).toEqual([pdfKk.id, pdfRu.id].sort());

    const current = await draft();
    expect(current.parity).toMatchObject({ complete: true, gaps: [] });
    expect(current.modules[0].lessons.map((l) => l.id)).toEqual([textLesson.id, videoLesson.id, pdfLesson.id]);
  });

  it('publishes version 1 with a change note; learners now see it', async () => {
    const version = (
      await instructor
        .post(`/api/courses/${course.id}/publish`)
        .send({ changeNote: { kk: 'Бірінші басылым', ru: 'Первая версия' } })
        .expect(201)
    ).body;
    expect(version).toMatchObject({
      number: 1,
      changeNote: { kk: 'Бірінші басылым', ru: 'Первая версия' },
      publishedBy: { fullName: 'Гүлнар Әбенова' },
    });

    const published = (await learner.get(`/api/courses/${course.id}`).expect(200)).body as CourseResponse;
    expect(published).toMatchObject({
      code: 'AKIM-101',
      title: { ru: 'Школа акимов' },
      version: { number: 1 },
      languages: ['kk', 'ru'],
    });
    expect(published.modules[0].lessons.map((l) => l.type)).toEqual(['text', 'video', 'document']);

    const lesson = (await learner.get(`/api/lessons/${textLesson.id}`).expect(200)).body as LessonViewResponse;
    expect(lesson.content.ru.body).toContain('ежегодно');
    // The published files are now readable by learners.
    await learner.get(`/api/media/${video.id}`).expect(200);
  });

  it('finds the course in the catalog in either language, ignoring case and Kazakh letters', async () => {
    for (const q of ['ӘКІМДЕР', 'акимдер мектеби', 'школа акимов', 'akim-1']) {
      const page = (await learner.get('/api/courses').query({ q }).expect(200)).body as Page<CourseListItem>;
      expect(page.items.map((c) => c.id)).toEqual([course.id]);
    }
    const none = (await learner.get('/api/courses').query({ q: 'бюджет кодексі' }).expect(200)).body;
    expect(none.total).toBe(0);
  });

  it('keeps what learners see until the next publish, flags the other language, and versions the change', async () => {
    textLesson = (await instructor.get(`/api/lessons/${textLesson.id}`).query({ view: 'draft' }).expect(200)).body;
    textLesson = (
      await instructor
        .patch(`/api/lessons/${textLesson.id}`)
        .send({
          version: textLesson.version,
          content: { kk: { body: '<p>Жаңартылған мәтін: бюджет комиссиясы.</p>' } },
        })
        .expect(200)
    ).body;
    expect(textLesson.needsReview).toEqual({ kk: false, ru: true });

    const seen = (await learner.get(`/api/lessons/${textLesson.id}`).expect(200)).body as LessonViewResponse;
    expect(seen.content.kk.body).toContain('жыл сайын');
    expect(seen.versionNumber).toBe(1);

    const refused = await instructor
      .post(`/api/courses/${course.id}/publish`)
      .send({ changeNote: { kk: 'Жаңарту', ru: 'Жаңарту' } })
      .expect(422);
    expect(refused.body.gaps).toEqual([
      { entity: 'lesson', id: textLesson.id, field: 'body', locale: 'ru', reason: 'needsReview' },
    ]);

    textLesson = (
      await instructor
        .patch(`/api/lessons/${textLesson.id}`)
        .send({ version: textLesson.version, confirmReview: ['ru'] })
        .expect(200)
    ).body;
    expect(textLesson.needsReview).toEqual({ kk: false, ru: false });
    expect((await draft()).hasUnpublishedChanges).toBe(true);

    await instructor
      .post(`/api/courses/${course.id}/publish`)
      .send({ changeNote: { kk: 'Мәтін жаңартылды', ru: 'Текст обновлён' } })
      .expect(201);
    const after = (await learner.get(`/api/lessons/${textLesson.id}`).expect(200)).body as LessonViewResponse;
    expect(after).toMatchObject({ id: textLesson.id, versionNumber: 2 });
    expect(after.content.kk.body).toContain('бюджет комиссиясы');

    const versions = (await instructor.get(`/api/courses/${course.id}/versions`).expect(200)).body;
    expect(versions.map((v: { number: number; changeNote: object }) => [v.number, v.changeNote])).toEqual([
      [2, { kk: 'Мәтін жаңартылды', ru: 'Текст обновлён' }],
      [1, { kk: 'Бірінші басылым', ru: 'Первая версия' }],
    ]);
  });

  it('refuses to publish when nothing changed', async () => {
    const response = await instructor
      .post(`/api/courses/${course.id}/publish`)
      .send({ changeNote: { kk: 'Again', ru: 'Again' } })
      .expect(409);
    expect(response.body.code).toBe('courses.noChanges');
  });

  it('flags Kazakh for review when only the Russian of a published lesson changes, and editing Kazakh clears it', async () => {
    let lesson = (await instructor.get(`/api/lessons/${videoLesson.id}`).query({ view: 'draft' }).expect(200))
      .body as LessonResponse;
    lesson = (
      await instructor
        .patch(`/api/lessons/${lesson.id}`)
        .send({ version: lesson.version, title: { kk: 'Бейнедәріс', ru: 'Видеолекция о бюджете' } })
        .expect(200)
    ).body;
    expect(lesson.needsReview).toEqual({ kk: true, ru: false });
    lesson = (
      await instructor
        .patch(`/api/lessons/${lesson.id}`)
        .send({ version: lesson.version, title: { kk: 'Бюджет туралы бейнедәріс', ru: 'Видеолекция о бюджете' } })
        .expect(200)
    ).body;
    expect(lesson.needsReview).toEqual({ kk: false, ru: false });
    videoLesson = lesson;
  });

  it('answers 409 to the second of two saves made from the same version, keeping the first', async () => {
    const lesson = (await instructor.get(`/api/lessons/${pdfLesson.id}`).query({ view: 'draft' }).expect(200))
      .body as LessonResponse;
    await instructor
      .patch(`/api/lessons/${lesson.id}`)
      .send({ version: lesson.version, content: { kk: { body: '<p>Бірінші автор</p>' } } })
      .expect(200);
    const conflict = await instructor
      .patch(`/api/lessons/${lesson.id}`)
      .send({ version: lesson.version, content: { kk: { body: '<p>Екінші автор</p>' } } })
      .expect(409);
    expect(conflict.body).toMatchObject({
      code: 'resource.staleVersion',
      params: { currentVersion: lesson.version + 1 },
    });
    const stored = (await instructor.get(`/api/lessons/${lesson.id}`).query({ view: 'draft' }).expect(200)).body;
    expect(stored.content.kk.body).toBe('<p>Бірінші автор</p>');

    const staleCourse = await instructor
      .patch(`/api/courses/${course.id}`)
      .send({ version: course.version - 1, academicHours: 30 })
      .expect(409);
    expect(staleCourse.body.code).toBe('resource.staleVersion');
  });

  it('keeps a published video when its draft lesson is deleted, and deletes unpublished files with their lesson', async () => {
    await instructor.delete(`/api/lessons/${videoLesson.id}`).expect(204);
    expect(await t.dataSource.getRepository(MediaEntity).existsBy({ id: video.id })).toBe(true);
    await learner.get(`/api/media/${video.id}`).expect(200);
    // The published version still shows the lesson.
    await learner.get(`/api/lessons/${videoLesson.id}`).expect(200);

    const draftOnly = await upload(SAMPLES.mp4, 'draft-only.mp4');
    const lesson = (
      await instructor
        .post(`/api/modules/${module.id}/lessons`)
        .send({ type: 'video', title: { kk: 'Уақытша', ru: 'Временный' }, content: { kk: { mediaId: draftOnly.id } } })
        .expect(201)
    ).body as LessonResponse;
    await instructor.delete(`/api/lessons/${lesson.id}`).expect(204);
    expect(await t.dataSource.getRepository(MediaEntity).existsBy({ id: draftOnly.id })).toBe(false);
  });

  it('reorders lessons and modules', async () => {
    const second = (
      await instructor
        .post(`/api/courses/${course.id}/modules`)
        .send({ title: { kk: 'Азаматтардың өтініштері', ru: 'Обращения граждан' } })
        .expect(201)
    ).body as ModuleResponse;
    const current = await draft();
    const [first] = current.modules;
    const lessons = first.lessons;
    await instructor
      .patch(`/api/lessons/${lessons[1].id}`)
      .send({ version: lessons[1].version, position: 0 })
      .expect(200);
    await instructor.patch(`/api/modules/${second.id}`).send({ version: second.version, position: 0 }).expect(200);
    const moved = (
      await instructor
        .patch(`/api/lessons/${lessons[0].id}`)
        .send({ version: lessons[0].version, moduleId: second.id, position: 0 })
        .expect(200)
    ).body as LessonResponse;
    expect(moved.moduleId).toBe(second.id);
    const after = await draft();
    expect(after.modules.map((m) => m.id)).toEqual([second.id, first.id]);
    expect(after.modules[0].lessons.map((l) => l.id)).toEqual([lessons[0].id]);
    expect(after.modules[1].lessons.map((l) => [l.id, l.position])).toEqual([[lessons[1].id, 0]]);
  });
});
