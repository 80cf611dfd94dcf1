import { AUDIENCES, COURSE_LIMITS, type CourseDraftResponse, type MediaResponse } from '@bilikti/contracts';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { RadioGroup } from '../../../components/ui/choice-group';
import { describedBy, useFocusFirstInvalid } from '../../../components/ui/field-a11y';
import { FieldError, FieldHint } from '../../../components/ui/field-messages';
import { FormStatus } from '../../../components/ui/form-alert';
import { TextField } from '../../../components/ui/text-field';
import { useFieldErrorMessage } from '../../../lib/error-message';
import { fieldErrorsOf, type FieldErrors } from '../../../lib/form-errors';
import { useUpdateCourse } from '../hooks/use-course-mutations';
import { useUnsavedChangesWarning } from '../hooks/use-unsaved-changes-warning';
import { useVersionedForm } from '../hooks/use-versioned-form';
import { BilingualField } from './bilingual-field';
import { courseFormValuesOf, toUpdateCourseRequest, validateCourse, type CourseFormValues } from './course-form-values';
import { MediaUploadField } from './media-upload-field';
import { SaveErrorAlert } from './save-error-alert';
import { TopicsField } from './topics-field';

interface CourseDetailsFormProps {
  draft: CourseDraftResponse;
  /** Fetches the server's copy again (after a 409). */
  reload: () => Promise<CourseDraftResponse | undefined>;
}

