import { randomUUID } from 'node:crypto';
import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type AttemptResponse,
  type Bilingual,
  ErrorCode,
  FieldErrorCode,
  hasRole,
  isAnswerShapeValid,
  type Position,
  type QuestionContent,
  questionCompleteness,
  type QuizBlocker,
  type QuizOverviewResponse,
  type QuizSettings,
  type SaveAnswerResponse,
} from '@bilikti/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { RequestUser } from '../../common/authenticated-request';
import { DomainError } from '../../common/domain-error';
import { poolOf } from '../../database/pool';
import type { SnapshotLesson } from '../courses/course-snapshot';
import { drawQuestions, type DrawnQuestion, presentationFor } from './attempt-draw';
import { AttemptGrading, databaseNow } from './attempt-grading';
import { feedbackReleased, storedAnswer, toAttemptQuestion, toAttemptSummary } from './attempt-view';
import type { SaveAnswerDto } from './dto/attempt.dto';
import { AttemptEntity } from './entities/attempt.entity';
import { AttemptItemEntity, type ItemPresentation } from './entities/attempt-item.entity';

/** The learner's enrolment that holds an assessment lesson, with the lesson as published. */
interface QuizLesson {
  enrolmentId: string;
  courseId: string;
  versionId: string;
  lesson: SnapshotLesson;
  quiz: QuizSettings;
  /** The database's clock at the start of the transaction. */
  now: Date;
}

/** A question of an attempt: its key, and the order its parts are shown in. */
interface AskedQuestion {
  content: QuestionContent;
  order: string[];
}

interface SavedRow {
  found: boolean;
  status: AttemptEntity['status'] | null;
  closed_by: AttemptEntity['closedBy'];
  late: boolean;
  saved: boolean;
  revision: number | null;
  answered_at: Date | null;
  answered: number;
}

/**
 * Saves one answer if the attempt is the caller's, still open and before its deadline (by the
 * database's clock), and the save is newer than the one held. `FOR SHARE` makes the save wait for
 * a submit or the deadline sweeper holding the attempt, then see it closed: an acknowledged answer
 * is always scored, and no answer is stored after the attempt closed.
 */
const SAVE_ANSWER = `
  WITH a AS (
    SELECT id, status, closed_by, (deadline_at IS NOT NULL AND deadline_at <= now()) AS late
      FROM attempts WHERE id = $1 AND user_id = $2
       FOR SHARE
  ), u AS (
    UPDATE attempt_items i
       SET answer = $4::jsonb, revision = $5, answered_at = now()
      FROM a
     WHERE a.status = 'in_progress' AND NOT a.late
       AND i.attempt_id = a.id AND i.question_id = $3 AND i.revision < $5
    RETURNING i.revision, i.answered_at
  )
  SELECT EXISTS (SELECT 1 FROM a) AS found,
         (SELECT status FROM a) AS status,
         (SELECT closed_by FROM a) AS closed_by,
         coalesce((SELECT late FROM a), false) AS late,
         EXISTS (SELECT 1 FROM u) AS saved,
         coalesce((SELECT revision FROM u), cur.revision) AS revision,
         coalesce((SELECT answered_at FROM u), cur.answered_at) AS answered_at,
         ((SELECT count(*) FROM attempt_items o
            WHERE o.attempt_id = $1 AND o.question_id <> $3 AND o.answer IS NOT NULL)
          + CASE WHEN EXISTS (SELECT 1 FROM u) THEN ($4::jsonb IS NOT NULL)::int
                 ELSE (cur.answer IS NOT NULL)::int END)::int AS answered
    FROM (SELECT 1) one
    LEFT JOIN attempt_items cur ON cur.attempt_id = $1 AND cur.question_id = $3`;

/** How many attempts' question keys are kept in memory to check answers' shapes. */
const CONTENT_CACHE_SIZE = 5000;

/**
 * The learner's side of quizzes: the quiz's rules and past attempts, starting (with the questions
 * copied into the attempt), autosaving answers, and submitting. The server's clock decides.
 */
@Injectable()
export class AttemptsService {
  /** Attempt id → its questions as asked. Attempts' copies never change, so this never goes stale. */
  private readonly contents = new Map<string, { userId: string; byQuestion: Map<string, AskedQuestion> }>();

