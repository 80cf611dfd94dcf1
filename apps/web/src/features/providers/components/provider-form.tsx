import { COURSE_LIMITS, FieldErrorCode, LOCALES, type Locale } from '@bilikti/contracts';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { useFocusFirstInvalid } from '../../../components/ui/field-a11y';
import { FormAlert } from '../../../components/ui/form-alert';
import { TextField } from '../../../components/ui/text-field';
import { useFieldErrorMessage, useFormErrorMessage } from '../../../lib/error-message';
import { fieldErrorsOf, type FieldErrors } from '../../../lib/form-errors';
import { useLogoUpload } from '../hooks/use-logo-upload';
import { LogoField } from './logo-field';
import { validateProviderForm, type ProviderFormMode, type ProviderFormValues } from './provider-form-values';

interface ProviderFormProps {
  mode: ProviderFormMode;
  initialValues: ProviderFormValues;
  onSubmit: (values: ProviderFormValues) => void;
  onCancel: () => void;
  isPending: boolean;
  /** The error of the last submission, with `fields` from a 422. */
  error: unknown;
}

export function ProviderForm({ mode, initialValues, onSubmit, onCancel, isPending, error }: ProviderFormProps) {
  const { t } = useTranslation(['providers', 'common', 'errors']);
  const formErrorMessage = useFormErrorMessage();
  const fieldErrorMessage = useFieldErrorMessage();
  const upload = useLogoUpload();
  const [values, setValues] = useState(initialValues);
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const formRef = useRef<HTMLFormElement>(null);
  // Bumped on each submit refused here; typing must not pull focus away.
  const [refusals, setRefusals] = useState(0);
  useFocusFirstInvalid(formRef, refusals);
  useFocusFirstInvalid(formRef, error);
  const [submittedOnce, setSubmittedOnce] = useState(false);
  const idPrefix = `provider-${useId()}`;
  const uploading = upload.mutation.isPending;

  const setName = (locale: Locale, name: string) => {
    setValues((current) => ({ ...current, name: { ...current.name, [locale]: name } }));
    setClientErrors((current) => {
      const path = `name.${locale}`;
      if (!(path in current)) return current;
      const rest = { ...current };
      delete rest[path];
      return rest;
    });
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // The button is disabled meanwhile; Enter in a name field must not save without the logo.
    if (uploading) return;
    const errors = validateProviderForm(values);
    setClientErrors(errors);
    setSubmittedOnce(true);
    if (Object.keys(errors).length === 0) onSubmit(values);
    else setRefusals((count) => count + 1);
  };

  const hasClientErrors = Object.keys(clientErrors).length > 0;
  const fieldErrors = hasClientErrors ? clientErrors : fieldErrorsOf(error);
  const nameError = (locale: Locale) => {
    const fieldError = fieldErrors[`name.${locale}`];
    if (!fieldError) return undefined;
    // A well-formed name the API refuses is one another provider already has.
    if (fieldError.code === FieldErrorCode.InvalidValue) return t('form.fields.name.taken');
    return fieldErrorMessage(fieldError);
  };
  const logoError = fieldErrors.logoMediaId ? fieldErrorMessage(fieldErrors.logoMediaId) : undefined;
  const formError = formErrorMessage(hasClientErrors, submittedOnce ? error : null);

  return (
    <form ref={formRef} className="form provider-form" noValidate onSubmit={handleSubmit}>
      <FormAlert message={formError} />
      <div className="provider-form__names">
        {LOCALES.map((locale) => (
          <TextField
            key={locale}
            id={`${idPrefix}-name-${locale}`}
            label={t(`form.fields.name.${locale}`)}
            lang={locale}
            required
            maxLength={COURSE_LIMITS.providerNameMax}
            autoComplete="off"
            // Opening a form (a click on "Add" or "Edit") takes the keyboard straight to its first field.
            autoFocus={locale === LOCALES[0]}
            value={values.name[locale]}
            onChange={(event) => setName(locale, event.target.value)}
            error={nameError(locale)}
          />
        ))}
      </div>
      <LogoField
        id={`${idPrefix}-logo`}
        value={values.logoMediaId}
        onChange={(logoMediaId) => setValues((current) => ({ ...current, logoMediaId }))}
        upload={upload}
        error={logoError}
      />
      <div className="form__actions">
        <button type="submit" className="button" disabled={isPending || uploading}>
          {isPending
            ? t('common:actions.saving')
            : mode === 'create'
              ? t('form.actions.create')
              : t('common:actions.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('form.actions.cancel')}
        </button>
      </div>
    </form>
  );
}