export function CourseDetailsForm({ draft, reload }: CourseDetailsFormProps) {
  const { t } = useTranslation(['studio', 'courses', 'common']);
  const fieldErrorMessage = useFieldErrorMessage();
  const updateCourse = useUpdateCourse(draft.id);
  const source = useMemo(() => courseFormValuesOf(draft), [draft]);
  const form = useVersionedForm(source, draft.version);
  const { values } = form;
  useUnsavedChangesWarning(form.dirty, t('editor.leaveConfirm'));
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const [refusals, setRefusals] = useState(0);
  const [reloading, setReloading] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  /** The cover uploaded in this visit, to name it; an older one is known only by id. */
  const [uploadedCover, setUploadedCover] = useState<MediaResponse | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusFirstInvalid(formRef, refusals);
  useFocusFirstInvalid(formRef, updateCourse.error);

  const set = <K extends keyof CourseFormValues>(key: K, value: CourseFormValues[K]) => {
    setStatus(null);
    form.setValues((current) => ({ ...current, [key]: value }));
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setStatus(null);
    const errors = validateCourse(values);
    setClientErrors(errors);
    if (Object.keys(errors).length > 0) {
      setRefusals((count) => count + 1);
      return;
    }
    const submitted = values;
    updateCourse.mutate(toUpdateCourseRequest(submitted, form.version), {
      onSuccess: (saved) => {
        form.saved(courseFormValuesOf(saved), saved.version, submitted);
        setStatus(t('editor.saved'));
      },
    });
  };

  const onReload = async () => {
    setReloading(true);
    try {
      const fresh = await reload();
      if (fresh) {
        form.reset(courseFormValuesOf(fresh), fresh.version);
        updateCourse.reset();
        setStatus(t('editor.reloaded'));
        headingRef.current?.focus();
      }
    } finally {
      setReloading(false);
    }
  };

  const hasClientErrors = Object.keys(clientErrors).length > 0;
  const fieldErrors = hasClientErrors ? clientErrors : fieldErrorsOf(updateCourse.error);
  const fieldError = (field: string) => (fieldErrors[field] ? fieldErrorMessage(fieldErrors[field]) : undefined);
  const cover =
    values.coverMediaId === null
      ? null
      : uploadedCover?.id === values.coverMediaId
        ? uploadedCover
        : { id: values.coverMediaId };

  return (
    <section className="card" aria-labelledby="course-details-title">
      <h2 id="course-details-title" ref={headingRef} tabIndex={-1}>
        {t('editor.details.title')}
      </h2>
      <form ref={formRef} className="form form--wide" noValidate onSubmit={onSubmit}>
        <SaveErrorAlert
          error={updateCourse.error}
          hasFieldErrors={hasClientErrors}
          onReload={() => void onReload()}
          reloading={reloading}
        />
        <TextField
          id="course-code"
          label={t('course.fields.code.label')}
          hint={t('course.fields.code.hint')}
          required
          autoComplete="off"
          spellCheck={false}
          maxLength={COURSE_LIMITS.codeMax}
          value={values.code}
          onChange={(event) => set('code', event.target.value)}
          error={fieldError('code')}
        />
        <BilingualField
          id="course-title"
          labels={{ kk: t('course.fields.title.kk'), ru: t('course.fields.title.ru') }}
          maxLength={COURSE_LIMITS.titleMax}
          value={values.title}
          onChange={(lang, text) => set('title', { ...values.title, [lang]: text })}
          errors={{ kk: fieldError('title.kk'), ru: fieldError('title.ru') }}
        />
        <BilingualField
          id="course-summary"
          multiline
          labels={{ kk: t('course.fields.summary.kk'), ru: t('course.fields.summary.ru') }}
          hint={t('course.fields.summary.hint', { max: COURSE_LIMITS.summaryMax })}
          maxLength={COURSE_LIMITS.summaryMax}
          value={values.summary}
          onChange={(lang, text) => set('summary', { ...values.summary, [lang]: text })}
          errors={{ kk: fieldError('summary.kk'), ru: fieldError('summary.ru') }}
        />
        <div className="form__row">
          <RadioGroup
            id="course-audience"
            legend={t('course.fields.audience.label')}
            choices={AUDIENCES.map((value) => ({ value, label: t(`courses:audiences.${value}`) }))}
            value={values.audience}
            onChange={(audience) => set('audience', audience)}
            error={fieldError('audience')}
          />
          <TextField
            id="course-hours"
            type="number"
            inputMode="numeric"
            min={COURSE_LIMITS.academicHoursMin}
            max={COURSE_LIMITS.academicHoursMax}
            label={t('course.fields.academicHours.label')}
            hint={t('course.fields.academicHours.hint', {
              min: COURSE_LIMITS.academicHoursMin,
              max: COURSE_LIMITS.academicHoursMax,
            })}
            required
            value={values.academicHours}
            onChange={(event) => set('academicHours', event.target.value)}
            error={fieldError('academicHours')}
          />
        </div>
        <TopicsField
          id="course-topics"
          values={values.topics}
          onChange={(topics) => set('topics', topics)}
          error={fieldError('topics')}
        />
        <MediaUploadField
          id="course-cover"
          label={t('course.fields.cover.label')}
          kind="image"
          courseId={draft.id}
          current={cover}
          onChange={(media) => {
            setUploadedCover(media);
            set('coverMediaId', media?.id ?? null);
          }}
          error={fieldError('coverMediaId')}
        />
        <div className="field">
          <div className="choice">
            <input
              type="checkbox"
              id="course-self-enrolment"
              checked={values.selfEnrolment}
              onChange={(event) => set('selfEnrolment', event.target.checked)}
              {...describedBy('course-self-enrolment', true, !!fieldError('selfEnrolment'))}
            />
            <label htmlFor="course-self-enrolment">{t('course.fields.selfEnrolment.label')}</label>
          </div>
          <FieldHint id="course-self-enrolment" hint={t('course.fields.selfEnrolment.hint')} />
          <FieldError id="course-self-enrolment" error={fieldError('selfEnrolment')} />
        </div>
        <div className="form__actions">
          <button type="submit" className="button" disabled={updateCourse.isPending}>
            {updateCourse.isPending ? t('common:actions.saving') : t('common:actions.save')}
          </button>
          {form.dirty && <span className="unsaved-note">{t('editor.unsaved')}</span>}
        </div>
        <FormStatus message={status} />
      </form>
    </section>
  );
}
