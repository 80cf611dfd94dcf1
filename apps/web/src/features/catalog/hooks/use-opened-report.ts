import { useEffect, useRef, useState } from 'react';

import { reportProgress } from '../../../lib/offline/progress-queue';

/**
 * Reports once that the lesson was shown, and says when that report is queued: marking the lesson
 * done only counts after it was opened.
 */
export function useOpenedReport(lessonId: string, enabled: boolean): boolean {
  const [opened, setOpened] = useState(false);
  // A ref, not the state: it also holds through React's double effects in development.
  const reported = useRef(false);
  useEffect(() => {
    if (!enabled || reported.current) return;
    reported.current = true;
    void reportProgress(lessonId, { opened: true })
      .catch(() => undefined)
      .finally(() => setOpened(true));
  }, [lessonId, enabled]);
  return opened;
}