  /** "versionId:lessonId" → the lesson's title in that published version. */
  private readonly titles = new Map<string, Bilingual | null>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly grading: AttemptGrading,
  ) {}

  async overview(caller: RequestUser, lessonId: string): Promise<QuizOverviewResponse> {
    return this.dataSource.transaction(async (manager) => {
      const target = await this.quizLesson(manager, caller.id, lessonId, false);
      const { now } = target;
      const attempts = await this.closeIfDue(
        manager,
        await manager.find(AttemptEntity, {
          where: { enrolmentId: target.enrolmentId, lessonId },
          order: { number: 'ASC' },
        }),
        now,
      );
      const counts = await itemCounts(
        manager,
        attempts.map((a) => a.id),
      );
      const open = attempts.find((a) => a.status === 'in_progress') ?? null;
      const questionCount = await this.questionCount(manager, target);
      const { quiz } = target;
      let blocker: QuizBlocker | null = null;
      if (!open) {
        if (quiz.availableFrom && new Date(quiz.availableFrom) > now) blocker = 'not_open_yet';
        else if (quiz.availableUntil && new Date(quiz.availableUntil) <= now) blocker = 'window_closed';
        else if (quiz.maxAttempts !== null && attempts.length >= quiz.maxAttempts) blocker = 'no_attempts_left';
        else if (!questionCount) blocker = 'no_questions';
      }
      const graded = attempts.filter((a) => a.status === 'graded');
      return {
        lessonId,
        courseId: target.courseId,
        enrolmentId: target.enrolmentId,
        questionCount,
        timeLimitMinutes: quiz.timeLimitMinutes,
        maxAttempts: quiz.maxAttempts,
        passPercent: quiz.passPercent,
        availableFrom: quiz.availableFrom,
        availableUntil: quiz.availableUntil,
        feedbackPolicy: quiz.feedback,
        attempts: attempts.map((a) => toAttemptSummary(a, counts.get(a.id) ?? { answered: 0, pending: 0 })),
        openAttemptId: open?.id ?? null,
        blocker,
        bestPercent: graded.length ? Math.max(...graded.map((a) => a.percent ?? 0)) : null,
        passed: attempts.some((a) => a.passed === true),
        serverNow: now.toISOString(),
      };
    });
  }

  /**
   * Starts an attempt, or returns the one in progress (`created: false`). Refused before or after
   * the quiz's window, when every attempt is used, or when the bank no longer holds its questions.
   */
  async start(caller: RequestUser, lessonId: string): Promise<{ created: boolean; attempt: AttemptResponse }> {
    const { created, attemptId, fresh } = await this.dataSource.transaction<{
      created: boolean;
      attemptId: string;
      fresh?: AttemptResponse;
    }>(async (manager) => {
      // Locks the learner's enrolment: two starts at once cannot both pass the attempt limit.
      const target = await this.quizLesson(manager, caller.id, lessonId, true);
      const { now } = target;
      const attempts = await this.closeIfDue(
        manager,
        await manager.find(AttemptEntity, { where: { enrolmentId: target.enrolmentId, lessonId } }),
        now,
      );
      const open = attempts.find((a) => a.status === 'in_progress');
      if (open) return { created: false, attemptId: open.id };

      const { quiz } = target;
      if (quiz.availableFrom && new Date(quiz.availableFrom) > now) {
        throw new DomainError(ErrorCode.QuizNotOpenYet, HttpStatus.CONFLICT, 'The quiz is not open yet', {
          availableFrom: quiz.availableFrom,
        });
      }
      if (quiz.availableUntil && new Date(quiz.availableUntil) <= now) {
        throw new DomainError(ErrorCode.QuizWindowClosed, HttpStatus.CONFLICT, 'The quiz has closed', {
          availableUntil: quiz.availableUntil,
        });
      }
      if (quiz.maxAttempts !== null && attempts.length >= quiz.maxAttempts) {
        throw new DomainError(ErrorCode.AttemptLimitReached, HttpStatus.CONFLICT, 'Every attempt is used', {
          maxAttempts: quiz.maxAttempts,
        });
      }
      const questions = drawQuestions(quiz, await this.bank(manager, target), isCompleteInBoth);
      if (!questions.length) {
        throw new DomainError(ErrorCode.QuizHasNoQuestions, HttpStatus.CONFLICT, 'The quiz has no questions to ask');
      }

      const limitEnds = quiz.timeLimitMinutes ? new Date(now.getTime() + quiz.timeLimitMinutes * 60_000) : null;
      const windowEnds = quiz.availableUntil ? new Date(quiz.availableUntil) : null;
      const deadlineAt =
        limitEnds && windowEnds ? (limitEnds < windowEnds ? limitEnds : windowEnds) : (limitEnds ?? windowEnds);
      const attempt = manager.create(AttemptEntity, {
        id: randomUUID(),
        userId: caller.id,
        enrolmentId: target.enrolmentId,
        courseId: target.courseId,
        versionId: target.versionId,
        lessonId,
        number: Math.max(0, ...attempts.map((a) => a.number)) + 1,
        status: 'in_progress',
        startedAt: now,
        deadlineAt,
        passPercent: quiz.passPercent,
        feedback: quiz.feedback,
        availableUntil: windowEnds,
        questionCount: questions.length,
        maxScore: questions.reduce((sum, q) => sum + q.points, 0),
      });
      const items = questions.map((q, index) =>
        manager.create(AttemptItemEntity, {
          attemptId: attempt.id,
          questionId: q.id,
          position: index + 1,
          type: q.content.type,
          points: q.points,
          prompt: q.prompt,
          explanation: q.explanation,
          content: q.content,
          presentation: presentationFor(q.content, quiz.shuffleOptions),
          answer: null,
          revision: 0,
          answeredAt: null,
          score: null,
          rubricScores: null,
          comment: null,
        }),
      );
      // The attempt and its questions in one statement: a storm of starts makes few round trips.
      await manager.query(
        `WITH a AS (
           INSERT INTO attempts (id, user_id, enrolment_id, course_id, version_id, lesson_id, number, status,
                                 started_at, deadline_at, pass_percent, feedback, available_until, question_count, max_score)
           VALUES ($1, $2, $3, $4, $5, $6, $7, 'in_progress', $8, $9, $10, $11, $12, $13, $14)
           RETURNING id
         )
         INSERT INTO attempt_items (attempt_id, question_id, position, type, points, prompt, explanation, content, presentation)
         SELECT a.id, x.question_id, x.position, x.type, x.points, x.prompt, x.explanation, x.content, x.presentation
           FROM a, jsonb_to_recordset($15::jsonb) AS x(question_id uuid, position int, type text, points float8,
                                                       prompt jsonb, explanation jsonb, content jsonb, presentation jsonb)`,
        [
          attempt.id,
          attempt.userId,
          attempt.enrolmentId,
          attempt.courseId,
          attempt.versionId,
          attempt.lessonId,
          attempt.number,
          attempt.startedAt,
          attempt.deadlineAt,
          attempt.passPercent,
          attempt.feedback,
          attempt.availableUntil,
          attempt.questionCount,
          attempt.maxScore,
          JSON.stringify(
            items.map((i) => ({
              question_id: i.questionId,
              position: i.position,
              type: i.type,
              points: i.points,
              prompt: i.prompt,
              explanation: i.explanation,
              content: i.content,
              presentation: i.presentation,
            })),
          ),
        ],
      );
      Object.assign(attempt, {
        closedAt: null,
        closedBy: null,
        gradedAt: null,
        score: null,
        percent: null,
        passed: null,
      });
      // Answered from what was just written: nothing to read back.
      return {
        created: true,
        attemptId: attempt.id,
        fresh: present(attempt, items, now, target.lesson.title, 'learner'),
      };
    });
    return { created, attempt: fresh ?? (await this.get(caller, attemptId)) };
  }

  /**
   * An attempt for its learner (keys only once the feedback policy releases them) or for the
   * course's authors and admins (everything). Past its deadline it is closed and scored first.
   */
  async get(caller: RequestUser, attemptId: string): Promise<AttemptResponse> {
    let attempt = await this.dataSource.manager.findOneBy(AttemptEntity, { id: attemptId });
    if (!attempt) throw DomainError.notFound('Attempt');
    const own = attempt.userId === caller.id;
    if (!own && !(await isCourseAuthor(this.dataSource.manager, caller, attempt.courseId))) {
      throw DomainError.notFound('Attempt');
    }
    // Near or past its deadline (with slack for the clocks of the app and the database): closed
    // and scored first if the database's clock says the time is up.
    if (attempt.status === 'in_progress' && attempt.deadlineAt && attempt.deadlineAt.getTime() <= Date.now() + 5_000) {
      attempt = await this.dataSource.transaction(async (manager) => {
        const locked = await this.grading.lock(manager, attemptId);
        if (!locked) throw DomainError.notFound('Attempt');
        const now = await databaseNow(manager);
        return locked.deadlineAt && locked.deadlineAt <= now
          ? (await this.grading.close(manager, locked, now)).attempt
          : locked;
      });
    }
    return this.respond(this.dataSource.manager, attempt, own ? 'learner' : 'instructor');
  }

  async saveAnswer(
    caller: RequestUser,
    attemptId: string,
    questionId: string,
    body: SaveAnswerDto,
  ): Promise<SaveAnswerResponse> {
    const asked = (await this.questionContents(caller.id, attemptId)).get(questionId);
    if (!asked) throw DomainError.notFound('Question');
    const { content, order } = asked;
    const answer = body.answer === null ? null : storedAnswer(content, order, body.answer);
    if (body.answer !== null && (!answer || !isAnswerShapeValid(content, answer))) {
      throw DomainError.validation({ answer: { code: FieldErrorCode.InvalidValue, params: { type: content.type } } });
    }
    const { rows } = await poolOf(this.dataSource).query<SavedRow>({
      name: 'save-attempt-answer',
      text: SAVE_ANSWER,
      values: [attemptId, caller.id, questionId, answer === null ? null : JSON.stringify(answer), body.revision],
    });
    const [row] = rows;
    if (!row?.found) throw DomainError.notFound('Attempt');
    if (!row.saved) {
      if (row.late || row.closed_by === 'deadline') {
        throw new DomainError(ErrorCode.AttemptDeadlinePassed, HttpStatus.CONFLICT, 'The attempt is past its deadline');
      }
      if (row.status !== 'in_progress') {
        throw new DomainError(ErrorCode.AttemptClosed, HttpStatus.CONFLICT, 'The attempt is closed');
      }
    }
    // Not saved but open and in time: the server already holds this revision or a newer one.
    return {
      questionId,
      revision: row.revision ?? 0,
      savedAt: (row.answered_at ?? new Date()).toISOString(),
      answeredCount: row.answered,
    };
  }

  /** Submits the caller's attempt. Idempotent: a closed attempt answers its result again. */
  async submit(caller: RequestUser, attemptId: string): Promise<AttemptResponse> {
    const { attempt, items, now } = await this.dataSource.transaction(async (manager) => {
      const locked = await this.grading.lock(manager, attemptId);
      if (!locked || locked.userId !== caller.id) throw DomainError.notFound('Attempt');
      const at = await databaseNow(manager);
      return { ...(await this.grading.close(manager, locked, at)), now: at };
    });
    // Just closed: answered from the items it scored. Closed before: read as any attempt.
    if (!items) return this.respond(this.dataSource.manager, attempt, 'learner');
    return present(attempt, items, now, await this.lessonTitle(attempt), 'learner');
  }

  /** The attempt with its questions, answers and (as allowed) keys, for the learner or an instructor. */
  private async respond(
    manager: EntityManager,
    attempt: AttemptEntity,
    viewer: 'learner' | 'instructor',
  ): Promise<AttemptResponse> {
    const [items, now, title, learner] = await Promise.all([
      manager.find(AttemptItemEntity, { where: { attemptId: attempt.id }, order: { position: 'ASC' } }),
      databaseNow(manager),
      this.lessonTitle(attempt),
      viewer === 'instructor' ? this.learner(manager, attempt.userId) : undefined,
    ]);
    return present(attempt, items, now, title, viewer, learner);
  }

  /** Who took the attempt, as instructors see it. */
  private async learner(manager: EntityManager, userId: string): Promise<AttemptResponse['learner']> {
    const [row] = (await manager.query('SELECT full_name, region_code, position FROM users WHERE id = $1', [
      userId,
    ])) as { full_name: string; region_code: string | null; position: Position | null }[];
    return row && { id: userId, fullName: row.full_name, regionCode: row.region_code, position: row.position };
  }

  /** The lesson's title in the attempt's version (published versions never change, so it is kept). */
  private async lessonTitle(attempt: AttemptEntity): Promise<Bilingual | null> {
    const key = `${attempt.versionId}:${attempt.lessonId}`;
    if (!this.titles.has(key)) {
      const rows = (await this.dataSource.query(
        `SELECT lesson->'title' AS title FROM course_version_lessons WHERE version_id = $1 AND lesson_id = $2`,
        [attempt.versionId, attempt.lessonId],
      )) as { title: Bilingual }[];
      if (this.titles.size >= CONTENT_CACHE_SIZE) this.titles.clear();
      this.titles.set(key, rows[0]?.title ?? null);
    }
    return this.titles.get(key) ?? null;
  }

  /** Closes and scores, in the caller's transaction, those of the attempts whose deadline has passed. */
  private async closeIfDue(manager: EntityManager, attempts: AttemptEntity[], now: Date): Promise<AttemptEntity[]> {
    const result: AttemptEntity[] = [];
    for (const attempt of attempts) {
      if (attempt.status === 'in_progress' && attempt.deadlineAt && attempt.deadlineAt <= now) {
        const locked = await this.grading.lock(manager, attempt.id);
        result.push(locked ? (await this.grading.close(manager, locked, now)).attempt : attempt);
      } else {
        result.push(attempt);
      }
    }
    return result;
  }

  /** The caller's enrolment holding the assessment lesson; 404 when there is none (or it is withdrawn). */
  private async quizLesson(
    manager: EntityManager,
    userId: string,
    lessonId: string,
    lock: boolean,
  ): Promise<QuizLesson> {
    const rows = (await manager.query(
      `SELECT e.id AS enrolment_id, e.course_id, e.version_id, vl.lesson, now() AS now
         FROM enrolments e
         JOIN course_version_lessons vl ON vl.version_id = e.version_id AND vl.lesson_id = $2
        WHERE e.user_id = $1 AND e.status <> 'withdrawn' AND vl.completion = 'assessment'
        ${lock ? 'FOR UPDATE OF e' : ''}`,
      [userId, lessonId],
    )) as { enrolment_id: string; course_id: string; version_id: string; lesson: SnapshotLesson; now: Date }[];
    const row = rows[0];
    if (!row?.lesson.quiz) throw DomainError.notFound('Lesson');
    return {
      enrolmentId: row.enrolment_id,
      courseId: row.course_id,
      versionId: row.version_id,
      lesson: row.lesson,
      quiz: row.lesson.quiz,
      now: row.now,
    };
  }

  /** The bank questions the quiz may ask: its fixed questions, or those carrying a pool's tag. */
  private async bank(manager: EntityManager, target: QuizLesson): Promise<DrawnQuestion[]> {
    const { quiz } = target;
    const rows = (await manager.query(
      `SELECT id, tags, points, prompt_kk, prompt_ru, explanation_kk, explanation_ru, content
         FROM questions
        WHERE course_id = $1 AND deleted_at IS NULL
          AND ${quiz.mode === 'fixed' ? 'id = ANY($2::uuid[])' : 'tags && $2::text[]'}`,
      [target.courseId, quiz.mode === 'fixed' ? quiz.questionIds : quiz.pools.map((p) => p.tag)],
    )) as {
      id: string;
      tags: string[];
      points: number;
      prompt_kk: string;
      prompt_ru: string;
      explanation_kk: string;
      explanation_ru: string;
      content: QuestionContent;
    }[];
    return rows.map((r) => ({
      id: r.id,
      tags: r.tags,
      points: r.points,
      prompt: { kk: r.prompt_kk, ru: r.prompt_ru },
      explanation: { kk: r.explanation_kk, ru: r.explanation_ru },
      content: r.content,
    }));
  }

  /** How many questions an attempt asks: the fixed ones still in the bank, or the pools' draws. */
  private async questionCount(manager: EntityManager, target: QuizLesson): Promise<number> {
    const { quiz } = target;
    if (quiz.mode === 'pools') return quiz.pools.reduce((sum, p) => sum + p.count, 0);
    if (!quiz.questionIds.length) return 0;
    const [row] = (await manager.query(
      'SELECT count(*)::int AS n FROM questions WHERE course_id = $1 AND id = ANY($2::uuid[]) AND deleted_at IS NULL',
      [target.courseId, quiz.questionIds],
    )) as { n: number }[];
    return row.n;
  }

  /** The attempt's questions as asked, loaded once per attempt and only for its own learner. */
  private async questionContents(userId: string, attemptId: string): Promise<Map<string, AskedQuestion>> {
    const cached = this.contents.get(attemptId);
    if (cached) return cached.userId === userId ? cached.byQuestion : new Map();
    const rows = (await this.dataSource.query(
      `SELECT a.user_id, i.question_id, i.content, i.presentation
         FROM attempts a JOIN attempt_items i ON i.attempt_id = a.id
        WHERE a.id = $1`,
      [attemptId],
    )) as { user_id: string; question_id: string; content: QuestionContent; presentation: ItemPresentation }[];
    if (!rows.length) return new Map();
    const entry = {
      userId: rows[0].user_id,
      byQuestion: new Map(rows.map((r) => [r.question_id, { content: r.content, order: r.presentation.order }])),
    };
    if (this.contents.size >= CONTENT_CACHE_SIZE) {
      const oldest = this.contents.keys().next().value;
      if (oldest !== undefined) this.contents.delete(oldest);
    }
    this.contents.set(attemptId, entry);
    return entry.userId === userId ? entry.byQuestion : new Map();
  }
}

