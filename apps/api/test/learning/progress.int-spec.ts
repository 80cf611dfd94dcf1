import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type BatchProgressResponse,
  type EnrolmentResponse,
  type LessonProgressResponse,
  type MyEnrolmentsResponse,
  PROGRESS_LIMITS,
  type ProgressReport,
} from '@bilikti/contracts';
import { DataSource } from 'typeorm';
import { poolOf } from '../../src/database/pool';
import type { NormalisedReport } from '../../src/modules/learning/progress-rules';
import { ProgressService } from '../../src/modules/learning/progress.service';
import { type AppliedRow, type PendingReport, ProgressWriter } from '../../src/modules/learning/progress-writer';
import { createProvider, createUser, signIn } from '../support/factories';
import { SAMPLES } from '../support/sample-files';
import { createTestApp, type TestApp } from '../support/test-app';

type Agent = Awaited<ReturnType<typeof signIn>>;

const ago = (seconds: number) => new Date(Date.now() - seconds * 1000).toISOString();
const report = (fields: Partial<ProgressReport> = {}): ProgressReport => ({
  eventId: randomUUID(),
  occurredAt: new Date().toISOString(),
  ...fields,
});

describe('learning: enrolment and progress that is never lost', () => {
  let t: TestApp;
  let storage: string;
  let instructor: Agent;
  let learner: Agent;
  let other: Agent;
  let courseId: string;
  let lessons: { text: string; video: string; pdf: string; link: string };
  let enrolmentId: string;

  beforeAll(async () => {
    storage = mkdtempSync(join(tmpdir(), 'bilikti-learning-'));
    t = await createTestApp({ STORAGE_DIR: storage });
    const providerId = (await createProvider(t)).id;
    instructor = await signIn(t, await createUser(t, { roles: ['instructor'], providerId }));
    learner = await signIn(t, await createUser(t));
    other = await signIn(t, await createUser(t));

    const course = (
      await instructor
        .post('/api/courses')
        .send({
          code: 'LRN-1',
          title: { kk: 'Оқу', ru: 'Обучение' },
          summary: { kk: 'Сипаттама', ru: 'Описание' },
          audience: 'both',
          academicHours: 4,
        })
        .expect(201)
    ).body;
    courseId = course.id;
    const upload = async (bytes: Buffer, name: string) =>
      (await instructor.post('/api/media').field('courseId', courseId).attach('file', bytes, name).expect(201)).body.id;
    const video = await upload(SAMPLES.mp4, 'v.mp4');
    const pdf = await upload(SAMPLES.pdf, 'd.pdf');
    const module = (
      await instructor
        .post(`/api/courses/${courseId}/modules`)
        .send({ title: { kk: 'Модуль', ru: 'Модуль' } })
        .expect(201)
    ).body;
    const lesson = async (body: object) =>
      (await instructor.post(`/api/modules/${module.id}/lessons`).send(body).expect(201)).body.id as string;
    lessons = {
      text: await lesson({
        type: 'text',
        title: { kk: 'Мәтін', ru: 'Текст' },
        content: { kk: { body: '<p>Мәтін</p>' }, ru: { body: '<p>Текст</p>' } },
      }),
      video: await lesson({
        type: 'video',
        title: { kk: 'Бейне', ru: 'Видео' },
        content: { kk: { mediaId: video }, ru: { mediaId: video } },
      }),
      pdf: await lesson({
        type: 'document',
        title: { kk: 'Құжат', ru: 'Документ' },
        content: { kk: { mediaId: pdf }, ru: { mediaId: pdf } },
      }),
      link: await lesson({
        type: 'video',
        title: { kk: 'Сілтеме', ru: 'Ссылка' },
        content: {
          kk: { externalUrl: 'https://video.example/kk' },
          ru: { externalUrl: 'https://video.example/ru' },
        },
      }),
    };
    await instructor
      .post(`/api/courses/${courseId}/publish`)
      .send({ changeNote: { kk: 'v1', ru: 'v1' } })
      .expect(201);
  });
  afterAll(async () => {
    await t.close();
    rmSync(storage, { recursive: true, force: true });
  });

  const put = (agent: Agent, lessonId: string, body: ProgressReport) =>
    agent.put(`/api/lessons/${lessonId}/progress`).send(body);
  const enrolment = async (agent: Agent = learner, id = enrolmentId) =>
    (await agent.get(`/api/enrolments/${id}`).expect(200)).body as EnrolmentResponse;
  const lessonState = async (lessonId: string, agent: Agent = learner, id = enrolmentId) =>
    (await enrolment(agent, id)).lessons.find((l) => l.lessonId === lessonId)!;

  it('enrols a learner once: 201, then 200 with the same enrolment', async () => {
    const first = await learner.post(`/api/courses/${courseId}/enrolments`).expect(201);
    enrolmentId = first.body.id;
    expect(first.body).toMatchObject({
      status: 'active',
      source: 'self',
      percent: 0,
      totalLessons: 4,
      versionNumber: 1,
    });
    expect(first.body.continueLessonId).toBe(lessons.text);
    const again = await learner.post(`/api/courses/${courseId}/enrolments`).expect(200);
    expect(again.body.id).toBe(enrolmentId);
    const course = (await learner.get(`/api/courses/${courseId}`).expect(200)).body;
    expect(course.enrolment).toEqual({ id: enrolmentId, status: 'active', percent: 0 });
  });

  it('refuses enrolment by non-learners, in unknown courses and in courses closed to self-enrolment', async () => {
    await instructor.post(`/api/courses/${courseId}/enrolments`).expect(403);
    await learner.post(`/api/courses/${randomUUID()}/enrolments`).expect(404);
    const draft = (await instructor.get(`/api/courses/${courseId}`).query({ view: 'draft' }).expect(200)).body;
    await instructor
      .patch(`/api/courses/${courseId}`)
      .send({ version: draft.version, selfEnrolment: false })
      .expect(200);
    const closed = await other.post(`/api/courses/${courseId}/enrolments`).expect(409);
    expect(closed.body.code).toBe('enrolments.closed');
    // Already enrolled learners are not affected.
    await learner.post(`/api/courses/${courseId}/enrolments`).expect(200);
    await instructor
      .patch(`/api/courses/${courseId}`)
      .send({ version: draft.version + 1, selfEnrolment: true })
      .expect(200);
  });

  it('completes a text lesson when marked done after opening, whatever order the reports arrive in', async () => {
    const markedDone = report({ markedDone: true, occurredAt: ago(5) });
    const opened = report({ opened: true, occurredAt: ago(60) });
    const first = (await put(learner, lessons.text, markedDone).expect(200)).body as LessonProgressResponse;
    expect(first.status).toBe('in_progress');
    const second = (await put(learner, lessons.text, opened).expect(200)).body as LessonProgressResponse;
    expect(second).toMatchObject({ status: 'completed', coursePercent: 25 });
    // A completed lesson stays completed, and a replay changes nothing.
    await put(learner, lessons.text, markedDone).expect(200);
    expect((await lessonState(lessons.text)).status).toBe('completed');
  });

  it('counts time once per report id, however often a report is resent', async () => {
    const a = report({ timeSpentSeconds: 30 });
    const b = report({ timeSpentSeconds: 45 });
    await put(learner, lessons.pdf, a).expect(200);
    await put(learner, lessons.pdf, a).expect(200);
    await put(learner, lessons.pdf, b).expect(200);
    await put(learner, lessons.pdf, a).expect(200);
    expect((await lessonState(lessons.pdf)).timeSpentSeconds).toBe(75);
  });

  it('forgets report ids only once their reports are too old to be accepted again', async () => {
    const old = report({ timeSpentSeconds: 5 });
    const recent = report({ timeSpentSeconds: 5 });
    await put(learner, lessons.pdf, old).expect(200);
    await put(learner, lessons.pdf, recent).expect(200);
    const days = PROGRESS_LIMITS.maxReportAgeDays;
    await t.dataSource.query(
      `UPDATE progress_events SET received_at = now() - make_interval(days => $2) WHERE event_id = $1`,
      [old.eventId, days + 2],
    );
    await t.dataSource.query(
      `UPDATE progress_events SET received_at = now() - make_interval(days => $2) WHERE event_id = $1`,
      [recent.eventId, days - 1],
    );
    expect(await t.app.get(ProgressService).purgeOldEvents()).toBe(1);
    const kept = (await t.dataSource.query(`SELECT event_id FROM progress_events WHERE event_id = ANY($1::uuid[])`, [
      [old.eventId, recent.eventId],
    ])) as { event_id: string }[];
    expect(kept.map((row) => row.event_id)).toEqual([recent.eventId]);
  });

  it('completes a PDF lesson by opening it', async () => {
    const result = (await put(learner, lessons.pdf, report({ opened: true })).expect(200)).body;
    expect(result.status).toBe('completed');
  });

  it('completes a video at 90% watched, from plausible stretches only, and resumes at the furthest position', async () => {
    const tooFast = await put(
      learner,
      lessons.video,
      report({ durationSeconds: 100, watched: { from: 0, to: 100, startedAt: ago(10) } }),
    ).expect(422);
    expect(tooFast.body.fields).toEqual({ watched: { code: 'implausible' } });

    await put(
      learner,
      lessons.video,
      report({
        opened: true,
        durationSeconds: 100,
        positionSeconds: 50,
        watched: { from: 0, to: 50, startedAt: ago(60) },
      }),
    ).expect(200);
    // An earlier position arriving late does not move the resume point back.
    await put(learner, lessons.video, report({ positionSeconds: 20, occurredAt: ago(30) })).expect(200);
    const partway = await lessonState(lessons.video);
    expect(partway).toMatchObject({ status: 'in_progress', positionSeconds: 50 });
    // Watching the same stretch again adds nothing.
    const same = (
      await put(learner, lessons.video, report({ watched: { from: 10, to: 50, startedAt: ago(60) } })).expect(200)
    ).body as LessonProgressResponse;
    expect(same.watchedSeconds).toBe(50);
    const done = (
      await put(
        learner,
        lessons.video,
        report({ positionSeconds: 92, watched: { from: 45, to: 92, startedAt: ago(40) } }),
      ).expect(200)
    ).body as LessonProgressResponse;
    expect(done).toMatchObject({ status: 'completed', watchedSeconds: 92, positionSeconds: 92 });
  });

  it('refuses impossible reports with 422 and changes nothing', async () => {
    const before = await lessonState(lessons.link);
    const cases: [object, Record<string, { code: string; params?: object }>][] = [
      [{ timeSpentSeconds: -5 }, { timeSpentSeconds: { code: 'outOfRange' } }],
      [{ occurredAt: new Date(Date.now() + 3_600_000).toISOString() }, { occurredAt: { code: 'implausible' } }],
      [
        { occurredAt: new Date(Date.now() - (PROGRESS_LIMITS.maxReportAgeDays + 1) * 86_400_000).toISOString() },
        { occurredAt: { code: 'tooOld', params: { maxDays: PROGRESS_LIMITS.maxReportAgeDays } } },
      ],
      [{ positionSeconds: 10 }, { positionSeconds: { code: 'invalidValue' } }],
      [{ watched: { from: 0, to: 5, startedAt: ago(60) } }, { watched: { code: 'invalidValue' } }],
      [{ eventId: 'not-a-uuid' }, { eventId: { code: 'invalidValue' } }],
      [{ occurredAt: 'yesterday' }, { occurredAt: { code: 'invalidValue' } }],
    ];
    for (const [fields, expected] of cases) {
      const response = await put(learner, lessons.link, { ...report(), ...fields } as ProgressReport).expect(422);
      expect(response.body.fields).toMatchObject(expected);
    }
    const tooFar = await put(learner, lessons.video, report({ durationSeconds: 100, positionSeconds: 400 })).expect(
      422,
    );
    expect(tooFar.body.fields).toEqual({ positionSeconds: { code: 'implausible' } });
    expect(await lessonState(lessons.link)).toEqual(before);
  });

  it('answers 404 for lessons outside the learner’s enrolment and for unpublished lessons', async () => {
    await put(other, lessons.text, report({ opened: true })).expect(404);
    const module = (await instructor.get(`/api/courses/${courseId}`).query({ view: 'draft' }).expect(200)).body
      .modules[0];
    const draftOnly = (
      await instructor
        .post(`/api/modules/${module.id}/lessons`)
        .send({ type: 'text', title: { kk: 'Жаңа', ru: 'Новый' } })
        .expect(201)
    ).body.id;
    await put(learner, draftOnly, report({ opened: true })).expect(404);
    await put(learner, randomUUID(), report({ opened: true })).expect(404);
    await other.get(`/api/enrolments/${enrolmentId}`).expect(404);
    await other.delete(`/api/enrolments/${enrolmentId}`).expect(404);
  });

  it('applies the good items of a batch and reports each bad one', async () => {
    const good = { lessonId: lessons.link, ...report({ opened: true, occurredAt: ago(20) }) };
    const done = { lessonId: lessons.link, ...report({ markedDone: true, occurredAt: ago(10) }) };
    const response = (
      await learner
        .post('/api/progress/batch')
        .send({
          items: [
            good,
            good,
            { lessonId: lessons.link, eventId: 'bad', occurredAt: ago(1) },
            { lessonId: randomUUID(), ...report({ opened: true }) },
            { lessonId: lessons.video, ...report({ watched: { from: 0, to: 90, startedAt: ago(1) } }) },
            done,
          ],
        })
        .expect(200)
    ).body as BatchProgressResponse;
    expect(response.results.map((r) => r.outcome)).toEqual([
      'applied',
      'duplicate',
      'rejected',
      'rejected',
      'rejected',
      'applied',
    ]);
    expect(response.results[2].error).toEqual({
      code: 'validation.failed',
      fields: { eventId: { code: 'invalidValue' } },
    });
    expect(response.results[3].error?.code).toBe('resource.notFound');
    expect(response.results[4].error).toEqual({
      code: 'validation.failed',
      fields: { watched: { code: 'implausible' } },
    });
    expect(response.results[5].progress).toMatchObject({
      status: 'completed',
      coursePercent: 100,
      enrolmentStatus: 'completed',
    });
    await learner.post('/api/progress/batch').send({ items: 'nope' }).expect(422);
  });

  it('lists the learner’s courses and finishes the enrolment when every lesson is done', async () => {
    const mine = (await learner.get('/api/me/enrolments').expect(200)).body as MyEnrolmentsResponse;
    expect(mine.active).toEqual([]);
    expect(mine.completed.map((e) => [e.id, e.percent])).toEqual([[enrolmentId, 100]]);
  });

  it('keeps progress across a new version: the same lessons stay done, new ones are added', async () => {
    const draft = (await instructor.get(`/api/courses/${courseId}`).query({ view: 'draft' }).expect(200)).body;
    const added = draft.modules[0].lessons.find((l: { title: { ru: string } }) => l.title.ru === 'Новый');
    await instructor
      .patch(`/api/lessons/${added.id}`)
      .send({ version: added.version, content: { kk: { body: '<p>Жаңа</p>' }, ru: { body: '<p>Новое</p>' } } })
      .expect(200);
    await instructor
      .post(`/api/courses/${courseId}/publish`)
      .send({ changeNote: { kk: 'v2', ru: 'v2' } })
      .expect(201);

    // A second learner mid-course moves to version 2 and keeps what they did.
    const second = await signIn(t, await createUser(t));
    const id = (await second.post(`/api/courses/${courseId}/enrolments`).expect(201)).body.id;
    expect((await enrolment(second, id)).versionNumber).toBe(2);
    await put(second, lessons.pdf, report({ opened: true })).expect(200);
    const after = await enrolment(second, id);
    expect(after).toMatchObject({ totalLessons: 5, completedLessons: 1, percent: 20 });
    expect(after.lessons.find((l) => l.lessonId === lessons.pdf)?.status).toBe('completed');
  });

  it('lets a learner withdraw and come back with their progress', async () => {
    const fresh = await signIn(t, await createUser(t));
    const id = (await fresh.post(`/api/courses/${courseId}/enrolments`).expect(201)).body.id;
    await put(fresh, lessons.pdf, report({ opened: true })).expect(200);
    await fresh.delete(`/api/enrolments/${id}`).expect(204);
    await put(fresh, lessons.text, report({ opened: true })).expect(404);
    expect((await fresh.get('/api/me/enrolments').expect(200)).body.active).toEqual([]);
    const back = (await fresh.post(`/api/courses/${courseId}/enrolments`).expect(200)).body as EnrolmentResponse;
    expect(back).toMatchObject({ id, status: 'active', completedLessons: 1 });
  });
});

