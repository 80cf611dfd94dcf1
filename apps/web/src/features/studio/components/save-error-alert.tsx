import { ErrorCode } from '@bilikti/contracts';
import { useTranslation } from 'react-i18next';

import { FormAlert } from '../../../components/ui/form-alert';
import { isApiError } from '../../../lib/api-client';
import { useErrorMessage } from '../../../lib/error-message';

interface SaveErrorAlertProps {
  error: unknown;
  /** Loads the server's copy into the form; offered only for a 409 stale version. */
  onReload: () => void;
  reloading: boolean;
  /** True when the form's own checks failed (the fields say what). */
  hasFieldErrors?: boolean;
}

/**
 * The error of the last save. For a stale version the typed text stays in the form (the message
 * says so, to let the author copy it), and "reload" fetches the other person's version.
 */
export function SaveErrorAlert({ error, onReload, reloading, hasFieldErrors = false }: SaveErrorAlertProps) {
  const { t } = useTranslation(['studio', 'errors']);
  const errorMessage = useErrorMessage();
  if (hasFieldErrors) return <FormAlert message={t('errors:validation.failed')} />;
  if (!error) return null;
  if (!isApiError(error, ErrorCode.StaleVersion)) return <FormAlert message={errorMessage(error)} />;
  return (
    <div role="alert" className="form-alert stale-alert">
      <p>{errorMessage(error)}</p>
      <button type="button" className="button button--secondary button--small" onClick={onReload} disabled={reloading}>
        {reloading ? t('common.reloading') : t('common.reload')}
      </button>
    </div>
  );
}