/** The attempt with its questions and answers; keys only for instructors or once feedback is released. */
function present(
  attempt: AttemptEntity,
  items: AttemptItemEntity[],
  now: Date,
  title: Bilingual | null,
  viewer: 'learner' | 'instructor',
  learner?: AttemptResponse['learner'],
): AttemptResponse {
  const released = feedbackReleased(attempt, now);
  const withKeys = viewer === 'instructor' || released;
  return {
    ...toAttemptSummary(attempt, {
      answered: items.filter((i) => i.answer !== null).length,
      pending: attempt.status === 'in_progress' ? 0 : items.filter((i) => i.score === null).length,
    }),
    ...(learner && { learner }),
    courseId: attempt.courseId,
    lessonTitle: title ?? { kk: '', ru: '' },
    serverNow: now.toISOString(),
    feedbackPolicy: attempt.feedback,
    feedbackReleased: withKeys,
    feedbackAt:
      attempt.feedback === 'after_close' && attempt.availableUntil ? attempt.availableUntil.toISOString() : null,
    questions: items.map((item) => toAttemptQuestion(item, withKeys)),
  };
}

const isCompleteInBoth = (q: DrawnQuestion) => {
  const complete = questionCompleteness(q.prompt, q.content);
  return complete.kk && complete.ru;
};

