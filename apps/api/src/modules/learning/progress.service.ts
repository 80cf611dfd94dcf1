import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DataSource } from 'typeorm';
import { poolOf } from '../../database/pool';
import {
  coursePercent,
  type BatchProgressResponse,
  type BatchProgressResult,
  ErrorCode,
  FieldErrorCode,
  type LessonProgressResponse,
  PROGRESS_LIMITS,
} from '@bilikti/contracts';
import type { RequestUser } from '../../common/authenticated-request';
import { DomainError } from '../../common/domain-error';
import { toFieldErrors } from '../../common/validation.pipe';
import type { CompletionRule } from '../courses/entities/course-version-lesson.entity';
import { BatchItemDto, type ProgressReportDto } from './dto/progress.dto';
import { checkReport, requiredRule } from './progress-rules';

interface AppliedRow {
  enrolment_id: string;
  completion: CompletionRule;
  /** The report suits the lesson's completion rule (else nothing was applied). */
  compatible: boolean;
  applied: boolean;
  status: LessonProgressResponse['status'] | null;
  time_spent_seconds: number | null;
  position_seconds: number | null;
  duration_seconds: number | null;
  watched_seconds: number | null;
  completed_at: Date | null;
  updated_at: Date | null;
  enrolment_status: LessonProgressResponse['enrolmentStatus'];
  completed_lessons: number;
  total_lessons: number;
}

/** Seconds covered by a union of ranges, counted within [0, duration). */
const covered = (watched: string, duration: string) =>
  `(SELECT coalesce(sum(upper(r) - lower(r)), 0) FROM unnest(${watched} * int4multirange(int4range(0, coalesce(${duration}, 0)))) r)`;

/** Whether merged progress meets the lesson's completion rule, whatever order reports came in. */
const meets = (opened: string, marked: string, watched: string, duration: string) =>
  `CASE (SELECT completion FROM ok)
     WHEN 'open' THEN ${opened} IS NOT NULL
     WHEN 'mark_done' THEN ${opened} IS NOT NULL AND ${marked} IS NOT NULL
     WHEN 'watch' THEN coalesce(${duration}, 0) > 0 AND ${covered(watched, duration)} >= $13::float8 * ${duration}
     ELSE false
   END`;

const NEW_WATCHED = `CASE WHEN $8::int IS NULL THEN '{}'::int4multirange ELSE int4multirange(int4range($8::int, $9::int)) END`;
const NEW_OPENED = `CASE WHEN $10::boolean THEN $4::timestamptz END`;
const NEW_MARKED = `CASE WHEN $11::boolean THEN $4::timestamptz END`;
const M_OPENED = 'LEAST(p.opened_at, EXCLUDED.opened_at)';
const M_MARKED = 'LEAST(p.marked_done_at, EXCLUDED.marked_done_at)';
const M_WATCHED = '(p.watched + EXCLUDED.watched)';
const M_DURATION = 'GREATEST(p.duration_seconds, EXCLUDED.duration_seconds)';

/**
 * Applies one report: records its id (a known id applies nothing), merges the lesson's progress
 * (time adds; position, duration, watched ranges and first-opened only grow; completed stays
 * completed), and counts a lesson it completes in the enrolment, completing the enrolment with its
 * last lesson. Then answers the lesson's state either way. The enrolment row update serialises
 * concurrent reports of one learner, so the counter stays exact.
 */
