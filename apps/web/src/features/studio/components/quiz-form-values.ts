import { FieldErrorCode, QUIZ_LIMITS, type FeedbackPolicy, type QuizSettings } from '@bilikti/contracts';

import type { FieldErrors } from '../../../lib/form-errors';

export type QuizMode = QuizSettings['mode'];

/** One random draw as typed: the count stays a string until it is checked. */
export interface QuizPoolValues {
  tag: string;
  count: string;
}

/** An assessment lesson's settings as the form holds them: numbers and dates as typed. */
export interface QuizFormValues {
  mode: QuizMode;
  questionIds: string[];
  pools: QuizPoolValues[];
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  /** Empty: no time limit. */
  timeLimitMinutes: string;
  /** Empty: unlimited attempts. */
  maxAttempts: string;
  passPercent: string;
  /** `datetime-local` values (the author's time zone); empty: no bound. */
  availableFrom: string;
  availableUntil: string;
  feedback: FeedbackPolicy;
}

/** What a quiz that was never set up starts from. */
export const DEFAULT_QUIZ: QuizSettings = {
  mode: 'fixed',
  questionIds: [],
  pools: [],
  shuffleQuestions: false,
  shuffleOptions: false,
  timeLimitMinutes: null,
  maxAttempts: null,
  passPercent: 60,
  availableFrom: null,
  availableUntil: null,
  feedback: 'after_submit',
};

const pad = (value: number) => String(value).padStart(2, '0');

/** An ISO instant as a `datetime-local` value in the browser's time zone. */
export function localDateTimeOf(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A `datetime-local` value (read as local time) as an ISO instant; null when empty or unreadable. */
export function isoOfLocalDateTime(value: string): string | null {
  if (!value.trim()) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

export function quizFormValuesOf(quiz: QuizSettings | null): QuizFormValues {
  const settings = quiz ?? DEFAULT_QUIZ;
  const optional = (value: number | null) => (value === null ? '' : String(value));
  return {
    mode: settings.mode,
    questionIds: [...settings.questionIds],
    pools: settings.pools.map((pool) => ({ tag: pool.tag, count: String(pool.count) })),
    shuffleQuestions: settings.shuffleQuestions,
    shuffleOptions: settings.shuffleOptions,
    timeLimitMinutes: optional(settings.timeLimitMinutes),
    maxAttempts: optional(settings.maxAttempts),
    passPercent: String(settings.passPercent),
    availableFrom: localDateTimeOf(settings.availableFrom),
    availableUntil: localDateTimeOf(settings.availableUntil),
    feedback: settings.feedback,
  };
}

const numberOrNull = (value: string) => (value.trim() ? Number(value) : null);

/**
 * The settings to send. Only the chosen mode's list goes with them, so that half-made rows of the
 * other mode cannot block saving.
 */
export function toQuizSettings(values: QuizFormValues): QuizSettings {
  return {
    mode: values.mode,
    questionIds: values.mode === 'fixed' ? values.questionIds : [],
    pools:
      values.mode === 'pools' ? values.pools.map((pool) => ({ tag: pool.tag.trim(), count: Number(pool.count) })) : [],
    shuffleQuestions: values.shuffleQuestions,
    shuffleOptions: values.shuffleOptions,
    timeLimitMinutes: numberOrNull(values.timeLimitMinutes),
    maxAttempts: numberOrNull(values.maxAttempts),
    passPercent: Number(values.passPercent),
    availableFrom: isoOfLocalDateTime(values.availableFrom),
    availableUntil: isoOfLocalDateTime(values.availableUntil),
    feedback: values.feedback,
  };
}

function checkWhole(errors: FieldErrors, field: string, value: string, min: number, max: number, optional: boolean) {
  if (!value.trim()) {
    if (!optional) errors[field] = { code: FieldErrorCode.Required };
    return;
  }
  const number = Number(value);
  if (!Number.isInteger(number) || number < min || number > max) {
    errors[field] = { code: FieldErrorCode.OutOfRange, params: { min, max } };
  }
}

/** The same checks as the API (`quiz.*` paths), to answer before a round trip. */
export function validateQuiz(values: QuizFormValues, errors: FieldErrors): void {
  if (values.mode === 'fixed') {
    if (values.questionIds.length === 0) errors['quiz.questionIds'] = { code: FieldErrorCode.Required };
    else if (values.questionIds.length > QUIZ_LIMITS.questionsMax) {
      errors['quiz.questionIds'] = { code: FieldErrorCode.TooLong, params: { max: QUIZ_LIMITS.questionsMax } };
    }
  } else {
    if (values.pools.length === 0) errors['quiz.pools'] = { code: FieldErrorCode.Required };
    else if (values.pools.length > QUIZ_LIMITS.poolsMax) {
      errors['quiz.pools'] = { code: FieldErrorCode.TooLong, params: { max: QUIZ_LIMITS.poolsMax } };
    }
    const tags = values.pools.map((pool) => pool.tag.trim());
    values.pools.forEach((pool, index) => {
      if (!tags[index]) errors[`quiz.pools.${index}.tag`] = { code: FieldErrorCode.Required };
      else if (tags.indexOf(tags[index]) !== index) {
        // The same tag twice would draw the same questions twice.
        errors[`quiz.pools.${index}.tag`] = { code: FieldErrorCode.InvalidValue };
      }
      checkWhole(errors, `quiz.pools.${index}.count`, pool.count, 1, QUIZ_LIMITS.drawMax, false);
    });
  }
  checkWhole(errors, 'quiz.timeLimitMinutes', values.timeLimitMinutes, 1, QUIZ_LIMITS.timeLimitMinutesMax, true);
  checkWhole(errors, 'quiz.maxAttempts', values.maxAttempts, 1, QUIZ_LIMITS.attemptsMax, true);
  checkWhole(errors, 'quiz.passPercent', values.passPercent, 0, 100, false);
  for (const field of ['availableFrom', 'availableUntil'] as const) {
    if (values[field].trim() && !isoOfLocalDateTime(values[field])) {
      errors[`quiz.${field}`] = { code: FieldErrorCode.InvalidValue };
    }
  }
  const from = isoOfLocalDateTime(values.availableFrom);
  const until = isoOfLocalDateTime(values.availableUntil);
  if (from && until && from >= until) errors['quiz.availableUntil'] = { code: FieldErrorCode.InvalidValue };
}
