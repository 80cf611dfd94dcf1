import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';

import { useFocusFirstInvalid } from '../../../components/ui/field-a11y';
import { FormAlert } from '../../../components/ui/form-alert';
import { LanguageSwitcher } from '../../../components/ui/language-switcher';
import { TextField } from '../../../components/ui/text-field';
import { useFormErrorMessage, useFieldErrorMessage } from '../../../lib/error-message';
import { fieldErrorsOf, type FieldErrors } from '../../../lib/form-errors';
import { safeNextPath } from '../../../lib/paths';
import { useMe } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { checkEmail, checkRequired } from '../../../lib/validation';
import { useSignIn } from '../hooks/use-sign-in';

export function SignInPage() {
  const { t } = useTranslation(['auth', 'common', 'errors']);
  useDocumentTitle(t('signIn.title'));
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'));
  const { data: me } = useMe();
  const signIn = useSignIn();
  const formErrorMessage = useFormErrorMessage();
  const fieldErrorMessage = useFieldErrorMessage();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, Object.keys(clientErrors).length > 0 ? clientErrors : null);
  useFocusFirstInvalid(formRef, signIn.error);

  if (me) return <Navigate to={next} replace />;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors: FieldErrors = {};
    checkEmail(errors, 'email', email);
    checkRequired(errors, 'password', password);
    setClientErrors(errors);
    if (Object.keys(errors).length > 0) {
      signIn.reset();
      return;
    }
    signIn.mutate({ email: email.trim(), password });
  };

  const fieldErrors = { ...fieldErrorsOf(signIn.error), ...clientErrors };
  const fieldError = (field: string) => (fieldErrors[field] ? fieldErrorMessage(fieldErrors[field]) : undefined);
  const formError = formErrorMessage(Object.keys(clientErrors).length > 0, signIn.error);

  return (
    <div className="auth-layout">
      <header className="auth-header">
        <p className="brand">{t('common:appName')}</p>
        <LanguageSwitcher />
      </header>
      <main id="main" className="auth-main">
        <h1>{t('signIn.title')}</h1>
        <p className="lead">{t('signIn.intro')}</p>
        <form ref={formRef} className="form" noValidate onSubmit={onSubmit}>
          <FormAlert message={formError} />
          <TextField
            id="email"
            name="email"
            type="email"
            label={t('signIn.fields.email.label')}
            autoComplete="username"
            inputMode="email"
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            error={fieldError('email')}
          />
          <TextField
            id="password"
            name="password"
            type="password"
            label={t('signIn.fields.password.label')}
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            error={fieldError('password')}
          />
          <button type="submit" className="button" disabled={signIn.isPending}>
            {signIn.isPending ? t('signIn.actions.submitting') : t('signIn.actions.submit')}
          </button>
          <p className="field__hint">{t('signIn.forgotHint')}</p>
        </form>
      </main>
    </div>
  );
}
