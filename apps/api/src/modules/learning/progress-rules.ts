import { type FieldError, FieldErrorCode, PROGRESS_LIMITS, type ProgressReport } from '@bilikti/contracts';
import type { CompletionRule } from '../courses/entities/course-version-lesson.entity';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A report reduced to what is stored: whole seconds, a watched stretch as a range. */
export interface NormalisedReport {
  occurredAt: Date;
  opened: boolean;
  markedDone: boolean;
  timeSpentSeconds: number;
  positionSeconds: number;
  durationSeconds: number | null;
  /** `[from,to)` in whole seconds, or null. */
  watched: [number, number] | null;
}

/**
 * Checks that a report could have happened, against the lesson's completion rule and the clock:
 * nothing from the future, a watched stretch no faster than the fastest playback, marking done
 * only where the learner decides, watching only where the player reports playback.
 */
export function checkReport(
  report: ProgressReport,
  rule: CompletionRule | null,
  now: Date,
): { errors: Record<string, FieldError>; normalised: NormalisedReport } {
  const errors: Record<string, FieldError> = {};
  const occurredAt = new Date(report.occurredAt);
  const skew = PROGRESS_LIMITS.maxClockSkewSeconds * 1000;
  if (Number.isNaN(occurredAt.getTime()) || occurredAt.getTime() > now.getTime() + skew) {
    errors.occurredAt = { code: FieldErrorCode.Implausible };
  } else if (occurredAt.getTime() < now.getTime() - PROGRESS_LIMITS.maxReportAgeDays * DAY_MS) {
    // Its id may have been purged already: applying it could count its time twice.
    errors.occurredAt = { code: FieldErrorCode.TooOld, params: { maxDays: PROGRESS_LIMITS.maxReportAgeDays } };
  }
  // Without the rule (not known yet), only what holds for every lesson is checked here.
  const needed = requiredRule(report);
  if (needed === 'conflict') errors.markedDone = { code: FieldErrorCode.InvalidValue };
  if (rule !== null) {
    if (report.markedDone && rule !== 'mark_done') errors.markedDone = { code: FieldErrorCode.InvalidValue };
    for (const field of ['watched', 'positionSeconds', 'durationSeconds'] as const) {
      if (report[field] !== undefined && rule !== 'watch') errors[field] = { code: FieldErrorCode.InvalidValue };
    }
  }
  const isVideo = rule === null || rule === 'watch';

  let watched: [number, number] | null = null;
  if (report.watched && isVideo) {
    const from = Math.floor(report.watched.from);
    const to = Math.floor(report.watched.to);
    const startedAt = new Date(report.watched.startedAt);
    const wallSeconds = (occurredAt.getTime() - startedAt.getTime()) / 1000;
    const fastest = wallSeconds * PROGRESS_LIMITS.maxPlaybackRate + PROGRESS_LIMITS.toleranceSeconds;
    const beyondDuration =
      report.durationSeconds !== undefined && to > report.durationSeconds + PROGRESS_LIMITS.toleranceSeconds;
    if (to < from || wallSeconds < 0 || to - from > fastest || beyondDuration) {
      errors.watched = { code: FieldErrorCode.Implausible };
    } else if (to > from) {
      watched = [from, to];
    }
  }
  if (
    report.positionSeconds !== undefined &&
    report.durationSeconds !== undefined &&
    report.positionSeconds > report.durationSeconds + PROGRESS_LIMITS.toleranceSeconds
  ) {
    errors.positionSeconds = { code: FieldErrorCode.Implausible };
  }
  return {
    errors,
    normalised: {
      occurredAt: occurredAt.getTime() > now.getTime() ? now : occurredAt,
      opened: report.opened === true,
      markedDone: report.markedDone === true,
      timeSpentSeconds: report.timeSpentSeconds ?? 0,
      positionSeconds: Math.floor(report.positionSeconds ?? 0),
      durationSeconds: report.durationSeconds !== undefined ? Math.round(report.durationSeconds) : null,
      watched,
    },
  };
}

/**
 * The completion rule a report only makes sense for: marking done for lessons the learner marks,
 * playback for uploaded videos; `conflict` when it carries both.
 */
export function requiredRule(report: ProgressReport): CompletionRule | 'conflict' | null {
  const playback =
    report.watched !== undefined || report.positionSeconds !== undefined || report.durationSeconds !== undefined;
  if (report.markedDone && playback) return 'conflict';
  if (report.markedDone) return 'mark_done';
  return playback ? 'watch' : null;
}