const APPLY_REPORT = `
  WITH t AS (
    SELECT e.id AS enrolment_id, vl.completion
      FROM enrolments e
      JOIN course_version_lessons vl ON vl.version_id = e.version_id AND vl.lesson_id = $3::uuid
     WHERE e.user_id = $2::uuid AND e.status <> 'withdrawn'
     LIMIT 1
  ), ok AS (
    SELECT * FROM t WHERE $12::text IS NULL OR t.completion = $12::text
  ), ev AS (
    INSERT INTO progress_events (event_id, enrolment_id, lesson_id, occurred_at)
    SELECT $1::uuid, ok.enrolment_id, $3::uuid, $4::timestamptz FROM ok
    ON CONFLICT (event_id) DO NOTHING
    RETURNING event_id, enrolment_id
  ), up AS (
    INSERT INTO lesson_progress AS p
      (enrolment_id, lesson_id, status, time_spent_seconds, position_seconds, duration_seconds, watched,
       opened_at, marked_done_at, completed_at, completed_event_id, updated_at)
    SELECT ev.enrolment_id, $3::uuid,
           CASE WHEN ${meets(NEW_OPENED, NEW_MARKED, NEW_WATCHED, '$7::int')} THEN 'completed' ELSE 'in_progress' END,
           $5, $6, $7, ${NEW_WATCHED}, ${NEW_OPENED}, ${NEW_MARKED},
           CASE WHEN ${meets(NEW_OPENED, NEW_MARKED, NEW_WATCHED, '$7::int')} THEN $4::timestamptz END,
           CASE WHEN ${meets(NEW_OPENED, NEW_MARKED, NEW_WATCHED, '$7::int')} THEN $1::uuid END,
           now()
      FROM ev
    ON CONFLICT (enrolment_id, lesson_id) DO UPDATE SET
      time_spent_seconds = p.time_spent_seconds + EXCLUDED.time_spent_seconds,
      position_seconds = GREATEST(p.position_seconds, EXCLUDED.position_seconds),
      duration_seconds = ${M_DURATION},
      watched = ${M_WATCHED},
      opened_at = ${M_OPENED},
      marked_done_at = ${M_MARKED},
      status = CASE WHEN p.status = 'completed' OR ${meets(M_OPENED, M_MARKED, M_WATCHED, M_DURATION)}
                    THEN 'completed' ELSE 'in_progress' END,
      completed_at = CASE WHEN p.status = 'completed' THEN p.completed_at
                          WHEN ${meets(M_OPENED, M_MARKED, M_WATCHED, M_DURATION)} THEN $4::timestamptz END,
      completed_event_id = CASE WHEN p.status = 'completed' THEN p.completed_event_id
                                WHEN ${meets(M_OPENED, M_MARKED, M_WATCHED, M_DURATION)} THEN $1::uuid END,
      updated_at = now()
    RETURNING p.status, p.time_spent_seconds, p.position_seconds, p.duration_seconds, p.completed_at, p.updated_at,
              ${covered('p.watched', 'p.duration_seconds')}::int AS watched_seconds,
              (p.completed_event_id IS NOT DISTINCT FROM $1::uuid) AS just_completed
  ), en AS (
    UPDATE enrolments e
       SET last_lesson_id = CASE WHEN e.last_activity_at IS NULL OR $4::timestamptz >= e.last_activity_at
                                 THEN $3::uuid ELSE e.last_lesson_id END,
           last_activity_at = GREATEST(e.last_activity_at, $4::timestamptz),
           completed_lessons = LEAST(e.total_lessons, e.completed_lessons + c.n),
           status = CASE WHEN e.status = 'active' AND e.total_lessons > 0 AND e.completed_lessons + c.n >= e.total_lessons
                         THEN 'completed' ELSE e.status END,
           completed_at = CASE WHEN e.status = 'active' AND e.total_lessons > 0 AND e.completed_lessons + c.n >= e.total_lessons
                               THEN now() ELSE e.completed_at END
      FROM (SELECT count(*)::int AS n FROM up WHERE up.just_completed) c
     WHERE e.id = (SELECT enrolment_id FROM ev)
    RETURNING e.status, e.completed_lessons, e.total_lessons
  )
  SELECT t.enrolment_id, t.completion,
         EXISTS (SELECT 1 FROM ok) AS compatible,
         EXISTS (SELECT 1 FROM ev) AS applied,
         coalesce(up.status, cur.status) AS status,
         coalesce(up.time_spent_seconds, cur.time_spent_seconds) AS time_spent_seconds,
         coalesce(up.position_seconds, cur.position_seconds) AS position_seconds,
         coalesce(up.duration_seconds, cur.duration_seconds) AS duration_seconds,
         coalesce(up.watched_seconds, ${covered('cur.watched', 'cur.duration_seconds')}::int) AS watched_seconds,
         coalesce(up.completed_at, cur.completed_at) AS completed_at,
         coalesce(up.updated_at, cur.updated_at) AS updated_at,
         coalesce(en.status, e0.status) AS enrolment_status,
         coalesce(en.completed_lessons, e0.completed_lessons) AS completed_lessons,
         coalesce(en.total_lessons, e0.total_lessons) AS total_lessons
    FROM t
    JOIN enrolments e0 ON e0.id = t.enrolment_id
    LEFT JOIN up ON true
    LEFT JOIN en ON true
    LEFT JOIN lesson_progress cur ON cur.enrolment_id = t.enrolment_id AND cur.lesson_id = $3::uuid`;

