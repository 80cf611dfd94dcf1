import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type AttemptResponse,
  type AttemptSummary,
  type Bilingual,
  ErrorCode,
  type FieldError,
  FieldErrorCode,
  type GradingQueueItem,
  hasRole,
  type ItemStatsResponse,
  LIMITS,
  type Locale,
  type Page,
  type Position,
  type QuestionType,
} from '@bilikti/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { RequestUser } from '../../common/authenticated-request';
import { DomainError } from '../../common/domain-error';
import { isPlainObject } from '../../common/is-plain-object';
import { likePattern } from '../../common/like-pattern';
import { AttemptGrading, databaseNow } from './attempt-grading';
import { toAttemptSummary } from './attempt-view';
import { AttemptsService, isCourseAuthor, itemCounts } from './attempts.service';
import type { GradeAttemptDto, ListAttemptsQueryDto, PageQueryDto } from './dto/attempt.dto';
import { AttemptEntity } from './entities/attempt.entity';
import { AttemptItemEntity } from './entities/attempt-item.entity';

interface LearnerRow {
  user_id: string;
  full_name: string;
  email: string;
  region_code: string | null;
  position: Position | null;
}

/** One row of a results export. */
export interface ResultRow {
  fullName: string;
  email: string;
  /** The region's name in the export's language. */
  region: string | null;
  position: Position | null;
  number: number;
  status: AttemptEntity['status'];
  closedBy: AttemptEntity['closedBy'];
  startedAt: Date;
  closedAt: Date | null;
  questionCount: number;
  answered: number;
  score: number | null;
  maxScore: number;
  percent: number | null;
  passed: boolean | null;
}

/** Rows an export holds at most (a quiz's attempts across the country fit well within it). */
const EXPORT_MAX_ROWS = 100_000;

/**
 * The instructors' side of quizzes: attempts per quiz, item statistics, the grading queue, and
 * hand grading of essays. Only the course's authors and admins see any of it; others get 404.
 */
