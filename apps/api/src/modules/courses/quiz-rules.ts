import {
  type FieldError,
  FieldErrorCode,
  FEEDBACK_POLICIES,
  QUESTION_LIMITS,
  QUIZ_LIMITS,
  type QuizSettings,
} from '@bilikti/contracts';
import { isPlainObject } from '../../common/is-plain-object';

type Errors = Record<string, FieldError>;

const KEYS = [
  'mode',
  'questionIds',
  'pools',
  'shuffleQuestions',
  'shuffleOptions',
  'timeLimitMinutes',
  'maxAttempts',
  'passPercent',
  'availableFrom',
  'availableUntil',
  'feedback',
];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/**
 * Checks an assessment lesson's quiz settings (the shape and the numbers; whether the questions
 * exist in the bank is checked against the database). Errors carry `quiz.*` paths.
 */
export function checkQuizSettings(raw: unknown): { quiz?: QuizSettings; errors: Errors } {
  const errors: Errors = {};
  if (!isPlainObject(raw)) return { errors: { quiz: { code: FieldErrorCode.InvalidType } } };
  for (const key of Object.keys(raw))
    if (!KEYS.includes(key)) errors[`quiz.${key}`] = { code: FieldErrorCode.UnknownField };

  const mode = raw.mode === 'fixed' || raw.mode === 'pools' ? raw.mode : null;
  if (!mode) errors['quiz.mode'] = { code: FieldErrorCode.InvalidValue };

  const questionIds = Array.isArray(raw.questionIds) ? raw.questionIds : null;
  if (
    !questionIds ||
    !questionIds.every((id) => typeof id === 'string' && UUID.test(id)) ||
    new Set(questionIds).size !== questionIds.length
  ) {
    errors['quiz.questionIds'] = { code: FieldErrorCode.InvalidValue };
  } else if (questionIds.length > QUIZ_LIMITS.questionsMax) {
    errors['quiz.questionIds'] = { code: FieldErrorCode.TooLong, params: { max: QUIZ_LIMITS.questionsMax } };
  } else if (mode === 'fixed' && !questionIds.length) {
    errors['quiz.questionIds'] = { code: FieldErrorCode.Required };
  }

  const pools: { tag: string; count: number }[] = [];
  if (!Array.isArray(raw.pools)) errors['quiz.pools'] = { code: FieldErrorCode.InvalidType };
  else if (raw.pools.length > QUIZ_LIMITS.poolsMax) {
    errors['quiz.pools'] = { code: FieldErrorCode.TooLong, params: { max: QUIZ_LIMITS.poolsMax } };
  } else {
    raw.pools.forEach((pool, index) => {
      const p = isPlainObject(pool) ? pool : {};
      const tag = typeof p.tag === 'string' ? p.tag.trim() : '';
      if (!tag || tag.length > QUESTION_LIMITS.tagMax)
        errors[`quiz.pools.${index}.tag`] = { code: FieldErrorCode.InvalidValue };
      const count = p.count;
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > QUIZ_LIMITS.drawMax) {
        errors[`quiz.pools.${index}.count`] = {
          code: FieldErrorCode.OutOfRange,
          params: { min: 1, max: QUIZ_LIMITS.drawMax },
        };
      }
      pools.push({ tag, count: typeof count === 'number' ? count : 0 });
    });
    if (new Set(pools.map((p) => p.tag)).size !== pools.length)
      errors['quiz.pools'] = { code: FieldErrorCode.InvalidValue };
    if (mode === 'pools' && !pools.length) errors['quiz.pools'] = { code: FieldErrorCode.Required };
  }

  const flag = (key: 'shuffleQuestions' | 'shuffleOptions') => {
    if (typeof raw[key] !== 'boolean') errors[`quiz.${key}`] = { code: FieldErrorCode.InvalidType };
    return raw[key] === true;
  };
  const whole = (
    key: 'timeLimitMinutes' | 'maxAttempts' | 'passPercent',
    min: number,
    max: number,
    nullable: boolean,
  ) => {
    const value = raw[key];
    if (value === null && nullable) return null;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      errors[`quiz.${key}`] = { code: FieldErrorCode.OutOfRange, params: { min, max } };
      return null;
    }
    return value;
  };
  const moment = (key: 'availableFrom' | 'availableUntil') => {
    const value = raw[key];
    if (value === null) return null;
    if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) {
      errors[`quiz.${key}`] = { code: FieldErrorCode.InvalidValue };
      return null;
    }
    return new Date(value).toISOString();
  };

  const availableFrom = moment('availableFrom');
  const availableUntil = moment('availableUntil');
  if (availableFrom && availableUntil && availableFrom >= availableUntil) {
    errors['quiz.availableUntil'] = { code: FieldErrorCode.InvalidValue };
  }
  const feedback = raw.feedback;
  if (typeof feedback !== 'string' || !(FEEDBACK_POLICIES as readonly string[]).includes(feedback)) {
    errors['quiz.feedback'] = { code: FieldErrorCode.InvalidValue };
  } else if (feedback === 'after_close' && raw.availableUntil === null) {
    // Answers are shown when the window closes, so it must close.
    errors['quiz.availableUntil'] = { code: FieldErrorCode.Required };
  }
  const quiz: QuizSettings = {
    mode: mode ?? 'fixed',
    questionIds: (questionIds ?? []) as string[],
    pools,
    shuffleQuestions: flag('shuffleQuestions'),
    shuffleOptions: flag('shuffleOptions'),
    timeLimitMinutes: whole('timeLimitMinutes', 1, QUIZ_LIMITS.timeLimitMinutesMax, true),
    maxAttempts: whole('maxAttempts', 1, QUIZ_LIMITS.attemptsMax, true),
    passPercent: whole('passPercent', 0, 100, false) ?? 0,
    availableFrom,
    availableUntil,
    feedback: feedback as QuizSettings['feedback'],
  };
  return Object.keys(errors).length ? { errors } : { quiz, errors };
}