describe('progress merging: replays, duplicates and reordering lose nothing and count nothing twice', () => {
  let t: TestApp;
  let storage: string;
  let lessonIds: { text: string; video: string };
  let courseId: string;

  beforeAll(async () => {
    storage = mkdtempSync(join(tmpdir(), 'bilikti-merge-'));
    t = await createTestApp({ STORAGE_DIR: storage });
    const providerId = (await createProvider(t)).id;
    const instructor = await signIn(t, await createUser(t, { roles: ['instructor'], providerId }));
    courseId = (
      await instructor
        .post('/api/courses')
        .send({
          code: 'MRG-1',
          title: { kk: 'А', ru: 'А' },
          summary: { kk: 'Б', ru: 'Б' },
          audience: 'both',
          academicHours: 1,
        })
        .expect(201)
    ).body.id;
    const video = (
      await instructor.post('/api/media').field('courseId', courseId).attach('file', SAMPLES.mp4, 'v.mp4').expect(201)
    ).body.id;
    const module = (
      await instructor
        .post(`/api/courses/${courseId}/modules`)
        .send({ title: { kk: 'М', ru: 'М' } })
        .expect(201)
    ).body;
    const text = (
      await instructor
        .post(`/api/modules/${module.id}/lessons`)
        .send({
          type: 'text',
          title: { kk: 'Т', ru: 'Т' },
          content: { kk: { body: '<p>т</p>' }, ru: { body: '<p>т</p>' } },
        })
        .expect(201)
    ).body.id;
    const videoLesson = (
      await instructor
        .post(`/api/modules/${module.id}/lessons`)
        .send({
          type: 'video',
          title: { kk: 'В', ru: 'В' },
          content: { kk: { mediaId: video }, ru: { mediaId: video } },
        })
        .expect(201)
    ).body.id;
    lessonIds = { text, video: videoLesson };
    await instructor
      .post(`/api/courses/${courseId}/publish`)
      .send({ changeNote: { kk: 'v1', ru: 'v1' } })
      .expect(201);
  });
  afterAll(async () => {
    await t.close();
    rmSync(storage, { recursive: true, force: true });
  });

  /** A seeded shuffle, so a failure can be reproduced. */
  function shuffled<T>(items: T[], seed: number): T[] {
    const copy = [...items];
    let state = seed;
    for (let i = copy.length - 1; i > 0; i--) {
      state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
      const j = state % (i + 1);
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  }

  it('ends in the same state for every order, with every report sent up to three times', async () => {
    const events: { lessonId: string; body: ProgressReport }[] = [
      { lessonId: lessonIds.text, body: report({ opened: true, occurredAt: ago(300), timeSpentSeconds: 10 }) },
      { lessonId: lessonIds.text, body: report({ timeSpentSeconds: 40, occurredAt: ago(250) }) },
      { lessonId: lessonIds.text, body: report({ markedDone: true, occurredAt: ago(240) }) },
      {
        lessonId: lessonIds.video,
        body: report({
          opened: true,
          durationSeconds: 200,
          positionSeconds: 60,
          watched: { from: 0, to: 60, startedAt: ago(230) },
          occurredAt: ago(190),
          timeSpentSeconds: 40,
        }),
      },
      {
        lessonId: lessonIds.video,
        body: report({
          positionSeconds: 130,
          watched: { from: 50, to: 130, startedAt: ago(180) },
          occurredAt: ago(130),
          timeSpentSeconds: 50,
        }),
      },
      {
        lessonId: lessonIds.video,
        body: report({
          positionSeconds: 185,
          watched: { from: 120, to: 185, startedAt: ago(120) },
          occurredAt: ago(80),
          timeSpentSeconds: 40,
        }),
      },
    ];
    const finals: unknown[] = [];
    for (const seed of [1, 7, 42, 2026]) {
      const agent = await signIn(t, await createUser(t));
      const enrolmentId = (await agent.post(`/api/courses/${courseId}/enrolments`).expect(201)).body.id;
      // Each device makes its own report ids; resends repeat the same id.
      const own = events.map((e) => ({ lessonId: e.lessonId, body: { ...e.body, eventId: randomUUID() } }));
      const sends = shuffled(
        own.flatMap((e, i) => Array.from({ length: 1 + ((i + seed) % 3) }, () => e)),
        seed,
      );
      // Half through single reports, half through batches, as a device coming back online would.
      const half = Math.floor(sends.length / 2);
      for (const e of sends.slice(0, half)) {
        await agent.put(`/api/lessons/${e.lessonId}/progress`).send(e.body).expect(200);
      }
      const batch = (
        await agent
          .post('/api/progress/batch')
          .send({ items: sends.slice(half).map((e) => ({ lessonId: e.lessonId, ...e.body })) })
          .expect(200)
      ).body as BatchProgressResponse;
      expect(batch.results.every((r) => r.outcome !== 'rejected')).toBe(true);
      const state = (await agent.get(`/api/enrolments/${enrolmentId}`).expect(200)).body as EnrolmentResponse;
      const video = (await agent.put(`/api/lessons/${lessonIds.video}/progress`).send(events[3].body).expect(200))
        .body as LessonProgressResponse;
      finals.push({
        percent: state.percent,
        status: state.status,
        lessons: state.lessons.map(({ lessonId, status, timeSpentSeconds, positionSeconds }) => ({
          lessonId,
          status,
          timeSpentSeconds,
          positionSeconds,
        })),
        watched: video.watchedSeconds,
        continueLessonId: state.continueLessonId,
      });
    }
    expect(finals[0]).toEqual({
      percent: 100,
      status: 'completed',
      lessons: [
        { lessonId: lessonIds.text, status: 'completed', timeSpentSeconds: 50, positionSeconds: 0 },
        { lessonId: lessonIds.video, status: 'completed', timeSpentSeconds: 130, positionSeconds: 185 },
      ],
      watched: 185,
      continueLessonId: lessonIds.video,
    });
    for (const final of finals.slice(1)) expect(final).toEqual(finals[0]);
  });
  it('applies many learners’ reports arriving together, each exactly once, also when they share a statement', async () => {
    const learners: { agent: Agent; id: string }[] = [];
    for (let i = 0; i < 12; i++) {
      const agent = await signIn(t, await createUser(t));
      learners.push({ agent, id: (await agent.post(`/api/courses/${courseId}/enrolments`).expect(201)).body.id });
    }
    const reports = [
      { lessonId: lessonIds.text, body: report({ opened: true, occurredAt: ago(400), timeSpentSeconds: 10 }) },
      { lessonId: lessonIds.text, body: report({ markedDone: true, occurredAt: ago(390) }) },
      {
        lessonId: lessonIds.video,
        body: report({
          durationSeconds: 200,
          positionSeconds: 100,
          watched: { from: 0, to: 100, startedAt: ago(300) },
          occurredAt: ago(200),
          timeSpentSeconds: 100,
        }),
      },
      {
        lessonId: lessonIds.video,
        body: report({
          positionSeconds: 190,
          watched: { from: 100, to: 190, startedAt: ago(190) },
          occurredAt: ago(100),
          timeSpentSeconds: 90,
        }),
      },
    ];
    // Every learner sends every report twice, all at the same moment.
    const responses = await Promise.all(
      learners.flatMap(({ agent }) =>
        reports.flatMap(({ lessonId, body }) => {
          const own = { ...body, eventId: randomUUID() };
          return [1, 2].map(() => agent.put(`/api/lessons/${lessonId}/progress`).send(own));
        }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(responses.map(() => 200));
    for (const { agent, id } of learners) {
      const state = (await agent.get(`/api/enrolments/${id}`).expect(200)).body as EnrolmentResponse;
      expect({ status: state.status, completed: state.completedLessons, percent: state.percent }).toEqual({
        status: 'completed',
        completed: 2,
        percent: 100,
      });
      expect(state.lessons.map((l) => [l.status, l.timeSpentSeconds, l.positionSeconds])).toEqual([
        ['completed', 10, 0],
        ['completed', 190, 190],
      ]);
    }
  });

  it('answers each report of a shared statement for itself: applied, resent, unsuitable or not enrolled', async () => {
    const pool = poolOf(t.app.get(DataSource));
    const statements: number[] = [];
    const writer = new ProgressWriter(
      () =>
        Object.assign(Object.create(pool) as typeof pool, {
          query: (config: { values: unknown[][] }) => {
            statements.push(config.values[0]!.length);
            return pool.query(config as never);
          },
        }),
      { maxBatch: 50, maxInFlight: 1, stallMs: 0 },
    );
    const user = async (enrol = true) => {
      const account = await createUser(t);
      if (enrol) await (await signIn(t, account)).post(`/api/courses/${courseId}/enrolments`).expect(201);
      return account.id as string;
    };
    const [first, second, third, fourth, stranger] = [
      await user(),
      await user(),
      await user(),
      await user(),
      await user(false),
    ];
    const at = new Date(Date.now() - 60_000);
    const base: NormalisedReport = {
      occurredAt: at,
      opened: true,
      markedDone: false,
      timeSpentSeconds: 7,
      positionSeconds: 0,
      durationSeconds: null,
      watched: null,
    };
    const pending = (
      userId: string,
      lessonId: string,
      changes: Partial<NormalisedReport> = {},
      eventId = randomUUID(),
    ) => ({ eventId, userId, lessonId, report: { ...base, ...changes }, needs: null }) satisfies PendingReport;
    const resent = pending(second, lessonIds.text);
    await writer.write(resent);

    // One runs; the rest wait for it and go together in the next statement, except the second
    // report of `first`, which waits for the first.
    const results = await Promise.all([
      writer.write(pending(first, lessonIds.text)),
      writer.write(pending(first, lessonIds.text, { opened: false, markedDone: true })),
      writer.write(resent),
      writer.write({ ...pending(third, lessonIds.video), needs: 'mark_done' }),
      writer.write(pending(fourth, lessonIds.video, { durationSeconds: 100, positionSeconds: 95, watched: [0, 95] })),
      writer.write(pending(stranger, lessonIds.text)),
    ]);
    // The first report of `first` or the last of them ran alone; the others went together.
    expect(statements.slice(1).sort()).toEqual([1, 5]);
    const summary = (row: AppliedRow | undefined) =>
      row && { compatible: row.compatible, applied: row.applied, status: row.status, time: row.time_spent_seconds };
    expect(results.map(summary)).toEqual([
      { compatible: true, applied: true, status: 'in_progress', time: 7 },
      { compatible: true, applied: true, status: 'completed', time: 14 },
      { compatible: true, applied: false, status: 'in_progress', time: 7 },
      { compatible: false, applied: false, status: null, time: null },
      { compatible: true, applied: true, status: 'completed', time: 7 },
      undefined,
    ]);
    expect(results[1]).toMatchObject({ completed_lessons: 1, total_lessons: 2, enrolment_status: 'active' });
    expect(results[4]).toMatchObject({ watched_seconds: 95, completed_lessons: 1 });
  });
});
