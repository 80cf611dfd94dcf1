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
import { BatchItemDto, type ProgressReportDto } from './dto/progress.dto';
import { checkReport, requiredRule } from './progress-rules';
import { ProgressWriter } from './progress-writer';

/**
 * Progress statements: one at a time, the reports arriving meanwhile applied together by the next;
 * a further one (up to four of the pool's DATABASE_POOL_SIZE connections, 20 by default) only
 * when reports have waited 20 ms. At most 64 reports in one.
 */
const WRITER = { maxInFlight: 4, stallMs: 20, maxBatch: 64 };

/**
 * Applies progress reports. Each report's id is recorded in the same transaction as its effect, so
 * a resent report changes nothing. The merge only ever grows a lesson's progress, so reports may
 * arrive late, twice or in any order and the result is the same.
 */
@Injectable()
export class ProgressService {
  private readonly writer: ProgressWriter;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.writer = new ProgressWriter(() => poolOf(dataSource), WRITER);
  }

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
   * (shared with other learners' reports under load) that finds the learner's enrolment holding
   * the lesson, records the report id, merges the lesson's progress and updates the enrolment's
   * counters — together or not at all.
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

    const row = await this.writer.write({
      eventId: report.eventId,
      userId: caller.id,
      lessonId,
      report: normalised,
      needs: needed === 'conflict' ? null : needed,
    });
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
