import { ATTEMPT_LIMITS, FieldErrorCode, type EssayGrade, type RubricCriterion } from '@bilikti/contracts';

import type { FieldErrors } from '../../../lib/form-errors';

/** What the grader typed: points per criterion id as text ("2,5" and "2.5" alike), and the comment. */
export interface EssayGradeValues {
  scores: Record<string, string>;
  comment: string;
}

/** Rubric points come in halves. */
export const SCORE_STEP = 0.5;

/**
 * Field paths as the API names them. The form sends one essay per request, so it is always
 * `grades.0`.
 */
export const gradeField = {
  score: (criterionId: string) => `grades.0.rubricScores.${criterionId}`,
  comment: 'grades.0.comment',
  question: 'grades.0.questionId',
} as const;

export function essayGradeValuesOf(
  rubric: RubricCriterion[],
  saved: { rubricScores: Record<string, number> | null; comment: string | null } | null,
): EssayGradeValues {
  return {
    scores: Object.fromEntries(
      rubric.map((criterion) => {
        const score = saved?.rubricScores?.[criterion.id];
        return [criterion.id, score === undefined ? '' : String(score)];
      }),
    ),
    comment: saved?.comment ?? '',
  };
}

/** A number as people here write it: "2,5" and "2.5" alike. NaN when empty or not a number. */
export function parseScore(text: string): number {
  const normalised = text.trim().replace(',', '.');
  return normalised === '' ? Number.NaN : Number(normalised);
}

/** The same checks as the API: every criterion scored, 0–its maximum, in halves; the comment not too long. */
export function validateEssayGrade(rubric: RubricCriterion[], values: EssayGradeValues): FieldErrors {
  const errors: FieldErrors = {};
  for (const criterion of rubric) {
    const text = values.scores[criterion.id] ?? '';
    const score = parseScore(text);
    const field = gradeField.score(criterion.id);
    if (!text.trim()) errors[field] = { code: FieldErrorCode.Required };
    else if (!Number.isFinite(score) || score < 0 || score > criterion.maxPoints) {
      errors[field] = { code: FieldErrorCode.OutOfRange, params: { min: 0, max: criterion.maxPoints } };
    } else if (!Number.isInteger(score / SCORE_STEP)) {
      errors[field] = { code: FieldErrorCode.InvalidValue, params: { step: SCORE_STEP } };
    }
  }
  if (values.comment.trim().length > ATTEMPT_LIMITS.commentMax) {
    errors[gradeField.comment] = { code: FieldErrorCode.TooLong, params: { max: ATTEMPT_LIMITS.commentMax } };
  }
  return errors;
}

/** Call after `validateEssayGrade` found nothing. An empty comment clears an earlier one. */
export function toEssayGrade(questionId: string, rubric: RubricCriterion[], values: EssayGradeValues): EssayGrade {
  return {
    questionId,
    rubricScores: Object.fromEntries(
      rubric.map((criterion) => [criterion.id, parseScore(values.scores[criterion.id] ?? '')]),
    ),
    comment: values.comment.trim(),
  };
}
