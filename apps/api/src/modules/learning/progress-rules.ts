import { type FieldError, FieldErrorCode, PROGRESS_LIMITS, type ProgressReport } from '@bilikti/contracts';
import type { CompletionRule } from '../courses/entities/course-version-lesson.entity';

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
  rule: CompletionRule,
  now: Date,
): { errors: Record<string, FieldError>; normalised: NormalisedReport } {
  const errors: Record<string, FieldError> = {};
  const occurredAt = new Date(report.occurredAt);
  const skew = PROGRESS_LIMITS.maxClockSkewSeconds * 1000;
  if (Number.isNaN(occurredAt.getTime()) || occurredAt.getTime() > now.getTime() + skew) {
    errors.occurredAt = { code: FieldErrorCode.Implausible };
  }
  if (report.markedDone && rule !== 'mark_done') errors.markedDone = { code: FieldErrorCode.InvalidValue };
  const isVideo = rule === 'watch';
  for (const field of ['watched', 'positionSeconds', 'durationSeconds'] as const) {
    if (report[field] !== undefined && !isVideo) errors[field] = { code: FieldErrorCode.InvalidValue };
  }

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
