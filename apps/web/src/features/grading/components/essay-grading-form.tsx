import {
  ATTEMPT_LIMITS,
  FieldErrorCode,
  type AttemptQuestion,
  type AttemptResponse,
  type Locale,
  type RubricCriterion,
} from '@bilikti/contracts';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { pickLocalized } from '../../../components/content/localized-text';
import { useFocusFirstInvalid } from '../../../components/ui/field-a11y';
import { FormAlert, FormStatus } from '../../../components/ui/form-alert';
import { TextField } from '../../../components/ui/text-field';
import { useErrorMessage, useFieldErrorMessage } from '../../../lib/error-message';
import { fieldErrorsOf, type FieldErrors } from '../../../lib/form-errors';
import { currentLocale } from '../../../lib/i18n';
import { useGradeAttempt } from '../hooks/use-attempt';
import {
  essayGradeValuesOf,
  gradeField,
  SCORE_STEP,
  toEssayGrade,
  validateEssayGrade,
  type EssayGradeValues,
} from './essay-grade-values';
import { formatPoints } from './grading-format';
import { TextAreaField } from '../../../components/ui/text-area-field';

interface EssayGradingFormProps {
  attemptId: string;
  question: AttemptQuestion;
  rubric: RubricCriterion[];
  /** The language the question is shown in: the criteria follow it. */
  contentLocale: Locale;
  /** Essays of an attempt in progress cannot be graded yet. */
  canGrade: boolean;
  onSaved: (attempt: AttemptResponse) => void;
}

/** The form's heading, where the page moves the focus to send the grader on to this essay. */
export const gradingTitleId = (questionId: string) => `grade-${questionId}-title`;

/** Points per rubric criterion and a comment for one essay, saved on their own. */
export function EssayGradingForm({
  attemptId,
  question,
  rubric,
  contentLocale,
  canGrade,
  onSaved,
}: EssayGradingFormProps) {
  const { t, i18n } = useTranslation(['grading', 'errors']);
  const locale = currentLocale(i18n);
  const errorMessage = useErrorMessage();
  const fieldErrorMessage = useFieldErrorMessage();
  const grade = useGradeAttempt(attemptId);
  const [values, setValues] = useState<EssayGradeValues>(() => essayGradeValuesOf(rubric, question.feedback));
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const [refusals, setRefusals] = useState(0);
  const [status, setStatus] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, refusals);
  useFocusFirstInvalid(formRef, grade.error);
  const idBase = `grade-${question.questionId}`;
  const titleId = gradingTitleId(question.questionId);

  const hasClientErrors = Object.keys(clientErrors).length > 0;
  const fieldErrors = hasClientErrors ? clientErrors : fieldErrorsOf(grade.error);
  const scoreError = (criterion: RubricCriterion) => {
    const error = fieldErrors[gradeField.score(criterion.id)];
    if (!error) return undefined;
    if (error.code === FieldErrorCode.OutOfRange) {
      return t('form.errors.outOfRange', { max: formatPoints(criterion.maxPoints, locale) });
    }
    if (error.code === FieldErrorCode.InvalidValue) return t('form.errors.step');
    return fieldErrorMessage(error);
  };
  const commentError = fieldErrors[gradeField.comment] ? fieldErrorMessage(fieldErrors[gradeField.comment]) : undefined;
  // A grade the API refuses as a whole (not an essay of this attempt, an attempt still open) has no field to show it by.
  const questionError = fieldErrors[gradeField.question];
  const alert = questionError
    ? fieldErrorMessage(questionError)
    : hasClientErrors
      ? t('errors:validation.failed')
      : grade.error
        ? errorMessage(grade.error)
        : null;

  const change = (update: Partial<EssayGradeValues>) => {
    setStatus(null);
    setValues((current) => ({ ...current, ...update }));
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setStatus(null);
    grade.reset();
    const errors = validateEssayGrade(rubric, values);
    setClientErrors(errors);
    if (Object.keys(errors).length > 0) {
      setRefusals((count) => count + 1);
      return;
    }
    grade.mutate(
      { grades: [toEssayGrade(question.questionId, rubric, values)] },
      {
        onSuccess: (attempt) => {
          setStatus(t('form.saved'));
          onSaved(attempt);
        },
      },
    );
  };

  if (!canGrade) {
    return (
      <section className="card grading-form" aria-labelledby={titleId}>
        <h4 id={titleId} tabIndex={-1}>
          {t('form.title', { number: question.position })}
        </h4>
        <p className="field__hint">{t('form.notClosed')}</p>
      </section>
    );
  }

  return (
    <form ref={formRef} className="card grading-form" aria-labelledby={titleId} noValidate onSubmit={onSubmit}>
      <h4 id={titleId} tabIndex={-1}>
        {t('form.title', { number: question.position })}
      </h4>
      <FormAlert message={alert} />
      <fieldset className="form__section grading-form__rubric">
        <legend>{t('form.rubric')}</legend>
        <p className="field__hint">{t('form.stepHint')}</p>
        {rubric.map((criterion) => {
          const text = pickLocalized(criterion.criterion, contentLocale);
          return (
            <TextField
              key={criterion.id}
              id={`${idBase}-${criterion.id}`}
              type="number"
              inputMode="decimal"
              min={0}
              max={criterion.maxPoints}
              step={SCORE_STEP}
              className="field--short"
              label={t('form.criterion', {
                criterion: text.text,
                count: criterion.maxPoints,
                max: formatPoints(criterion.maxPoints, locale),
              })}
              value={values.scores[criterion.id] ?? ''}
              onChange={(event) => change({ scores: { ...values.scores, [criterion.id]: event.target.value } })}
              error={scoreError(criterion)}
            />
          );
        })}
      </fieldset>
      <TextAreaField
        id={`${idBase}-comment`}
        label={t('form.comment.label')}
        hint={t('form.comment.hint', { max: ATTEMPT_LIMITS.commentMax })}
        maxLength={ATTEMPT_LIMITS.commentMax}
        rows={5}
        value={values.comment}
        onChange={(event) => change({ comment: event.target.value })}
        error={commentError}
      />
      <div className="form__actions">
        <button type="submit" className="button" disabled={grade.isPending}>
          {grade.isPending ? t('form.saving') : t('form.save')}
        </button>
      </div>
      <FormStatus message={status} />
    </form>
  );
}
