import { COURSE_LIMITS, LOCALES, type LessonResponse, type Locale, type MediaResponse } from '@bilikti/contracts';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { ErrorState } from '../../../components/ui/error-state';
import { useFocusFirstInvalid } from '../../../components/ui/field-a11y';
import { FormStatus } from '../../../components/ui/form-alert';
import { LoadingState } from '../../../components/ui/loading-state';
import { TextField } from '../../../components/ui/text-field';
import { useFieldErrorMessage } from '../../../lib/error-message';
import { fieldErrorsOf, type FieldErrors } from '../../../lib/form-errors';
import { currentLocale } from '../../../lib/i18n';
import { paths } from '../../../lib/paths';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCourseDraft } from '../hooks/use-course-draft';
import { useLessonDraft, useUpdateLesson } from '../hooks/use-lesson';
import { useUnsavedChangesWarning } from '../hooks/use-unsaved-changes-warning';
import { useVersionedForm } from '../hooks/use-versioned-form';
import { BilingualField } from './bilingual-field';
import {
  lessonFormValuesOf,
  toUpdateLessonRequest,
  validateLesson,
  type LessonFormValues,
  type LessonLanguageValues,
} from './lesson-form-values';
import { LessonLanguagePanel } from './lesson-language-panel';
import { pickText } from './localized-text';
import type { QuizFormValues } from './quiz-form-values';
import { QuizSettingsSection } from './quiz-settings-section';
import { SaveErrorAlert } from './save-error-alert';
import './studio.css';

export function LessonEditorPage() {
  const { t, i18n } = useTranslation(['studio', 'courses']);
  const locale = currentLocale(i18n);
  const { courseId = '', lessonId = '' } = useParams();
  const lesson = useLessonDraft(lessonId);
  const course = useCourseDraft(courseId);
  const title = lesson.data ? pickText(lesson.data.title, locale) : null;
  useDocumentTitle(title?.text ?? t('lesson.title'));
  const courseTitle = course.data ? pickText(course.data.title, locale) : null;

  return (
    <div className="page studio-editor">
      <p className="breadcrumb">
        <Link to={paths.studioCourse(courseId)}>
          {t('lesson.backToCourse', { course: courseTitle?.text ?? t('common.untitledCourse') })}
        </Link>
      </p>
      {lesson.isPending ? (
        <>
          <h1>{t('lesson.title')}</h1>
          <LoadingState />
        </>
      ) : lesson.isError && !lesson.data ? (
        <>
          <h1>{t('lesson.title')}</h1>
          <ErrorState error={lesson.error} onRetry={() => void lesson.refetch()} />
        </>
      ) : (
        <LessonForm
          key={lesson.data.id}
          lesson={lesson.data}
          courseId={courseId}
          reload={async () => (await lesson.refetch()).data}
        />
      )}
    </div>
  );
}

interface LessonFormProps {
  lesson: LessonResponse;
  courseId: string;
  reload: () => Promise<LessonResponse | undefined>;
}

