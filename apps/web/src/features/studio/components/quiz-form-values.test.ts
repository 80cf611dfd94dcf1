import { describe, expect, it } from 'vitest';

import type { FieldErrors } from '../../../lib/form-errors';
import { DEFAULT_QUIZ, localDateTimeOf, quizFormValuesOf, toQuizSettings, validateQuiz } from './quiz-form-values';

describe('quiz form values', () => {
  it('round-trips the availability window through datetime-local values in the local time zone', () => {
    const from = new Date('2026-03-01T09:00').toISOString();
    expect(localDateTimeOf(from)).toBe('2026-03-01T09:00');
    const values = quizFormValuesOf({ ...DEFAULT_QUIZ, questionIds: ['q-1'], availableFrom: from });
    expect(toQuizSettings(values)).toEqual({ ...DEFAULT_QUIZ, questionIds: ['q-1'], availableFrom: from });
  });

  it('refuses what the API would: no questions, a repeated tag, a draw out of range, a window that ends before it starts', () => {
    const errors: FieldErrors = {};
    validateQuiz(
      {
        ...quizFormValuesOf(null),
        mode: 'pools',
        pools: [
          { tag: 'бюджет', count: '0' },
          { tag: 'бюджет', count: '2' },
        ],
        maxAttempts: '21',
        availableFrom: '2026-03-10T09:00',
        availableUntil: '2026-03-01T09:00',
      },
      errors,
    );
    expect(errors).toEqual({
      'quiz.pools.0.count': { code: 'outOfRange', params: { min: 1, max: 100 } },
      'quiz.pools.1.tag': { code: 'invalidValue' },
      'quiz.maxAttempts': { code: 'outOfRange', params: { min: 1, max: 20 } },
      'quiz.availableUntil': { code: 'invalidValue' },
    });

    const fixed: FieldErrors = {};
    validateQuiz(quizFormValuesOf(null), fixed);
    expect(fixed).toEqual({ 'quiz.questionIds': { code: 'required' } });
  });
});
