import { QUESTION_LIMITS, type QuestionResponse, type QuestionType } from '@bilikti/contracts';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { useFocusFirstInvalid } from '../../../components/ui/field-a11y';
import { FormStatus } from '../../../components/ui/form-alert';
import { TextField } from '../../../components/ui/text-field';
import { useFieldErrorMessage } from '../../../lib/error-message';
import { fieldErrorsOf, type FieldErrors } from '../../../lib/form-errors';
import { useCreateQuestion, useQuestion, useUpdateQuestion } from '../hooks/use-questions';
import { useUnsavedChangesWarning } from '../hooks/use-unsaved-changes-warning';
import { useVersionedForm } from '../hooks/use-versioned-form';
import { BilingualField } from './bilingual-field';
import { QuestionContentFields } from './question-content-fields';
import {
  emptyQuestionFormValues,
  questionFormValuesOf,
  toCreateQuestionRequest,
  toUpdateQuestionRequest,
  validateQuestion,
  type QuestionFormValues,
} from './question-form-values';
import { QuestionPreview } from './question-preview';
import { SaveErrorAlert } from './save-error-alert';

interface QuestionEditorProps {
  courseId: string;
  /** The question being edited; a new one of `type` when absent. */
  question?: QuestionResponse;
  type: QuestionType;
  /** Back to the list; `created` when a new question was just saved. */
  onClose: (created?: QuestionResponse) => void;
}