/**
 * Applies progress reports. Each report's id is recorded in the same transaction as its effect, so
 * a resent report changes nothing. The merge only ever grows a lesson's progress, so reports may
 * arrive late, twice or in any order and the result is the same.
 */
@Injectable()
export class ProgressService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async report(caller: RequestUser, lessonId: string, body: ProgressReportDto): Promise<LessonProgressResponse> {
    return (await this.apply(caller, lessonId, body)).progress;
  }

  /**
   * Forgets report ids received more than PROGRESS_LIMITS.maxReportAgeDays + 1 days ago. A resend of
   * one of them is older than the oldest report accepted, so it is refused, never counted twice.
   */
  async purgeOldEvents(): Promise<number> {
    const { rowCount } = await poolOf(this.dataSource).query(
      `DELETE FROM progress_events WHERE received_at < now() - make_interval(days => $1)`,
      [PROGRESS_LIMITS.maxReportAgeDays + 1],
    );
    return rowCount ?? 0;
  }

  /** The offline queue's flush: every item on its own, good ones applied, bad ones reported. */
  async batch(caller: RequestUser, items: unknown[]): Promise<BatchProgressResponse> {
    const results: BatchProgressResult[] = [];
    for (const raw of items) {
      const item = plainToInstance(BatchItemDto, raw);
      const eventId = typeof item.eventId === 'string' ? item.eventId : '';
      const lessonId = typeof item.lessonId === 'string' ? item.lessonId : '';
      const problems = await validate(item, { whitelist: true, forbidNonWhitelisted: true });
      if (problems.length) {
        results.push({
          eventId,
          lessonId,
          outcome: 'rejected',
          error: { code: ErrorCode.ValidationFailed, fields: toFieldErrors(problems) },
        });
        continue;
      }
      try {
        const { progress, duplicate } = await this.apply(caller, item.lessonId, item);
        results.push({ eventId, lessonId, outcome: duplicate ? 'duplicate' : 'applied', progress });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        results.push({
          eventId,
          lessonId,
          outcome: 'rejected',
          error: { code: error.code, ...(error.fields && { fields: error.fields }) },
        });
      }
    }
    return { results };
  }

  /**
   * Checks what can be checked without the database, then applies the report in one statement
   * that finds the learner's enrolment holding the lesson, records the report id, merges the
   * lesson's progress and updates the enrolment's counters — together or not at all.
   */
  private async apply(
    caller: RequestUser,
    lessonId: string,
    report: ProgressReportDto,
  ): Promise<{ progress: LessonProgressResponse; duplicate: boolean }> {
    const now = new Date();
    const early = checkReport(report, null, now);
    if (Object.keys(early.errors).length) throw DomainError.validation(early.errors);
    const { normalised } = early;
    const needed = requiredRule(report);

    // A named statement: PostgreSQL plans this large statement once per connection, not per report.
    const pool = poolOf(this.dataSource);
    const { rows } = await pool.query<AppliedRow>({
      name: 'apply-progress-report',
      text: APPLY_REPORT,
      values: [
        report.eventId,
        caller.id,
        lessonId,
        normalised.occurredAt,
        normalised.timeSpentSeconds,
        normalised.positionSeconds,
        normalised.durationSeconds,
        normalised.watched?.[0] ?? null,
        normalised.watched?.[1] ?? null,
        normalised.opened,
        normalised.markedDone,
        needed === 'conflict' ? null : needed,
        PROGRESS_LIMITS.videoCompletionShare,
      ],
    });
    const [row] = rows;
    // Not in the version of any of the caller's enrolments (or not published): as if it did not exist.
    if (!row) throw DomainError.notFound('Lesson');
    if (!row.compatible) {
      const { errors } = checkReport(report, row.completion, now);
      throw DomainError.validation(
        Object.keys(errors).length ? errors : { markedDone: { code: FieldErrorCode.InvalidValue } },
      );
    }
    return {
      duplicate: !row.applied,
      progress: {
        lessonId,
        enrolmentId: row.enrolment_id,
        status: row.status ?? 'not_started',
        timeSpentSeconds: row.time_spent_seconds ?? 0,
        positionSeconds: row.position_seconds ?? 0,
        watchedSeconds: row.watched_seconds ?? 0,
        durationSeconds: row.duration_seconds ?? null,
        completedAt: row.completed_at ? row.completed_at.toISOString() : null,
        updatedAt: row.updated_at ? row.updated_at.toISOString() : null,
        coursePercent: coursePercent(row.completed_lessons, row.total_lessons),
        enrolmentStatus: row.enrolment_status,
      },
    };
  }
}
