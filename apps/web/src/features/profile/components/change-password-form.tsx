import { ErrorCode, LIMITS } from '@bilikti/contracts';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { useFocusFirstInvalid } from '../../../components/ui/field-a11y';
import { FormAlert, FormStatus } from '../../../components/ui/form-alert';
import { TextField } from '../../../components/ui/text-field';
import { isApiError } from '../../../lib/api-client';
import { useErrorMessage, useFormErrorMessage, useFieldErrorMessage } from '../../../lib/error-message';
import { fieldErrorsOf, type FieldErrors } from '../../../lib/form-errors';
import { checkNewPassword, checkRequired } from '../../../lib/validation';
import { useChangePassword } from '../hooks/use-change-password';

export function ChangePasswordForm() {
  const { t } = useTranslation(['profile', 'errors']);
  const changePassword = useChangePassword();
  const errorMessage = useErrorMessage();
  const formErrorMessage = useFormErrorMessage();
  const fieldErrorMessage = useFieldErrorMessage();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, Object.keys(clientErrors).length > 0 ? clientErrors : null);
  useFocusFirstInvalid(formRef, changePassword.error);
  const [mismatch, setMismatch] = useState(false);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors: FieldErrors = {};
    checkRequired(errors, 'currentPassword', currentPassword);
    checkNewPassword(errors, 'newPassword', newPassword);
    const confirmationDiffers = !errors.newPassword && confirmation !== newPassword;
    setClientErrors(errors);
    setMismatch(confirmationDiffers);
    changePassword.reset();
    if (Object.keys(errors).length > 0 || confirmationDiffers) return;
    changePassword.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          setCurrentPassword('');
          setNewPassword('');
          setConfirmation('');
        },
      },
    );
  };

  const fieldErrors = { ...fieldErrorsOf(changePassword.error), ...clientErrors };
  const fieldError = (field: string) => (fieldErrors[field] ? fieldErrorMessage(fieldErrors[field]) : undefined);
  const wrongCurrent = isApiError(changePassword.error, ErrorCode.WrongCurrentPassword);
  const formError = formErrorMessage(Object.keys(clientErrors).length > 0 || mismatch, changePassword.error);

  return (
    <form ref={formRef} className="form" noValidate onSubmit={onSubmit}>
      <FormAlert message={formError} />
      <TextField
        id="current-password"
        type="password"
        label={t('password.fields.current.label')}
        autoComplete="current-password"
        required
        value={currentPassword}
        onChange={(event) => setCurrentPassword(event.target.value)}
        error={wrongCurrent ? errorMessage(changePassword.error) : fieldError('currentPassword')}
      />
      <TextField
        id="new-password"
        type="password"
        label={t('password.fields.new.label')}
        hint={t('password.fields.new.hint', { min: LIMITS.passwordMin })}
        autoComplete="new-password"
        required
        value={newPassword}
        onChange={(event) => setNewPassword(event.target.value)}
        error={fieldError('newPassword')}
      />
      <TextField
        id="confirm-password"
        type="password"
        label={t('password.fields.confirm.label')}
        autoComplete="new-password"
        required
        value={confirmation}
        onChange={(event) => setConfirmation(event.target.value)}
        error={mismatch ? t('password.errors.mismatch') : undefined}
      />
      <div className="form__actions">
        <button type="submit" className="button" disabled={changePassword.isPending}>
          {t('password.actions.submit')}
        </button>
      </div>
      <FormStatus message={changePassword.isSuccess ? t('password.changed') : null} />
    </form>
  );
}