/** Creates or edits one question: the fields on one side, how a learner sees it on the other. */
export function QuestionEditor({ courseId, question, type, onClose }: QuestionEditorProps) {
  const { t } = useTranslation(['studio', 'common']);
  const fieldErrorMessage = useFieldErrorMessage();
  const current = useQuestion(question?.id ?? '', question);
  const server = question ? current.data : undefined;
  const create = useCreateQuestion(courseId);
  const update = useUpdateQuestion(question?.id ?? '', courseId);
  const mutation = question ? update : create;
  const source = useMemo(() => (server ? questionFormValuesOf(server) : emptyQuestionFormValues(type)), [server, type]);
  const form = useVersionedForm(source, server?.version ?? 0);
  const { values } = form;
  useUnsavedChangesWarning(form.dirty, t('editor.leaveConfirm'));
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const [refusals, setRefusals] = useState(0);
  const [status, setStatus] = useState<string | null>(null);
  const [reloading, setReloading] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusFirstInvalid(formRef, refusals);
  useFocusFirstInvalid(formRef, mutation.error);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const set = <K extends keyof QuestionFormValues>(key: K, value: QuestionFormValues[K]) => {
    setStatus(null);
    form.setValues((currentValues) => ({ ...currentValues, [key]: value }));
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setStatus(null);
    const errors = validateQuestion(values);
    setClientErrors(errors);
    if (Object.keys(errors).length > 0) {
      setRefusals((count) => count + 1);
      return;
    }
    const submitted = values;
    if (question) {
      update.mutate(toUpdateQuestionRequest(submitted, form.version), {
        onSuccess: (saved) => {
          form.saved(questionFormValuesOf(saved), saved.version, submitted);
          setStatus(t('editor.saved'));
        },
      });
    } else {
      create.mutate(toCreateQuestionRequest(submitted), { onSuccess: (created) => onClose(created) });
    }
  };

  const onReload = async () => {
    setReloading(true);
    try {
      const fresh = (await current.refetch()).data;
      if (fresh) {
        form.reset(questionFormValuesOf(fresh), fresh.version);
        update.reset();
        setStatus(t('editor.reloaded'));
        headingRef.current?.focus();
      }
    } finally {
      setReloading(false);
    }
  };

  const onCancel = () => {
    if (form.dirty && !window.confirm(t('editor.leaveConfirm'))) return;
    onClose();
  };

  const hasClientErrors = Object.keys(clientErrors).length > 0;
  const fieldErrors = hasClientErrors ? clientErrors : fieldErrorsOf(mutation.error);
  /** `path.*` takes the first error under that path (the API names the one refused tag or line). */
  const fieldError = (field: string) => {
    const key = field.endsWith('.*')
      ? Object.keys(fieldErrors).find((candidate) => candidate.startsWith(field.slice(0, -1)))
      : field;
    return key && fieldErrors[key] ? fieldErrorMessage(fieldErrors[key]) : undefined;
  };

  return (
    <section className="question-editor" aria-labelledby="question-editor-title">
      <h2 id="question-editor-title" ref={headingRef} tabIndex={-1}>
        {question ? t('questions.editor.editTitle') : t('questions.editor.newTitle')}
      </h2>
      <p className="lead">{t(`questions.types.${type}`)}</p>
      <div className="question-editor__layout">
        <form ref={formRef} className="form form--wide card" noValidate onSubmit={onSubmit}>
          <SaveErrorAlert
            error={mutation.error}
            hasFieldErrors={hasClientErrors}
            onReload={() => void onReload()}
            reloading={reloading}
          />
          <BilingualField
            id="question-prompt"
            multiline
            labels={{ kk: t('questions.fields.prompt.kk'), ru: t('questions.fields.prompt.ru') }}
            hint={t('questions.fields.prompt.hint')}
            maxLength={QUESTION_LIMITS.promptMax}
            value={values.prompt}
            onChange={(lang, text) => set('prompt', { ...values.prompt, [lang]: text })}
            errors={{ kk: fieldError('prompt.kk'), ru: fieldError('prompt.ru') }}
          />
          <fieldset className="form__section">
            <legend>{t('questions.fields.answer')}</legend>
            <QuestionContentFields
              content={values.content}
              onChange={(content) => set('content', content)}
              fieldError={fieldError}
            />
          </fieldset>
          <BilingualField
            id="question-explanation"
            multiline
            labels={{ kk: t('questions.fields.explanation.kk'), ru: t('questions.fields.explanation.ru') }}
            hint={t('questions.fields.explanation.hint')}
            maxLength={QUESTION_LIMITS.explanationMax}
            value={values.explanation}
            onChange={(lang, text) => set('explanation', { ...values.explanation, [lang]: text })}
            errors={{ kk: fieldError('explanation.kk'), ru: fieldError('explanation.ru') }}
          />
          <TextField
            id="question-points"
            className="field--short"
            inputMode="decimal"
            autoComplete="off"
            required
            label={t('questions.fields.points.label')}
            hint={t('questions.fields.points.hint', { min: QUESTION_LIMITS.pointsMin, max: QUESTION_LIMITS.pointsMax })}
            value={values.points}
            onChange={(event) => set('points', event.target.value)}
            error={fieldError('points')}
          />
          <div className="form__row">
            <TextField
              id="question-tags"
              autoComplete="off"
              label={t('questions.fields.tags.label')}
              hint={t('questions.fields.tags.hint', { max: QUESTION_LIMITS.tagsMax })}
              value={values.tags}
              onChange={(event) => set('tags', event.target.value)}
              error={fieldError('tags') ?? fieldError('tags.*')}
            />
            <TextField
              id="question-competencies"
              autoComplete="off"
              spellCheck={false}
              label={t('questions.fields.competencies.label')}
              hint={t('questions.fields.competencies.hint', { max: QUESTION_LIMITS.competenciesMax })}
              value={values.competencyCodes}
              onChange={(event) => set('competencyCodes', event.target.value)}
              error={fieldError('competencyCodes') ?? fieldError('competencyCodes.*')}
            />
          </div>
          <div className="form__actions form__actions--sticky">
            <button type="submit" className="button" disabled={mutation.isPending}>
              {mutation.isPending ? t('common:actions.saving') : t('common:actions.save')}
            </button>
            <button type="button" className="button button--secondary" onClick={onCancel}>
              {t('questions.editor.backToList')}
            </button>
            {form.dirty && <span className="unsaved-note">{t('editor.unsaved')}</span>}
          </div>
          <FormStatus message={status} />
        </form>
        <QuestionPreview values={values} />
      </div>
    </section>
  );
}
