import { AUDIENCES, COURSE_LIMITS } from '@bilikti/contracts';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { RadioGroup } from '../../../components/ui/choice-group';
import { useFocusFirstInvalid } from '../../../components/ui/field-a11y';
import { FormAlert } from '../../../components/ui/form-alert';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { useFieldErrorMessage, useFormErrorMessage } from '../../../lib/error-message';
import { fieldErrorsOf, type FieldErrors } from '../../../lib/form-errors';
import { currentLocale } from '../../../lib/i18n';
import { paths } from '../../../lib/paths';
import { sortByName } from '../../../lib/reference-data';
import { useCurrentUser } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCreateCourse } from '../hooks/use-course-mutations';
import { useProviders } from '../hooks/use-providers';
import { BilingualField } from './bilingual-field';
import {
  emptyNewCourseFormValues,
  toCreateCourseRequest,
  validateNewCourse,
  type NewCourseFormValues,
} from './course-form-values';
import type { CourseEditorState } from './course-editor-page';
import './studio.css';

export function NewCoursePage() {
  const { t, i18n } = useTranslation(['studio', 'courses', 'common']);
  useDocumentTitle(t('create.title'));
  const locale = currentLocale(i18n);
  const navigate = useNavigate();
  const me = useCurrentUser();
  // Admins pick the provider; an instructor's course belongs to their own.
  const chooseProvider = me.roles.includes('admin');
  const providers = useProviders(chooseProvider);
  const createCourse = useCreateCourse();
  const formErrorMessage = useFormErrorMessage();
  const fieldErrorMessage = useFieldErrorMessage();
  const [values, setValues] = useState<NewCourseFormValues>(emptyNewCourseFormValues);
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const [refusals, setRefusals] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, refusals);
  useFocusFirstInvalid(formRef, createCourse.error);

  const set = <K extends keyof NewCourseFormValues>(key: K, value: NewCourseFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors = validateNewCourse(values, chooseProvider);
    setClientErrors(errors);
    if (Object.keys(errors).length > 0) {
      setRefusals((count) => count + 1);
      return;
    }
    createCourse.mutate(toCreateCourseRequest(values, chooseProvider), {
      onSuccess: (draft) =>
        void navigate(paths.studioCourse(draft.id), { state: { created: true } satisfies CourseEditorState }),
    });
  };

  const hasClientErrors = Object.keys(clientErrors).length > 0;
  const fieldErrors = hasClientErrors ? clientErrors : fieldErrorsOf(createCourse.error);
  const fieldError = (field: string) => (fieldErrors[field] ? fieldErrorMessage(fieldErrors[field]) : undefined);

  return (
    <div className="page page--narrow">
      <p className="breadcrumb">
        <Link to={paths.studio}>{t('common.backToList')}</Link>
      </p>
      <h1>{t('create.title')}</h1>
      <p className="lead">{t('create.intro')}</p>
      <form ref={formRef} className="form form--wide" noValidate onSubmit={onSubmit}>
        <FormAlert message={formErrorMessage(hasClientErrors, createCourse.error)} />
        <TextField
          id="new-course-code"
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
          id="new-course-title"
          labels={{ kk: t('course.fields.title.kk'), ru: t('course.fields.title.ru') }}
          hint={t('course.fields.title.hint')}
          maxLength={COURSE_LIMITS.titleMax}
          value={values.title}
          onChange={(lang, text) => set('title', { ...values.title, [lang]: text })}
          errors={{ kk: fieldError('title.kk'), ru: fieldError('title.ru') }}
        />
        <RadioGroup
          id="new-course-audience"
          legend={t('course.fields.audience.label')}
          choices={AUDIENCES.map((value) => ({ value, label: t(`courses:audiences.${value}`) }))}
          value={values.audience}
          onChange={(audience) => set('audience', audience)}
          error={fieldError('audience')}
        />
        <TextField
          id="new-course-hours"
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
        {chooseProvider && (
          <SelectField
            id="new-course-provider"
            label={t('course.fields.provider.label')}
            required
            value={values.providerId}
            onChange={(event) => set('providerId', event.target.value)}
            error={fieldError('providerId')}
          >
            <option value="">
              {providers.isPending ? t('common:states.loading') : t('course.fields.provider.placeholder')}
            </option>
            {sortByName(providers.data ?? [], locale).map((provider) => (
              <option key={provider.id} value={provider.id}>
                {provider.name[locale] || provider.name.kk || provider.name.ru}
              </option>
            ))}
          </SelectField>
        )}
        <div className="form__actions">
          <button type="submit" className="button" disabled={createCourse.isPending}>
            {createCourse.isPending ? t('common:actions.saving') : t('create.actions.submit')}
          </button>
        </div>
      </form>
    </div>
  );
}
