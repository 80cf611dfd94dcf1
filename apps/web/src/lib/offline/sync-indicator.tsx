import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useSyncStatus } from './progress-queue';
import type { SyncStatus } from './progress-sync';
import './sync-indicator.css';

/** Online, a report usually reaches the server within this; showing "Syncing…" for it is noise. */
const QUIET_MS = 1_500;

/**
 * The status as shown: a round trip that finishes quickly never leaves "All progress saved", so
 * the pill (and a screen reader) stays quiet while a video reports every few seconds. Going
 * offline shows at once: the learner should know their work is kept on the phone.
 */
function useQuietStatus(status: SyncStatus): SyncStatus {
  const [shown, setShown] = useState(status);
  const busy = status.state === 'pending' || status.state === 'syncing';
  const wasSynced = shown.state === 'synced';
  useEffect(() => {
    if (busy && wasSynced) {
      const timer = setTimeout(() => setShown(status), QUIET_MS);
      return () => clearTimeout(timer);
    }
    setShown(status);
  }, [status, busy, wasSynced]);
  return shown;
}

/** Whether the learner's progress has reached the server, or waits on this device. */
export function SyncIndicator() {
  const { t } = useTranslation('common');
  const { state, pending } = useQuietStatus(useSyncStatus());
  const text =
    state === 'synced'
      ? t('sync.synced')
      : state === 'syncing'
        ? t('sync.syncing')
        : t('sync.savedOnDevice', { pending });
  return (
    <p role="status" aria-live="polite" className={`sync-indicator sync-indicator--${state}`}>
      <span className="sync-indicator__dot" aria-hidden="true" />
      {text}
    </p>
  );
}