function LessonForm({ lesson, courseId, reload }: LessonFormProps) {
  const { t, i18n } = useTranslation(['studio', 'courses', 'common']);
  const locale = currentLocale(i18n);
  const fieldErrorMessage = useFieldErrorMessage();
  const update = useUpdateLesson(lesson.id, courseId);
  const confirm = useUpdateLesson(lesson.id, courseId);
  const source = useMemo(() => lessonFormValuesOf(lesson), [lesson]);
  const form = useVersionedForm(source, lesson.version);
  const { values } = form;
  useUnsavedChangesWarning(form.dirty, t('editor.leaveConfirm'));
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const [refusals, setRefusals] = useState(0);
  const [status, setStatus] = useState<string | null>(null);
  const [reloading, setReloading] = useState(false);
  const [uploaded, setUploaded] = useState<MediaResponse[]>([]);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, refusals);
  useFocusFirstInvalid(formRef, update.error);
  const title = pickText(lesson.title, locale);

  const mediaById = (id: string) => [...uploaded, ...lesson.media].find((media) => media.id === id) ?? { id };

  const setLanguage = (lang: Locale, change: Partial<LessonLanguageValues>) => {
    setStatus(null);
    form.setValues((current) => ({
      ...current,
      content: { ...current.content, [lang]: { ...current.content[lang], ...change } },
    }));
  };
  const setQuiz = (change: Partial<QuizFormValues>) => {
    setStatus(null);
    form.setValues((current) => (current.quiz ? { ...current, quiz: { ...current.quiz, ...change } } : current));
  };
  const set = <K extends keyof LessonFormValues>(key: K, value: LessonFormValues[K]) => {
    setStatus(null);
    form.setValues((current) => ({ ...current, [key]: value }));
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setStatus(null);
    confirm.reset();
    const errors = validateLesson(values, lesson.type);
    setClientErrors(errors);
    if (Object.keys(errors).length > 0) {
      setRefusals((count) => count + 1);
      return;
    }
    const submitted = values;
    update.mutate(toUpdateLessonRequest(submitted, form.base, form.version, lesson.type), {
      onSuccess: (saved) => {
        form.saved(lessonFormValuesOf(saved), saved.version, submitted);
        setStatus(t('editor.saved'));
      },
    });
  };

  const onConfirmReview = (lang: Locale) => {
    setStatus(null);
    update.reset();
    confirm.mutate(
      { version: form.version, confirmReview: [lang] },
      {
        onSuccess: () => {
          setStatus(t(`lesson.review.confirmed.${lang}`));
          document.getElementById(`lesson-heading-${lang}`)?.focus();
        },
      },
    );
  };

  const onReload = async () => {
    setReloading(true);
    try {
      const fresh = await reload();
      if (fresh) {
        form.reset(lessonFormValuesOf(fresh), fresh.version);
        update.reset();
        confirm.reset();
        setStatus(t('editor.reloaded'));
        document.getElementById('lesson-title-heading')?.focus();
      }
    } finally {
      setReloading(false);
    }
  };

  const hasClientErrors = Object.keys(clientErrors).length > 0;
  const fieldErrors = hasClientErrors ? clientErrors : fieldErrorsOf(update.error);
  const fieldError = (field: string) => (fieldErrors[field] ? fieldErrorMessage(fieldErrors[field]) : undefined);

  return (
    <>
      <h1 id="lesson-title-heading" tabIndex={-1} lang={title?.lang}>
        {title?.text ?? t('outline.untitledLesson')}
      </h1>
      <p className="lead">{t(`courses:lessonTypes.${lesson.type}`)}</p>
      {lesson.type === 'assessment' && (
        <p>
          <Link to={paths.studioLessonResults(courseId, lesson.id)}>{t('lesson.resultsLink')}</Link>
        </p>
      )}
      <form ref={formRef} className="form form--wide" noValidate onSubmit={onSubmit}>
        <SaveErrorAlert
          error={update.error ?? confirm.error}
          hasFieldErrors={hasClientErrors}
          onReload={() => void onReload()}
          reloading={reloading}
        />
        <BilingualField
          id="lesson-title"
          labels={{ kk: t('lesson.fields.title.kk'), ru: t('lesson.fields.title.ru') }}
          maxLength={COURSE_LIMITS.titleMax}
          value={values.title}
          onChange={(lang, text) => set('title', { ...values.title, [lang]: text })}
          errors={{ kk: fieldError('title.kk'), ru: fieldError('title.ru') }}
        />
        <TextField
          id="lesson-duration"
          type="number"
          inputMode="numeric"
          min={1}
          max={COURSE_LIMITS.durationMinutesMax}
          className="field--short"
          label={t('lesson.fields.duration.label')}
          hint={t('lesson.fields.duration.hint', { max: COURSE_LIMITS.durationMinutesMax })}
          value={values.durationMinutes}
          onChange={(event) => set('durationMinutes', event.target.value)}
          error={fieldError('durationMinutes')}
        />
        <div className="lesson-columns">
          {LOCALES.map((lang) => (
            <LessonLanguagePanel
              key={lang}
              locale={lang}
              type={lesson.type}
              courseId={courseId}
              values={values.content[lang]}
              onChange={(change) => setLanguage(lang, change)}
              mediaById={mediaById}
              onUploaded={(media) => setUploaded((current) => [...current, media])}
              fieldError={fieldError}
              needsReview={lesson.needsReview[lang]}
              onConfirmReview={() => onConfirmReview(lang)}
              confirming={confirm.isPending}
            />
          ))}
        </div>
        {values.quiz && (
          <QuizSettingsSection
            courseId={courseId}
            values={values.quiz}
            onChange={setQuiz}
            errors={fieldErrors}
            configured={lesson.quiz !== null}
          />
        )}
        <div className="form__actions form__actions--sticky">
          <button type="submit" className="button" disabled={update.isPending}>
            {update.isPending ? t('common:actions.saving') : t('common:actions.save')}
          </button>
          {form.dirty && <span className="unsaved-note">{t('editor.unsaved')}</span>}
        </div>
        <FormStatus message={status} />
      </form>
    </>
  );
}
