import {
  AUTHORABLE_LESSON_TYPES,
  COURSE_LIMITS,
  FieldErrorCode,
  type Bilingual,
  type FieldError,
  type LessonType,
} from '@bilikti/contracts';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { FormAlert } from '../../../components/ui/form-alert';
import { SelectField } from '../../../components/ui/select-field';
import { useErrorMessage, useFieldErrorMessage } from '../../../lib/error-message';
import { fieldErrorsOf } from '../../../lib/form-errors';
import { BilingualField } from './bilingual-field';

const EMPTY: Bilingual = { kk: '', ru: '' };
const REQUIRED: FieldError = { code: FieldErrorCode.Required };
const hasTitle = (title: Bilingual) => title.kk.trim() !== '' || title.ru.trim() !== '';
const trimmed = (title: Bilingual): Bilingual => ({ kk: title.kk.trim(), ru: title.ru.trim() });

interface TitleFormProps {
  id: string;
  initial?: Bilingual;
  labels: Record<'kk' | 'ru', string>;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (title: Bilingual) => void;
  onCancel?: () => void;
  children?: ReactNode;
}

/** A title in both languages; one language may wait (the parity meter reminds), both may not. */
function TitleForm({
  id,
  initial = EMPTY,
  labels,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
  children,
}: TitleFormProps) {
  const { t } = useTranslation('studio');
  const errorMessage = useErrorMessage();
  const fieldErrorMessage = useFieldErrorMessage();
  const [title, setTitle] = useState(initial);
  const [missing, setMissing] = useState(false);
  const serverFields = fieldErrorsOf(error);
  const fieldError = (lang: 'kk' | 'ru') => {
    if (missing && lang === 'kk') return fieldErrorMessage(REQUIRED);
    const fieldError = serverFields[`title.${lang}`];
    return fieldError ? fieldErrorMessage(fieldError) : undefined;
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!hasTitle(title)) {
      setMissing(true);
      document.getElementById(`${id}-kk`)?.focus();
      return;
    }
    setMissing(false);
    onSubmit(trimmed(title));
  };

  return (
    <form className="outline-form" noValidate onSubmit={submit}>
      {error && Object.keys(serverFields).length === 0 ? <FormAlert message={errorMessage(error)} /> : null}
      {children}
      <BilingualField
        id={id}
        labels={labels}
        hint={t('outline.titleHint')}
        maxLength={COURSE_LIMITS.titleMax}
        value={title}
        onChange={(lang, text) => setTitle((current) => ({ ...current, [lang]: text }))}
        errors={{ kk: fieldError('kk'), ru: fieldError('ru') }}
      />
      <div className="form__actions">
        <button type="submit" className="button button--small" disabled={pending}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button--secondary button--small" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

interface AddModuleFormProps {
  pending: boolean;
  error: unknown;
  disabled: boolean;
  onAdd: (title: Bilingual, done: () => void) => void;
}

export function AddModuleForm({ pending, error, disabled, onAdd }: AddModuleFormProps) {
  const { t } = useTranslation('studio');
  // Remounted after each success, so the inputs empty themselves.
  const [round, setRound] = useState(0);
  if (disabled) return <p className="field__hint">{t('outline.modulesFull', { max: COURSE_LIMITS.modulesMax })}</p>;
  return (
    <details className="outline-add" id="add-module">
      <summary>{t('outline.module.add')}</summary>
      <TitleForm
        key={round}
        id="new-module-title"
        labels={{ kk: t('outline.module.titleKk'), ru: t('outline.module.titleRu') }}
        submitLabel={t('outline.module.addSubmit')}
        pending={pending}
        error={error}
        onSubmit={(title) => onAdd(title, () => setRound((value) => value + 1))}
      />
    </details>
  );
}

interface RenameModuleFormProps {
  moduleId: string;
  initial: Bilingual;
  pending: boolean;
  error: unknown;
  onRename: (title: Bilingual) => void;
  onCancel: () => void;
}

export function RenameModuleForm({ moduleId, initial, pending, error, onRename, onCancel }: RenameModuleFormProps) {
  const { t } = useTranslation('studio');
  return (
    <TitleForm
      id={`module-title-${moduleId}`}
      initial={initial}
      labels={{ kk: t('outline.module.titleKk'), ru: t('outline.module.titleRu') }}
      submitLabel={t('common.saveTitle')}
      pending={pending}
      error={error}
      onSubmit={onRename}
      onCancel={onCancel}
    />
  );
}

interface AddLessonFormProps {
  moduleId: string;
  pending: boolean;
  error: unknown;
  disabled: boolean;
  onAdd: (type: LessonType, title: Bilingual, done: () => void) => void;
}

export function AddLessonForm({ moduleId, pending, error, disabled, onAdd }: AddLessonFormProps) {
  const { t } = useTranslation(['studio', 'courses']);
  const [type, setType] = useState<LessonType>('text');
  const [round, setRound] = useState(0);
  if (disabled) {
    return <p className="field__hint">{t('outline.lessonsFull', { max: COURSE_LIMITS.lessonsPerModuleMax })}</p>;
  }
  return (
    <details className="outline-add">
      <summary>{t('outline.lesson.add')}</summary>
      <TitleForm
        key={round}
        id={`new-lesson-title-${moduleId}`}
        labels={{ kk: t('outline.lesson.titleKk'), ru: t('outline.lesson.titleRu') }}
        submitLabel={t('outline.lesson.addSubmit')}
        pending={pending}
        error={error}
        onSubmit={(title) => onAdd(type, title, () => setRound((value) => value + 1))}
      >
        <SelectField
          id={`new-lesson-type-${moduleId}`}
          label={t('outline.lesson.type')}
          value={type}
          onChange={(event) => setType(event.target.value as LessonType)}
        >
          {AUTHORABLE_LESSON_TYPES.map((value) => (
            <option key={value} value={value}>
              {t(`courses:lessonTypes.${value}`)}
            </option>
          ))}
        </SelectField>
      </TitleForm>
    </details>
  );
}
