import { useTranslation } from 'react-i18next';

import type { AnswerSyncStatus } from '../api/answer-sync';

/** Where the answers are: on their way, all on the server, waiting on the device, or refused for good. */
export function SaveStatus({ status }: { status: AnswerSyncStatus }) {
  const { t } = useTranslation('assessment');
  let message: string;
  let tone: 'ok' | 'busy' | 'warning' | 'error';
  if (status.blocked === 'deadline') {
    message = t('save.deadline');
    tone = 'error';
  } else if (status.blocked === 'closed') {
    message = t('save.closed');
    tone = 'error';
  } else if (status.offline) {
    message = t('save.onDevice', { count: status.pending });
    tone = 'warning';
  } else if (status.pending > 0) {
    message = t('save.saving');
    tone = 'busy';
  } else if (status.rejected) {
    message = t('save.rejected');
    tone = 'error';
  } else {
    message = t('save.saved');
    tone = 'ok';
  }
  return (
    <p className={`save-status save-status--${tone}`} role="status" aria-live="polite">
      {message}
    </p>
  );
}