@Injectable()
export class AttemptResultsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly grading: AttemptGrading,
    private readonly attempts: AttemptsService,
  ) {}

  async list(caller: RequestUser, lessonId: string, query: ListAttemptsQueryDto): Promise<Page<AttemptSummary>> {
    await this.assertAuthorOfLesson(caller, lessonId);
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? LIMITS.pageSizeDefault;
    const { where, params } = filters(lessonId, query);
    const manager = this.dataSource.manager;
    const [{ total }] = (await manager.query(
      `SELECT count(*)::int AS total FROM attempts a JOIN users u ON u.id = a.user_id WHERE ${where}`,
      params,
    )) as { total: number }[];
    const rows = (await manager.query(
      `SELECT a.id, u.id AS user_id, u.full_name, u.email, u.region_code, u.position
         FROM attempts a JOIN users u ON u.id = a.user_id
        WHERE ${where}
        ORDER BY a.started_at DESC, a.id
        LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
      params,
    )) as (LearnerRow & { id: string })[];
    const entities = new Map(
      (
        await manager.findBy(
          AttemptEntity,
          rows.map((r) => ({ id: r.id })),
        )
      ).map((a) => [a.id, a]),
    );
    const counts = await itemCounts(
      manager,
      rows.map((r) => r.id),
    );
    const items = rows.flatMap((row) => {
      const attempt = entities.get(row.id);
      if (!attempt) return [];
      return [
        { ...toAttemptSummary(attempt, counts.get(row.id) ?? { answered: 0, pending: 0 }), learner: learner(row) },
      ];
    });
    return { items, total, page, pageSize };
  }

  /**
   * The quiz's attempts that pass the results page's filters, with their learners, by name, for
   * CSV and XLSX exports.
   */
  async exportRows(
    caller: RequestUser,
    lessonId: string,
    locale: Locale,
    query: AttemptFilters,
  ): Promise<{ title: Bilingual; rows: ResultRow[] }> {
    const title = await this.assertAuthorOfLesson(caller, lessonId);
    const { where, params } = filters(lessonId, query);
    params.push(locale);
    const rows = (await this.dataSource.query(
      `SELECT u.full_name, u.email, CASE WHEN $${params.length} = 'kk' THEN r.name_kk ELSE r.name_ru END AS region, u.position, a.number, a.status, a.closed_by, a.started_at,
              a.closed_at, a.question_count, a.score, a.max_score, a.percent, a.passed,
              (SELECT count(*)::int FROM attempt_items i WHERE i.attempt_id = a.id AND i.answer IS NOT NULL) AS answered
         FROM attempts a JOIN users u ON u.id = a.user_id
         LEFT JOIN regions r ON r.code = u.region_code
        WHERE ${where}
        ORDER BY u.full_name, a.number
        LIMIT ${EXPORT_MAX_ROWS}`,
      params,
    )) as {
      full_name: string;
      email: string;
      region: string | null;
      position: Position | null;
      number: number;
      status: AttemptEntity['status'];
      closed_by: AttemptEntity['closedBy'];
      started_at: Date;
      closed_at: Date | null;
      question_count: number;
      score: number | null;
      max_score: number;
      percent: number | null;
      passed: boolean | null;
      answered: number;
    }[];
    return {
      title,
      rows: rows.map((r) => ({
        fullName: r.full_name,
        email: r.email,
        region: r.region,
        position: r.position,
        number: r.number,
        status: r.status,
        closedBy: r.closed_by,
        startedAt: r.started_at,
        closedAt: r.closed_at,
        questionCount: r.question_count,
        answered: r.answered,
        score: r.score,
        maxScore: r.max_score,
        percent: r.percent,
        passed: r.passed,
      })),
    };
  }

  /**
   * Per question, over graded attempts: facility (the mean share of its points earned) and
   * discrimination (the correlation of its score with the rest of the attempt's score).
   */
  async itemStats(caller: RequestUser, lessonId: string): Promise<ItemStatsResponse> {
    await this.assertAuthorOfLesson(caller, lessonId);
    const [{ attempts }] = (await this.dataSource.query(
      `SELECT count(*)::int AS attempts FROM attempts WHERE lesson_id = $1 AND status = 'graded'`,
      [lessonId],
    )) as { attempts: number }[];
    const rows = (await this.dataSource.query(
      `WITH scored AS (
         SELECT i.question_id, i.type, i.prompt, i.points, i.position, a.started_at,
                i.score / i.points AS share,
                CASE WHEN a.max_score > i.points THEN (a.score - i.score) / (a.max_score - i.points) END AS rest
           FROM attempts a JOIN attempt_items i ON i.attempt_id = a.id
          WHERE a.lesson_id = $1 AND a.status = 'graded' AND i.score IS NOT NULL
       )
       SELECT question_id,
              (array_agg(type ORDER BY started_at DESC))[1] AS type,
              (array_agg(prompt ORDER BY started_at DESC))[1] AS prompt,
              (array_agg(points ORDER BY started_at DESC))[1] AS points,
              count(*)::int AS responses,
              avg(share) AS facility,
              CASE WHEN count(*) >= 2 THEN corr(share, rest) END AS discrimination,
              min(position) AS first_position
         FROM scored
        GROUP BY question_id
        ORDER BY first_position, question_id`,
      [lessonId],
    )) as {
      question_id: string;
      type: QuestionType;
      prompt: Bilingual;
      points: number;
      responses: number;
      facility: number | null;
      discrimination: number | null;
    }[];
    return {
      lessonId,
      attempts,
      items: rows.map((r) => ({
        questionId: r.question_id,
        type: r.type,
        prompt: r.prompt,
        points: r.points,
        responses: r.responses,
        facility: r.facility === null ? null : Number(r.facility),
        discrimination:
          r.discrimination === null || !Number.isFinite(Number(r.discrimination)) ? null : Number(r.discrimination),
      })),
    };
  }

  /** Attempts with essays to grade in the caller's courses (all courses for admins), oldest first. */
  async queue(caller: RequestUser, query: PageQueryDto): Promise<Page<GradingQueueItem>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? LIMITS.pageSizeDefault;
    const admin = hasRole(caller, 'admin');
    const scope = admin
      ? 'true'
      : 'EXISTS (SELECT 1 FROM course_authors ca WHERE ca.course_id = a.course_id AND ca.user_id = $1)';
    const params = admin ? [] : [caller.id];
    const [{ total }] = (await this.dataSource.query(
      `SELECT count(*)::int AS total FROM attempts a WHERE a.status = 'pending_grading' AND ${scope}`,
      params,
    )) as { total: number }[];
    const rows = (await this.dataSource.query(
      `SELECT a.id, a.course_id, a.lesson_id, a.number, a.closed_at,
              c.title_kk, c.title_ru, vl.lesson->'title' AS lesson_title,
              u.id AS user_id, u.full_name, u.email, u.region_code, u.position,
              (SELECT count(*)::int FROM attempt_items i WHERE i.attempt_id = a.id AND i.score IS NULL) AS pending
         FROM attempts a
         JOIN users u ON u.id = a.user_id
         JOIN courses c ON c.id = a.course_id
         LEFT JOIN course_version_lessons vl ON vl.version_id = a.version_id AND vl.lesson_id = a.lesson_id
        WHERE a.status = 'pending_grading' AND ${scope}
        ORDER BY a.closed_at, a.id
        LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
      params,
    )) as (LearnerRow & {
      id: string;
      course_id: string;
      lesson_id: string;
      number: number;
      closed_at: Date;
      title_kk: string;
      title_ru: string;
      lesson_title: Bilingual | null;
      pending: number;
    })[];
    return {
      items: rows.map((r) => ({
        attemptId: r.id,
        courseId: r.course_id,
        courseTitle: { kk: r.title_kk, ru: r.title_ru },
        lessonId: r.lesson_id,
        lessonTitle: r.lesson_title ?? { kk: '', ru: '' },
        learner: learner(r),
        number: r.number,
        closedAt: r.closed_at.toISOString(),
        pendingCount: r.pending,
      })),
      total,
      page,
      pageSize,
    };
  }

  /**
   * Grades essays of a closed attempt against their rubrics. The essay's score is its points times
   * the share of rubric points given. When no part is left ungraded the result becomes final.
   */
  async grade(caller: RequestUser, attemptId: string, body: GradeAttemptDto): Promise<AttemptResponse> {
    await this.dataSource.transaction(async (manager) => {
      const attempt = await this.grading.lock(manager, attemptId);
      if (!attempt || !(await isCourseAuthor(manager, caller, attempt.courseId))) {
        throw DomainError.notFound('Attempt');
      }
      if (attempt.status === 'in_progress') {
        throw new DomainError(ErrorCode.AttemptNotClosed, HttpStatus.CONFLICT, 'The attempt is still in progress');
      }
      const items = await manager.find(AttemptItemEntity, { where: { attemptId } });
      const byId = new Map(items.map((i) => [i.questionId, i]));
      const errors: Record<string, FieldError> = {};
      const seen = new Set<string>();
      const now = await databaseNow(manager);
      const updates: AttemptItemEntity[] = [];
      body.grades.forEach((grade, index) => {
        const item = byId.get(grade.questionId);
        if (!item || item.content.type !== 'essay' || seen.has(grade.questionId)) {
          errors[`grades.${index}.questionId`] = { code: FieldErrorCode.NotEssay };
          return;
        }
        seen.add(grade.questionId);
        const rubric = item.content.rubric;
        const given = isPlainObject(grade.rubricScores) ? grade.rubricScores : {};
        let earned = 0;
        for (const key of Object.keys(given)) {
          if (!rubric.some((c) => c.id === key)) {
            errors[`grades.${index}.rubricScores.${key}`] = { code: FieldErrorCode.UnknownField };
          }
        }
        for (const criterion of rubric) {
          const value = given[criterion.id];
          const path = `grades.${index}.rubricScores.${criterion.id}`;
          if (value === undefined) errors[path] = { code: FieldErrorCode.Required };
          else if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > criterion.maxPoints) {
            errors[path] = { code: FieldErrorCode.OutOfRange, params: { min: 0, max: criterion.maxPoints } };
          } else earned += value;
        }
        const possible = rubric.reduce((sum, c) => sum + c.maxPoints, 0);
        item.score = possible > 0 ? (item.points * earned) / possible : 0;
        item.rubricScores = Object.fromEntries(rubric.map((c) => [c.id, Number(given[c.id] ?? 0)]));
        item.comment = grade.comment?.trim() ? grade.comment.trim() : null;
        item.gradedBy = caller.id;
        item.gradedAt = now;
        updates.push(item);
      });
      if (Object.keys(errors).length) throw DomainError.validation(errors);
      for (const item of updates) {
        await manager.update(
          AttemptItemEntity,
          { attemptId, questionId: item.questionId },
          {
            score: item.score,
            rubricScores: item.rubricScores,
            comment: item.comment,
            gradedBy: item.gradedBy,
            gradedAt: item.gradedAt,
          },
        );
      }
      await this.grading.settle(manager, attempt, items, now);
    });
    return this.attempts.get(caller, attemptId);
  }

  /** 404 unless the caller authors the course the quiz lesson belongs to; answers the lesson's title. */
  private async assertAuthorOfLesson(caller: RequestUser, lessonId: string): Promise<Bilingual> {
    const manager: EntityManager = this.dataSource.manager;
    const rows = (await manager.query(
      `SELECT vl.course_id, vl.lesson->'title' AS title
         FROM course_version_lessons vl JOIN course_versions v ON v.id = vl.version_id
        WHERE vl.lesson_id = $1 AND vl.completion = 'assessment'
        ORDER BY v.number DESC LIMIT 1`,
      [lessonId],
    )) as { course_id: string; title: Bilingual }[];
    if (!rows[0] || !(await isCourseAuthor(manager, caller, rows[0].course_id))) throw DomainError.notFound('Lesson');
    return rows[0].title;
  }
}

function learner(row: LearnerRow) {
  return { id: row.user_id, fullName: row.full_name, regionCode: row.region_code, position: row.position };
}

/** What narrows a quiz's attempts, on the results page and in its exports. */
type AttemptFilters = Pick<ListAttemptsQueryDto, 'status' | 'q'>;

function filters(lessonId: string, query: AttemptFilters): { where: string; params: unknown[] } {
  const params: unknown[] = [lessonId];
  const clauses = ['a.lesson_id = $1'];
  if (query.status) {
    params.push(query.status);
    clauses.push(`a.status = $${params.length}`);
  }
  if (query.q) {
    params.push(likePattern(query.q.toLocaleLowerCase('ru')));
    clauses.push(`(lower(u.full_name) LIKE $${params.length} OR lower(u.email) LIKE $${params.length})`);
  }
  return { where: clauses.join(' AND '), params };
}
