import { Logger } from '@nestjs/common';
import type { Pool } from 'pg';
import { type LessonProgressResponse, PROGRESS_LIMITS } from '@bilikti/contracts';
import type { CompletionRule } from '../courses/entities/course-version-lesson.entity';
import type { NormalisedReport } from './progress-rules';

/** One checked report, ready to be applied for its learner. */
export interface PendingReport {
  eventId: string;
  userId: string;
  lessonId: string;
  report: NormalisedReport;
  /** The completion rule the report only makes sense for, or null when it suits any lesson. */
  needs: CompletionRule | null;
}

/** What applying a report left: absent when the lesson is in none of the learner's enrolments. */
export interface AppliedRow {
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

/** Whether progress meets a completion rule, whatever order its reports came in. */
const meets = (completion: string, opened: string, marked: string, watched: string, duration: string) =>
  `CASE ${completion}
     WHEN 'open' THEN ${opened} IS NOT NULL
     WHEN 'mark_done' THEN ${opened} IS NOT NULL AND ${marked} IS NOT NULL
     WHEN 'watch' THEN coalesce(${duration}, 0) > 0 AND ${covered(watched, duration)} >= $13::float8 * ${duration}
     ELSE false
   END`;

/** The incoming report's own value of a column, inside ON CONFLICT DO UPDATE (which sees only p and EXCLUDED). */
const incoming = (column: string) =>
  `(SELECT f.${column} FROM fresh f WHERE f.enrolment_id = p.enrolment_id AND f.lesson_id = p.lesson_id)`;

const NEW = meets('f.completion', 'f.new_opened', 'f.new_marked', 'f.new_watched', 'f.duration');
const M_OPENED = 'LEAST(p.opened_at, EXCLUDED.opened_at)';
const M_MARKED = 'LEAST(p.marked_done_at, EXCLUDED.marked_done_at)';
const M_WATCHED = '(p.watched + EXCLUDED.watched)';
const M_DURATION = 'GREATEST(p.duration_seconds, EXCLUDED.duration_seconds)';
const MERGED = meets(incoming('completion'), M_OPENED, M_MARKED, M_WATCHED, M_DURATION);

/**
 * Applies a set of reports, at most one per learner: records each id (a known id applies nothing),
 * merges the lesson's progress (time adds; position, duration, watched ranges and first-opened
 * only grow; completed stays completed), and counts a lesson it completes in the enrolment,
 * completing the enrolment with its last lesson. Then answers each lesson's state either way, by
 * the report's position in the input (`idx`, from 1). The enrolment row update serialises
 * concurrent reports of one learner, so the counter stays exact.
 */
const APPLY_REPORTS = `
  WITH input AS (
    SELECT *
      FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::timestamptz[], $5::int[], $6::int[], $7::int[],
                  $8::int[], $9::int[], $10::boolean[], $11::boolean[], $12::text[])
           WITH ORDINALITY AS r(event_id, user_id, lesson_id, occurred_at, time_spent, position, duration,
                                watched_from, watched_to, opened, marked, needs, idx)
  ), t AS (
    SELECT r.*, m.enrolment_id, m.completion
      FROM input r
      CROSS JOIN LATERAL (
        SELECT e.id AS enrolment_id, vl.completion
          FROM enrolments e
          JOIN course_version_lessons vl ON vl.version_id = e.version_id AND vl.lesson_id = r.lesson_id
         WHERE e.user_id = r.user_id AND e.status <> 'withdrawn'
         LIMIT 1) m
  ), ok AS (
    SELECT t.*,
           CASE WHEN t.watched_from IS NULL THEN '{}'::int4multirange
                ELSE int4multirange(int4range(t.watched_from, t.watched_to)) END AS new_watched,
           CASE WHEN t.opened THEN t.occurred_at END AS new_opened,
           CASE WHEN t.marked THEN t.occurred_at END AS new_marked
      FROM t
     WHERE t.needs IS NULL OR t.completion = t.needs
  ), ev AS (
    INSERT INTO progress_events (event_id, enrolment_id, lesson_id, occurred_at)
    SELECT event_id, enrolment_id, lesson_id, occurred_at FROM ok ORDER BY enrolment_id
    ON CONFLICT (event_id) DO NOTHING
    RETURNING event_id, enrolment_id
  ), fresh AS (
    SELECT ok.* FROM ok JOIN ev ON ev.event_id = ok.event_id AND ev.enrolment_id = ok.enrolment_id
  ), up AS (
    INSERT INTO lesson_progress AS p
      (enrolment_id, lesson_id, status, time_spent_seconds, position_seconds, duration_seconds, watched,
       opened_at, marked_done_at, completed_at, completed_event_id, updated_at)
    SELECT f.enrolment_id, f.lesson_id,
           CASE WHEN ${NEW} THEN 'completed' ELSE 'in_progress' END,
           f.time_spent, f.position, f.duration, f.new_watched, f.new_opened, f.new_marked,
           CASE WHEN ${NEW} THEN f.occurred_at END,
           CASE WHEN ${NEW} THEN f.event_id END,
           now()
      FROM fresh f
     ORDER BY f.enrolment_id
    ON CONFLICT (enrolment_id, lesson_id) DO UPDATE SET
      time_spent_seconds = p.time_spent_seconds + EXCLUDED.time_spent_seconds,
      position_seconds = GREATEST(p.position_seconds, EXCLUDED.position_seconds),
      duration_seconds = ${M_DURATION},
      watched = ${M_WATCHED},
      opened_at = ${M_OPENED},
      marked_done_at = ${M_MARKED},
      status = CASE WHEN p.status = 'completed' OR ${MERGED} THEN 'completed' ELSE 'in_progress' END,
      completed_at = CASE WHEN p.status = 'completed' THEN p.completed_at
                          WHEN ${MERGED} THEN ${incoming('occurred_at')} END,
      completed_event_id = CASE WHEN p.status = 'completed' THEN p.completed_event_id
                                WHEN ${MERGED} THEN ${incoming('event_id')} END,
      updated_at = now()
    RETURNING p.enrolment_id, p.status, p.time_spent_seconds, p.position_seconds, p.duration_seconds,
              p.completed_at, p.updated_at,
              ${covered('p.watched', 'p.duration_seconds')}::int AS watched_seconds,
              (p.completed_event_id IS NOT NULL AND p.completed_event_id = ${incoming('event_id')}) AS just_completed
  ), en AS (
    UPDATE enrolments e
       SET last_lesson_id = CASE WHEN e.last_activity_at IS NULL OR c.occurred_at >= e.last_activity_at
                                 THEN c.lesson_id ELSE e.last_lesson_id END,
           last_activity_at = GREATEST(e.last_activity_at, c.occurred_at),
           completed_lessons = LEAST(e.total_lessons, e.completed_lessons + c.n),
           status = CASE WHEN e.status = 'active' AND e.total_lessons > 0 AND e.completed_lessons + c.n >= e.total_lessons
                         THEN 'completed' ELSE e.status END,
           completed_at = CASE WHEN e.status = 'active' AND e.total_lessons > 0 AND e.completed_lessons + c.n >= e.total_lessons
                               THEN now() ELSE e.completed_at END
      FROM (SELECT f.enrolment_id, f.lesson_id, f.occurred_at,
                   (SELECT count(*) FROM up WHERE up.enrolment_id = f.enrolment_id AND up.just_completed)::int AS n
              FROM fresh f) c
     WHERE e.id = c.enrolment_id
    RETURNING e.id, e.status, e.completed_lessons, e.total_lessons
  )
  SELECT t.idx, t.enrolment_id, t.completion,
         ok.idx IS NOT NULL AS compatible,
         f.idx IS NOT NULL AS applied,
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
    LEFT JOIN ok ON ok.idx = t.idx
    LEFT JOIN fresh f ON f.idx = t.idx
    LEFT JOIN up ON f.idx IS NOT NULL AND up.enrolment_id = t.enrolment_id
    LEFT JOIN en ON f.idx IS NOT NULL AND en.id = t.enrolment_id
    LEFT JOIN lesson_progress cur ON cur.enrolment_id = t.enrolment_id AND cur.lesson_id = t.lesson_id`;

export interface ProgressWriterOptions {
  /** Reports applied by one statement at most. */
  maxBatch: number;
  /** Statements running at once at most. */
  maxInFlight: number;
  /**
   * While a statement runs, reports wait for it and go together in the next one; only when the
   * oldest has waited this long (the statement is held up by a lock, say) does another start.
   */
  stallMs: number;
}

interface Waiting extends PendingReport {
  /** Date.now() when the report arrived. */
  since: number;
  resolve: (row: AppliedRow | undefined) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit for progress reports. A report is applied by one statement, and committed, before
 * its request is answered, exactly as if it were alone; but reports that arrive while a statement
 * runs wait for it and then go together in the next one, so the database plans, locks and flushes
 * its log once for many learners instead of once per report. A statement holds
 * at most one report per learner, and no learner is in two statements at once, so one learner's
 * reports are applied one after another, in the order they came. When a shared statement fails,
 * each of its reports is retried alone, so one report's failure is its own.
 */
export class ProgressWriter {
  private readonly logger = new Logger(ProgressWriter.name);
  private readonly waiting: Waiting[] = [];
  /** Learners with a report in a running statement. */
  private readonly busy = new Set<string>();
  private inFlight = 0;
  private stallTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly pool: () => Pool,
    private readonly options: ProgressWriterOptions,
  ) {}

