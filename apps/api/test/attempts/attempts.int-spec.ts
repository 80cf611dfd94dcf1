import type { AttemptResponse, QuizOverviewResponse, SaveAnswerResponse } from '@bilikti/contracts';
import { AttemptSweeper } from '../../src/modules/attempts/attempt-sweeper';
import { createProvider, createUser, signIn } from '../support/factories';
import { asShown, createQuizCourse, EVERY_TYPE, type QuizCourse } from '../support/quiz-course';
import { createTestApp, type TestApp } from '../support/test-app';

type Agent = Awaited<ReturnType<typeof signIn>>;

describe('attempts: server-timed, autosaved, graded, and keys kept secret', () => {
  let t: TestApp;
  let author: Agent;
  let strangerInstructor: Agent;
  let learner: Agent;
  let other: Agent;
  let course: QuizCourse;
  /** Lessons: 0 main (after_submit, 2 attempts), 1 feedback none, 2 opens tomorrow, 3 after_close, 4 pools. */
  let lessons: string[];

  beforeAll(async () => {
    t = await createTestApp({ ATTEMPT_SWEEP_SECONDS: '0' });
    const providerId = (await createProvider(t)).id;
    author = await signIn(t, await createUser(t, { roles: ['instructor'], providerId }));
    strangerInstructor = await signIn(t, await createUser(t, { roles: ['instructor'], providerId }));
    learner = await signIn(t, await createUser(t, { fullName: 'Ерлан Сапаров' }));
    other = await signIn(t, await createUser(t));
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
    const nextWeek = new Date(Date.now() + 7 * 86_400_000).toISOString();
    course = await createQuizCourse(author, 'ATT-1', [
      {},
      { feedback: 'none', maxAttempts: null },
      { availableFrom: tomorrow, availableUntil: nextWeek },
      { feedback: 'after_close', availableUntil: nextWeek },
      { mode: 'pools', pools: [{ tag: 'law', count: 2 }], shuffleQuestions: true },
    ]);
    lessons = course.lessonIds;
    for (const agent of [learner, other]) {
      await agent.post(`/api/courses/${course.courseId}/enrolments`).expect(201);
    }
  });
  afterAll(() => t.close());

  const start = (agent: Agent, lessonId: string) => agent.post(`/api/lessons/${lessonId}/attempts`);
  const save = (agent: Agent, attemptId: string, questionId: string, answer: unknown, revision: number) =>
    agent.put(`/api/attempts/${attemptId}/answers/${questionId}`).send({ answer, revision });
  const overview = async (agent: Agent, lessonId: string) =>
    (await agent.get(`/api/lessons/${lessonId}/quiz`).expect(200)).body as QuizOverviewResponse;
  const questionId = (index: number) => course.questionIds[index];

  describe('the main quiz (feedback after submit, two attempts)', () => {
    let attempt: AttemptResponse;

    it('shows the rules before starting', async () => {
      const quiz = await overview(learner, lessons[0]);
      expect(quiz).toMatchObject({
        questionCount: EVERY_TYPE.length,
        timeLimitMinutes: 30,
        maxAttempts: 2,
        passPercent: 60,
        feedbackPolicy: 'after_submit',
        attempts: [],
        openAttemptId: null,
        blocker: null,
        passed: false,
      });
    });

    it('starts with a server deadline and questions without any key', async () => {
      const response = await start(learner, lessons[0]).expect(201);
      attempt = response.body;
      expect(attempt).toMatchObject({ number: 1, status: 'in_progress', questionCount: 8, result: null });
      const deadline = Date.parse(attempt.deadlineAt!) - Date.parse(attempt.startedAt);
      expect(deadline).toBe(30 * 60_000);
      expect(attempt.questions.map((q) => q.questionId)).toEqual(course.questionIds);
      expect(attempt.questions.every((q) => q.feedback === null)).toBe(true);
      const text = JSON.stringify(attempt);
      for (const secret of [
        'correctOptionId',
        'correctOptionIds',
        '"correct"',
        'accepted',
        'Маслихат"]',
        'tolerance',
      ]) {
        expect(text).not.toContain(secret);
      }
      expect(text).not.toContain('Бюджет утверждает маслихат.'); // the explanation
      // Matching right-hand sides and ordering items go by their place on the screen, not their ids.
      const matching = attempt.questions[3].view;
      expect(matching.type === 'matching' && matching.right.map((r) => r.id).sort()).toEqual(['r1', 'r2']);
      const shown = attempt.questions[4].view;
      expect(shown.type === 'ordering' && shown.items.map((i) => i.id)).toEqual(['o1', 'o2', 'o3']);
      const ordering = attempt.questions[4].view;
      expect(ordering.type === 'ordering' && ordering.items.map((i) => i.text.ru)).not.toEqual([
        'Проект',
        'Обсуждение',
        'Утверждение',
      ]);
    });

    it('resumes the attempt in progress instead of starting another', async () => {
      const again = await start(learner, lessons[0]).expect(200);
      expect(again.body.id).toBe(attempt.id);
      expect((await overview(learner, lessons[0])).openAttemptId).toBe(attempt.id);
    });

    it('saves answers one by one, keeping the newest revision whatever order saves arrive in', async () => {
      for (const [index, { request, right }] of EVERY_TYPE.entries()) {
        const shown = asShown(attempt.questions[index], request, right);
        const saved = (await save(learner, attempt.id, questionId(index), shown, 5).expect(200))
          .body as SaveAnswerResponse;
        expect(saved).toMatchObject({ questionId: questionId(index), revision: 5, answeredCount: index + 1 });
      }
      // A late, older save of a wrong answer changes nothing.
      const late = await save(learner, attempt.id, questionId(0), EVERY_TYPE[0].wrong, 3).expect(200);
      expect(late.body.revision).toBe(5);
      // Resending the same save is harmless.
      await save(learner, attempt.id, questionId(0), EVERY_TYPE[0].right, 5).expect(200);
      const stored = (await learner.get(`/api/attempts/${attempt.id}`).expect(200)).body as AttemptResponse;
      expect(stored.questions[0]).toMatchObject({ answer: EVERY_TYPE[0].right, revision: 5 });
      expect(stored.answeredCount).toBe(8);
    });

    it('refuses answers of the wrong shape, of other learners and for questions not asked', async () => {
      const before = (await learner.get(`/api/attempts/${attempt.id}`).expect(200)).body as AttemptResponse;
      const wrongShape = await save(learner, attempt.id, questionId(0), { type: 'single_choice', optionId: 'z' }, 9);
      expect(wrongShape.status).toBe(422);
      expect(wrongShape.body.fields.answer.code).toBe('invalidValue');
      await save(learner, attempt.id, questionId(0), { type: 'true_false', value: true }, 9).expect(422);
      await save(learner, attempt.id, questionId(2), { type: 'true_false', value: 'yes' }, 9).expect(422);
      await save(learner, attempt.id, questionId(0), EVERY_TYPE[0].right, 0).expect(422);
      await save(other, attempt.id, questionId(0), EVERY_TYPE[0].wrong, 9).expect(404);
      await other.get(`/api/attempts/${attempt.id}`).expect(404);
      await other.post(`/api/attempts/${attempt.id}/submit`).expect(404);
      await save(learner, attempt.id, '00000000-0000-4000-8000-000000000000', EVERY_TYPE[0].right, 9).expect(404);
      const after = (await learner.get(`/api/attempts/${attempt.id}`).expect(200)).body as AttemptResponse;
      expect(after.questions).toEqual(before.questions);
    });

    it('keeps its copy of the questions when the bank is edited', async () => {
      const question = (await author.get(`/api/questions/${questionId(2)}`).expect(200)).body;
      await author
        .patch(`/api/questions/${questionId(2)}`)
        .send({ version: question.version, content: { type: 'true_false', correct: false } })
        .expect(200);
    });

    it('submits once: scores closed types, leaves the essay for grading, and shows the keys', async () => {
      const submitted = (await learner.post(`/api/attempts/${attempt.id}/submit`).expect(200)).body as AttemptResponse;
      expect(submitted).toMatchObject({
        status: 'pending_grading',
        closedBy: 'submitted',
        pendingCount: 1,
        feedbackReleased: true,
        result: { score: 9, maxScore: 13, percent: 69, passPercent: 60, passed: null },
      });
      // The bank's edit came after the start: the attempt still scores "true" as right.
      expect(submitted.questions[2].feedback).toMatchObject({ score: 1, key: { type: 'true_false', correct: true } });
      expect(submitted.questions[7].feedback?.score).toBeNull();
      const again = (await learner.post(`/api/attempts/${attempt.id}/submit`).expect(200)).body;
      expect(again).toEqual({ ...submitted, serverNow: again.serverNow });
    });

    it('refuses answers after submitting, with the reason', async () => {
      const refused = await save(learner, attempt.id, questionId(0), EVERY_TYPE[0].wrong, 50).expect(409);
      expect(refused.body.code).toBe('attempts.closed');
    });

    it('lists the essay in the grading queue of the course authors only', async () => {
      const queue = (await author.get('/api/grading-queue').expect(200)).body;
      expect(queue.items).toEqual([
        expect.objectContaining({
          attemptId: attempt.id,
          pendingCount: 1,
          learner: expect.objectContaining({ fullName: 'Ерлан Сапаров' }),
        }),
      ]);
      expect((await strangerInstructor.get('/api/grading-queue').expect(200)).body.total).toBe(0);
      await learner.get('/api/grading-queue').expect(403);
    });

    it('grades the essay against its rubric, refusing bad grades; the pass completes the lesson', async () => {
      const bad = await author
        .post(`/api/attempts/${attempt.id}/grades`)
        .send({
          grades: [
            { questionId: questionId(0), rubricScores: {} },
            { questionId: questionId(7), rubricScores: { facts: 6 } },
          ],
        })
        .expect(422);
      expect(bad.body.fields).toEqual({
        'grades.0.questionId': { code: 'notEssay' },
        'grades.1.rubricScores.facts': { code: 'outOfRange', params: { min: 0, max: 5 } },
        'grades.1.rubricScores.dialogue': { code: 'required' },
      });
      await strangerInstructor
        .post(`/api/attempts/${attempt.id}/grades`)
        .send({ grades: [{ questionId: questionId(7), rubricScores: { facts: 5, dialogue: 5 } }] })
        .expect(404);
      await learner
        .post(`/api/attempts/${attempt.id}/grades`)
        .send({ grades: [{ questionId: questionId(7), rubricScores: { facts: 5, dialogue: 5 } }] })
        .expect(403);

      const graded = (
        await author
          .post(`/api/attempts/${attempt.id}/grades`)
          .send({
            grades: [{ questionId: questionId(7), rubricScores: { facts: 5, dialogue: 3 }, comment: ' Жақсы ' }],
          })
          .expect(200)
      ).body as AttemptResponse;
      expect(graded).toMatchObject({
        status: 'graded',
        pendingCount: 0,
        result: { score: 12.2, percent: 93, passed: true },
        learner: { fullName: 'Ерлан Сапаров', regionCode: 'KZ-11', position: 'rural_akim' },
      });
      expect(graded.questions[7].feedback).toMatchObject({ rubricScores: { facts: 5, dialogue: 3 }, comment: 'Жақсы' });

      const enrolment = (await learner.get('/api/me/enrolments').expect(200)).body.active[0];
      const progress = (await learner.get(`/api/enrolments/${enrolment.id}`).expect(200)).body;
      expect(progress.lessons.find((l: { lessonId: string }) => l.lessonId === lessons[0]).status).toBe('completed');
      expect((await overview(learner, lessons[0])).passed).toBe(true);
      expect((await author.get('/api/grading-queue').expect(200)).body.total).toBe(0);
    });

    it('allows the second attempt and refuses a third', async () => {
      const second = (await start(learner, lessons[0]).expect(201)).body as AttemptResponse;
      expect(second.number).toBe(2);
      await learner.post(`/api/attempts/${second.id}/submit`).expect(200);
      const refused = await start(learner, lessons[0]).expect(409);
      expect(refused.body).toMatchObject({ code: 'attempts.limitReached', params: { maxAttempts: 2 } });
      expect((await overview(learner, lessons[0])).blocker).toBe('no_attempts_left');
    });

    it('gives instructors the attempts, item statistics and exports; others get 404', async () => {
      const list = (await author.get(`/api/lessons/${lessons[0]}/attempts`).expect(200)).body;
      expect(list.total).toBe(2);
      expect(list.items[0]).toMatchObject({ number: 2, learner: { fullName: 'Ерлан Сапаров' } });
      expect(
        (await author.get(`/api/lessons/${lessons[0]}/attempts`).query({ status: 'graded', q: 'ерлан' }).expect(200))
          .body.total,
      ).toBe(2);
      expect(
        (await author.get(`/api/lessons/${lessons[0]}/attempts`).query({ q: 'nobody' }).expect(200)).body.total,
      ).toBe(0);
      await author.get(`/api/lessons/${lessons[0]}/attempts`).query({ status: 'lost' }).expect(422);
      await strangerInstructor.get(`/api/lessons/${lessons[0]}/attempts`).expect(404);
      await learner.get(`/api/lessons/${lessons[0]}/attempts`).expect(403);

      const stats = (await author.get(`/api/lessons/${lessons[0]}/item-stats`).expect(200)).body;
      expect(stats.attempts).toBe(2);
      expect(stats.items).toHaveLength(8);
      expect(stats.items[0]).toMatchObject({ questionId: questionId(0), responses: 2, facility: 0.5 });

      const csv = await author
        .get(`/api/lessons/${lessons[0]}/attempts/export`)
        .query({ format: 'csv', locale: 'kk' })
        .expect(200);
      expect(csv.headers['content-type']).toContain('text/csv');
      expect(csv.headers['content-disposition']).toMatch(/^attachment; filename="results-.*\.csv"$/);
      expect(csv.text).toContain('Ерлан Сапаров');
      expect(csv.text.split('\r\n')[0]).toContain('Тыңдаушы');
      // The export holds what the results page's filters let through.
      const filtered = await author
        .get(`/api/lessons/${lessons[0]}/attempts/export`)
        .query({ format: 'csv', locale: 'kk', q: 'nobody' })
        .expect(200);
      expect(filtered.text.trim().split('\r\n')).toHaveLength(1);
      const graded = await author
        .get(`/api/lessons/${lessons[0]}/attempts/export`)
        .query({ format: 'csv', status: 'graded', q: 'ерлан' })
        .expect(200);
      expect(graded.text.trim().split('\r\n')).toHaveLength(3);
      await author
        .get(`/api/lessons/${lessons[0]}/attempts/export`)
        .query({ format: 'csv', status: 'lost' })
        .expect(422);
      const xlsx = await author
        .get(`/api/lessons/${lessons[0]}/attempts/export`)
        .query({ format: 'xlsx' })
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200);
      expect((xlsx.body as Buffer).subarray(0, 2).toString()).toBe('PK');
      await author.get(`/api/lessons/${lessons[0]}/attempts/export`).query({ format: 'pdf' }).expect(422);
    });
  });

  describe('timing', () => {
    it('refuses saves after the deadline and the sweeper closes the attempt, scoring what was saved', async () => {
      const attempt = (await start(other, lessons[0]).expect(201)).body as AttemptResponse;
      await save(other, attempt.id, questionId(0), EVERY_TYPE[0].right, 1).expect(200);
      await t.dataSource.query(`UPDATE attempts SET deadline_at = now() - interval '1 second' WHERE id = $1`, [
        attempt.id,
      ]);
      const late = await save(other, attempt.id, questionId(1), EVERY_TYPE[1].right, 1).expect(409);
      expect(late.body.code).toBe('attempts.deadlinePassed');

      expect(await t.app.get(AttemptSweeper).sweep()).toBeGreaterThanOrEqual(1);
      const closed = (await other.get(`/api/attempts/${attempt.id}`).expect(200)).body as AttemptResponse;
      expect(closed).toMatchObject({
        status: 'graded',
        closedBy: 'deadline',
        closedAt: attempt.deadlineAt ? expect.any(String) : null,
        result: { score: 1, passed: false },
      });
      const again = await save(other, attempt.id, questionId(1), EVERY_TYPE[1].right, 2).expect(409);
      expect(again.body.code).toBe('attempts.deadlinePassed');
    });

    it('closes an overdue attempt when its learner comes back, before the sweeper runs', async () => {
      const attempt = (await start(other, lessons[1]).expect(201)).body as AttemptResponse;
      await t.dataSource.query(`UPDATE attempts SET deadline_at = now() - interval '1 second' WHERE id = $1`, [
        attempt.id,
      ]);
      const quiz = await overview(other, lessons[1]);
      expect(quiz.openAttemptId).toBeNull();
      expect(quiz.attempts[0]).toMatchObject({ status: 'graded', closedBy: 'deadline' });
    });

    it('scores every answer it acknowledged when saves race the submit, and stores none after it', async () => {
      const racer = await signIn(t, await createUser(t));
      await racer.post(`/api/courses/${course.courseId}/enrolments`).expect(201);
      const attempt = (await start(racer, lessons[1]).expect(201)).body as AttemptResponse;
      // Questions whose keys no other test edits.
      const racing = [0, 1, 5, 6];
      const [submitted, ...saves] = await Promise.all([
        racer.post(`/api/attempts/${attempt.id}/submit`),
        ...racing.map((i) => save(racer, attempt.id, questionId(i), EVERY_TYPE[i].right, 1)),
      ]);
      expect(submitted.status).toBe(200);
      for (const response of saves) expect([200, 409]).toContain(response.status);
      const acknowledged = racing.filter((_, k) => saves[k].status === 200);
      const final = (await racer.get(`/api/attempts/${attempt.id}`).expect(200)).body as AttemptResponse;
      expect(final.result?.score).toBe(acknowledged.reduce((sum, i) => sum + EVERY_TYPE[i].request.points, 0));
      expect(final.answeredCount).toBe(acknowledged.length);
    });

    it('refuses to start before the window opens', async () => {
      const refused = await start(learner, lessons[2]).expect(409);
      expect(refused.body.code).toBe('attempts.notOpenYet');
      expect((await overview(learner, lessons[2])).blocker).toBe('not_open_yet');
    });

    it('lets only one of two simultaneous starts create an attempt', async () => {
      const [a, b] = await Promise.all([start(learner, lessons[1]), start(learner, lessons[1])]);
      expect([a.status, b.status].sort()).toEqual([200, 201]);
      expect(a.body.id).toBe(b.body.id);
    });
  });

  describe('feedback policies', () => {
    it('never shows keys with "none", only the result', async () => {
      const attempt = (await start(learner, lessons[1]).expect(200)).body as AttemptResponse;
      const submitted = (await learner.post(`/api/attempts/${attempt.id}/submit`).expect(200)).body as AttemptResponse;
      expect(submitted.feedbackReleased).toBe(false);
      expect(submitted.result).toMatchObject({ score: 0 });
      expect(submitted.questions.every((q) => q.feedback === null)).toBe(true);
      expect(JSON.stringify(submitted)).not.toContain('correctOptionId');
    });

    it('shows keys with "after_close" only once the window has closed', async () => {
      const attempt = (await start(learner, lessons[3]).expect(201)).body as AttemptResponse;
      const submitted = (await learner.post(`/api/attempts/${attempt.id}/submit`).expect(200)).body as AttemptResponse;
      expect(submitted.feedbackReleased).toBe(false);
      expect(submitted.feedbackAt).not.toBeNull();
      await t.dataSource.query(`UPDATE attempts SET available_until = now() - interval '1 second' WHERE id = $1`, [
        attempt.id,
      ]);
      const later = (await learner.get(`/api/attempts/${attempt.id}`).expect(200)).body as AttemptResponse;
      expect(later.feedbackReleased).toBe(true);
      expect(later.questions[0].feedback?.key).toMatchObject({ correctOptionId: 'a' });
    });

    it('draws pool questions at random, never the same one twice', async () => {
      const attempt = (await start(learner, lessons[4]).expect(201)).body as AttemptResponse;
      const ids = attempt.questions.map((q) => q.questionId);
      expect(ids).toHaveLength(2);
      expect(new Set(ids).size).toBe(2);
      const law = [3, 4, 5, 6].map(questionId);
      expect(ids.every((id) => law.includes(id))).toBe(true);
    });
  });

  it("answers 404 for quizzes outside the learner's enrolments", async () => {
    const outsider = await signIn(t, await createUser(t));
    await outsider.get(`/api/lessons/${lessons[0]}/quiz`).expect(404);
    await start(outsider, lessons[0]).expect(404);
  });
});
