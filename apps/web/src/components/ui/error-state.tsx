import { useTranslation } from 'react-i18next';

import { useErrorMessage } from '../../lib/error-message';

interface ErrorStateProps {
  error: unknown;
  onRetry?: () => void;
}

/** A failed load: what went wrong, in words, and a way to try again. */
export function ErrorState({ error, onRetry }: ErrorStateProps) {
  const { t } = useTranslation('common');
  const errorMessage = useErrorMessage();
  return (
    <div role="alert" className="error-state">
      <p>{errorMessage(error)}</p>
      {onRetry && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('actions.retry')}
        </button>
      )}
    </div>
  );
}