  /** Applies one report; resolves to its row, or undefined when the lesson is in none of the learner's enrolments. */
  write(report: PendingReport): Promise<AppliedRow | undefined> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ ...report, since: Date.now(), resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.waiting.length && this.inFlight < this.options.maxInFlight) {
      if (this.inFlight > 0) {
        const waited = Date.now() - this.waiting[0]!.since;
        if (waited < this.options.stallMs) {
          this.stallTimer ??= setTimeout(() => {
            this.stallTimer = null;
            this.pump();
          }, this.options.stallMs - waited);
          return;
        }
      }
      const batch = this.takeBatch();
      if (!batch.length) return;
      this.inFlight += 1;
      for (const item of batch) this.busy.add(item.userId);
      void this.run(batch).finally(() => {
        this.inFlight -= 1;
        for (const item of batch) this.busy.delete(item.userId);
        this.pump();
      });
    }
  }

  /** The oldest waiting reports of learners not already being written, one each, in arrival order. */
  private takeBatch(): Waiting[] {
    const batch: Waiting[] = [];
    const taken = new Set<string>();
    for (let i = 0; i < this.waiting.length && batch.length < this.options.maxBatch;) {
      const item = this.waiting[i]!;
      if (this.busy.has(item.userId) || taken.has(item.userId)) {
        i += 1;
        continue;
      }
      taken.add(item.userId);
      batch.push(item);
      this.waiting.splice(i, 1);
    }
    return batch;
  }

  private async run(batch: Waiting[]): Promise<void> {
    try {
      const rows = await this.apply(batch);
      batch.forEach((item, i) => item.resolve(rows.get(i + 1)));
    } catch (error) {
      if (batch.length === 1) {
        batch[0]!.reject(error);
        return;
      }
      // A deadlock with another instance's statement, or one report the database refuses: the
      // statement did nothing, so each report is applied on its own.
      this.logger.warn(`A shared progress statement of ${batch.length} reports failed; applying them one by one`);
      for (const item of batch) await this.run([item]);
    }
  }

  private async apply(batch: PendingReport[]): Promise<Map<number, AppliedRow>> {
    const column = <T>(pick: (item: PendingReport) => T) => batch.map(pick);
    const { rows } = await this.pool().query<AppliedRow & { idx: string }>({
      // A named statement: PostgreSQL plans this large statement once per connection, not per call.
      name: 'apply-progress-reports',
      text: APPLY_REPORTS,
      values: [
        column((item) => item.eventId),
        column((item) => item.userId),
        column((item) => item.lessonId),
        column((item) => item.report.occurredAt),
        column((item) => item.report.timeSpentSeconds),
        column((item) => item.report.positionSeconds),
        column((item) => item.report.durationSeconds),
        column((item) => item.report.watched?.[0] ?? null),
        column((item) => item.report.watched?.[1] ?? null),
        column((item) => item.report.opened),
        column((item) => item.report.markedDone),
        column((item) => item.needs),
        PROGRESS_LIMITS.videoCompletionShare,
      ],
    });
    return new Map(rows.map((row) => [Number(row.idx), row]));
  }
}
