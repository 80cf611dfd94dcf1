import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DataSource, type EntityManager } from 'typeorm';
import {
  type BatchProgressResponse,
  type BatchProgressResult,
  ErrorCode,
  type LessonProgressResponse,
} from '@bilikti/contracts';
import type { RequestUser } from '../../common/authenticated-request';
import { DomainError } from '../../common/domain-error';
import { toFieldErrors } from '../../common/validation.pipe';
import type { CompletionRule } from '../courses/entities/course-version-lesson.entity';
import { BatchItemDto, type ProgressReportDto } from './dto/progress.dto';
import { recountEnrolment } from './enrolment-counts';
import { checkReport, meetsRule } from './progress-rules';

interface Target {
  enrolment_id: string;
  status: 'active' | 'completed';
  completion: CompletionRule;
}

interface ProgressRow {
  status: 'not_started' | 'in_progress' | 'completed';
  time_spent_seconds: number;
  position_seconds: number;
  duration_seconds: number | null;
  watched_seconds: number;
  opened_at: Date | null;
  marked_done_at: Date | null;
  completed_at: Date | null;
  updated_at: Date;
}

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

  private async apply(
    caller: RequestUser,
    lessonId: string,
    report: ProgressReportDto,
  ): Promise<{ progress: LessonProgressResponse; duplicate: boolean }> {
    return this.dataSource.transaction(async (manager) => {
      // The lesson must be in the version of one of the caller's (not withdrawn) enrolments.
      const [target]: Target[] = await manager.query(
        `SELECT e.id AS enrolment_id, e.status, vl.completion
           FROM enrolments e
           JOIN course_version_lessons vl ON vl.version_id = e.version_id AND vl.lesson_id = $2
          WHERE e.user_id = $1 AND e.status <> 'withdrawn'
          FOR UPDATE OF e`,
        [caller.id, lessonId],
      );
      if (!target) throw DomainError.notFound('Lesson');

      const { errors, normalised } = checkReport(report, target.completion, new Date());
      if (Object.keys(errors).length) throw DomainError.validation(errors);

      const inserted: unknown[] = await manager.query(
        `INSERT INTO progress_events (event_id, enrolment_id, lesson_id, occurred_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (event_id) DO NOTHING RETURNING event_id`,
        [report.eventId, target.enrolment_id, lessonId, normalised.occurredAt],
      );
      if (!inserted.length) {
        return { progress: await this.current(manager, target.enrolment_id, lessonId), duplicate: true };
      }

      const [row]: ProgressRow[] = await manager.query(
        `INSERT INTO lesson_progress AS p
                (enrolment_id, lesson_id, status, time_spent_seconds, position_seconds, duration_seconds, watched,
                 opened_at, marked_done_at, updated_at)
         VALUES ($1, $2, 'in_progress', $3, $4, $5,
                 CASE WHEN $6::int IS NULL THEN '{}'::int4multirange ELSE int4multirange(int4range($6, $7)) END,
                 CASE WHEN $8 THEN $10::timestamptz END, CASE WHEN $9 THEN $10::timestamptz END, now())
         ON CONFLICT (enrolment_id, lesson_id) DO UPDATE SET
           time_spent_seconds = p.time_spent_seconds + EXCLUDED.time_spent_seconds,
           position_seconds = GREATEST(p.position_seconds, EXCLUDED.position_seconds),
           duration_seconds = GREATEST(p.duration_seconds, EXCLUDED.duration_seconds),
           watched = p.watched + EXCLUDED.watched,
           opened_at = LEAST(p.opened_at, EXCLUDED.opened_at),
           marked_done_at = LEAST(p.marked_done_at, EXCLUDED.marked_done_at),
           status = CASE WHEN p.status = 'completed' THEN 'completed' ELSE 'in_progress' END,
           updated_at = now()
         RETURNING p.status, p.time_spent_seconds, p.position_seconds, p.duration_seconds, p.opened_at,
                   p.marked_done_at, p.completed_at, p.updated_at,
                   (SELECT coalesce(sum(upper(r) - lower(r)), 0)::int
                      FROM unnest(p.watched * int4multirange(int4range(0, coalesce(p.duration_seconds, 0)))) r)
                     AS watched_seconds`,
        [
          target.enrolment_id,
          lessonId,
          normalised.timeSpentSeconds,
          normalised.positionSeconds,
          normalised.durationSeconds,
          normalised.watched?.[0] ?? null,
          normalised.watched?.[1] ?? null,
          normalised.opened,
          normalised.markedDone,
          normalised.occurredAt,
        ],
      );

      const done =
        row.status !== 'completed' &&
        meetsRule(target.completion, {
          opened: row.opened_at !== null,
          markedDone: row.marked_done_at !== null,
          watchedSeconds: row.watched_seconds,
          durationSeconds: row.duration_seconds,
        });
      if (done) {
        await manager.query(
          `UPDATE lesson_progress SET status = 'completed', completed_at = $3 WHERE enrolment_id = $1 AND lesson_id = $2`,
          [target.enrolment_id, lessonId, normalised.occurredAt],
        );
      }
      await manager.query(
        `UPDATE enrolments
            SET last_lesson_id = CASE WHEN last_activity_at IS NULL OR $3 >= last_activity_at THEN $2 ELSE last_lesson_id END,
                last_activity_at = GREATEST(last_activity_at, $3)
          WHERE id = $1`,
        [target.enrolment_id, lessonId, normalised.occurredAt],
      );
      if (done) await recountEnrolment(manager, target.enrolment_id);
      return { progress: await this.current(manager, target.enrolment_id, lessonId), duplicate: false };
    });
  }

  private async current(
    manager: EntityManager,
    enrolmentId: string,
    lessonId: string,
  ): Promise<LessonProgressResponse> {
    const [row]: (Partial<ProgressRow> & {
      enrolment_status: LessonProgressResponse['enrolmentStatus'];
      percent: number;
    })[] = await manager.query(
      `SELECT p.status, p.time_spent_seconds, p.position_seconds, p.duration_seconds, p.completed_at, p.updated_at,
              (SELECT coalesce(sum(upper(r) - lower(r)), 0)::int
                 FROM unnest(p.watched * int4multirange(int4range(0, coalesce(p.duration_seconds, 0)))) r) AS watched_seconds,
              e.status AS enrolment_status,
              CASE WHEN e.total_lessons = 0 THEN 0 ELSE (100 * e.completed_lessons / e.total_lessons) END AS percent
         FROM enrolments e
         LEFT JOIN lesson_progress p ON p.enrolment_id = e.id AND p.lesson_id = $2
        WHERE e.id = $1`,
      [enrolmentId, lessonId],
    );
    return {
      lessonId,
      enrolmentId,
      status: row.status ?? 'not_started',
      timeSpentSeconds: row.time_spent_seconds ?? 0,
      positionSeconds: row.position_seconds ?? 0,
      watchedSeconds: row.watched_seconds ?? 0,
      durationSeconds: row.duration_seconds ?? null,
      completedAt: row.completed_at ? row.completed_at.toISOString() : null,
      updatedAt: row.updated_at ? row.updated_at.toISOString() : null,
      coursePercent: row.percent,
      enrolmentStatus: row.enrolment_status,
    };
  }
}