/** Answered questions, and (for closed attempts) parts still to grade, per attempt. */
export async function itemCounts(
  manager: EntityManager,
  attemptIds: string[],
): Promise<Map<string, { answered: number; pending: number }>> {
  if (!attemptIds.length) return new Map();
  const rows = (await manager.query(
    `SELECT i.attempt_id,
            count(*) FILTER (WHERE i.answer IS NOT NULL)::int AS answered,
            count(*) FILTER (WHERE i.score IS NULL AND a.status <> 'in_progress')::int AS pending
       FROM attempt_items i JOIN attempts a ON a.id = i.attempt_id
      WHERE i.attempt_id = ANY($1::uuid[])
      GROUP BY i.attempt_id`,
    [attemptIds],
  )) as { attempt_id: string; answered: number; pending: number }[];
  return new Map(rows.map((r) => [r.attempt_id, { answered: r.answered, pending: r.pending }]));
}

/** Whether the caller authors the course (or is an admin): who may see and grade its attempts. */
export async function isCourseAuthor(manager: EntityManager, caller: RequestUser, courseId: string): Promise<boolean> {
  if (hasRole(caller, 'admin')) return true;
  if (!hasRole(caller, 'instructor')) return false;
  const rows: unknown[] = await manager.query('SELECT 1 FROM course_authors WHERE course_id = $1 AND user_id = $2', [
    courseId,
    caller.id,
  ]);
  return rows.length > 0;
}
