import { PROGRESS_LIMITS } from '@bilikti/contracts';
import { useEffect } from 'react';

import { reportProgress } from '../../../lib/offline/progress-queue';

/** How often time on the lesson is reported while it stays on screen. */
export const TIME_REPORT_INTERVAL_MS = 30_000;

/**
 * Reports the seconds the lesson was on screen: every half minute while the page is visible, and
 * when the learner leaves (another lesson, another tab, the app closed). Hidden time is not counted.
 */
export function useTimeOnPage(lessonId: string, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    let visibleSince: number | null = document.visibilityState === 'hidden' ? null : Date.now();

    const flush = () => {
      if (visibleSince === null) return;
      const seconds = Math.floor((Date.now() - visibleSince) / 1000);
      if (seconds < 1) return;
      // The part of a second not reported yet is carried into the next report.
      visibleSince += seconds * 1000;
      void reportProgress(lessonId, {
        timeSpentSeconds: Math.min(seconds, PROGRESS_LIMITS.maxSecondsPerReport),
      });
    };
    const stop = () => {
      flush();
      visibleSince = null;
    };
    const start = () => {
      if (visibleSince === null && document.visibilityState !== 'hidden') visibleSince = Date.now();
    };
    const onVisibilityChange = () => (document.visibilityState === 'hidden' ? stop() : start());

    const timer = window.setInterval(flush, TIME_REPORT_INTERVAL_MS);
    document.addEventListener('visibilitychange', onVisibilityChange);
    window.addEventListener('pagehide', stop);
    window.addEventListener('pageshow', start);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisibilityChange);
      window.removeEventListener('pagehide', stop);
      window.removeEventListener('pageshow', start);
      flush();
    };
  }, [lessonId, enabled]);
}
