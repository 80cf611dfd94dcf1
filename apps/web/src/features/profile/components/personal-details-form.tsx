import { LIMITS, LOCALES, type Locale, type UserResponse } from '@bilikti/contracts';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { RadioGroup } from '../../../components/ui/choice-group';
import { useFocusFirstInvalid } from '../../../components/ui/field-a11y';
import { FormAlert, FormStatus } from '../../../components/ui/form-alert';
import { TextField } from '../../../components/ui/text-field';
import { useFormErrorMessage, useFieldErrorMessage } from '../../../lib/error-message';
import { fieldErrorsOf, type FieldErrors } from '../../../lib/form-errors';
import { checkLength, checkRequired } from '../../../lib/validation';
import { useUpdateMe } from '../hooks/use-update-me';

interface PersonalDetailsFormProps {
  user: UserResponse;
}

export function PersonalDetailsForm({ user }: PersonalDetailsFormProps) {
  const { t } = useTranslation(['profile', 'common', 'errors']);
  const updateMe = useUpdateMe();
  const formErrorMessage = useFormErrorMessage();
  const fieldErrorMessage = useFieldErrorMessage();
  const [fullName, setFullName] = useState(user.fullName);
  const [locale, setLocale] = useState<Locale>(user.locale);
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, Object.keys(clientErrors).length > 0 ? clientErrors : null);
  useFocusFirstInvalid(formRef, updateMe.error);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors: FieldErrors = {};
    checkRequired(errors, 'fullName', fullName);
    checkLength(errors, 'fullName', fullName, LIMITS.fullNameMin, LIMITS.fullNameMax);
    setClientErrors(errors);
    updateMe.reset();
    if (Object.keys(errors).length === 0) updateMe.mutate({ fullName: fullName.trim(), locale });
  };

  const fieldErrors = { ...fieldErrorsOf(updateMe.error), ...clientErrors };
  const fieldError = (field: string) => (fieldErrors[field] ? fieldErrorMessage(fieldErrors[field]) : undefined);
  const formError = formErrorMessage(Object.keys(clientErrors).length > 0, updateMe.error);

  return (
    <form ref={formRef} className="form" noValidate onSubmit={onSubmit}>
      <FormAlert message={formError} />
      <div className="field">
        <span className="field__label">{t('details.email')}</span>
        <span className="field__value">{user.email}</span>
      </div>
      <TextField
        id="profile-full-name"
        label={t('details.fields.fullName.label')}
        autoComplete="name"
        required
        maxLength={LIMITS.fullNameMax}
        value={fullName}
        onChange={(event) => setFullName(event.target.value)}
        error={fieldError('fullName')}
      />
      <RadioGroup
        id="profile-locale"
        legend={t('details.fields.locale.label')}
        choices={LOCALES.map((value) => ({ value, label: t(`common:language.names.${value}`), lang: value }))}
        value={locale}
        onChange={setLocale}
        error={fieldError('locale')}
      />
      <div className="form__actions">
        <button type="submit" className="button" disabled={updateMe.isPending}>
          {updateMe.isPending ? t('common:actions.saving') : t('common:actions.save')}
        </button>
      </div>
      <FormStatus message={updateMe.isSuccess ? t('details.saved') : null} />
    </form>
  );
}
