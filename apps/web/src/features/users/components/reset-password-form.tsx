import { LIMITS } from '@bilikti/contracts';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { useFocusFirstInvalid } from '../../../components/ui/field-a11y';
import { FormAlert, FormStatus } from '../../../components/ui/form-alert';
import { TextField } from '../../../components/ui/text-field';
import { useFormErrorMessage, useFieldErrorMessage } from '../../../lib/error-message';
import { fieldErrorsOf, type FieldErrors } from '../../../lib/form-errors';
import { checkNewPassword } from '../../../lib/validation';
import { useUpdateUser } from '../hooks/use-update-user';

interface ResetPasswordFormProps {
  userId: string;
}

export function ResetPasswordForm({ userId }: ResetPasswordFormProps) {
  const { t } = useTranslation(['users', 'errors']);
  const updateUser = useUpdateUser(userId);
  const formErrorMessage = useFormErrorMessage();
  const fieldErrorMessage = useFieldErrorMessage();
  const [password, setPassword] = useState('');
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, Object.keys(clientErrors).length > 0 ? clientErrors : null);
  useFocusFirstInvalid(formRef, updateUser.error);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors: FieldErrors = {};
    checkNewPassword(errors, 'password', password);
    setClientErrors(errors);
    updateUser.reset();
    if (Object.keys(errors).length === 0) {
      updateUser.mutate({ password }, { onSuccess: () => setPassword('') });
    }
  };

  const fieldErrors = { ...fieldErrorsOf(updateUser.error), ...clientErrors };
  const formError = formErrorMessage(Object.keys(clientErrors).length > 0, updateUser.error);

  return (
    <section className="card" aria-labelledby="reset-password">
      <h2 id="reset-password">{t('resetPassword.title')}</h2>
      <p className="field__hint">{t('resetPassword.description')}</p>
      <form ref={formRef} className="form" noValidate onSubmit={onSubmit}>
        <FormAlert message={formError} />
        <TextField
          id="reset-password-new"
          type="password"
          label={t('resetPassword.fields.password.label')}
          hint={t('resetPassword.fields.password.hint', { min: LIMITS.passwordMin })}
          autoComplete="new-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={fieldErrors.password ? fieldErrorMessage(fieldErrors.password) : undefined}
        />
        <div className="form__actions">
          <button type="submit" className="button" disabled={updateUser.isPending}>
            {t('resetPassword.actions.submit')}
          </button>
        </div>
        <FormStatus message={updateUser.isSuccess ? t('resetPassword.done') : null} />
      </form>
    </section>
  );
}
