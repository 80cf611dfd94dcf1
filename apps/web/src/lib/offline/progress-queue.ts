import type { LessonProgressResponse, ProgressReport } from '@bilikti/contracts';
import { useSyncExternalStore } from 'react';

import { openProgressStore } from './open-progress-store';
import { ProgressSync, type SyncStatus } from './progress-sync';

let sync: ProgressSync | undefined;

/**
 * One queue per page, started on first use: the session naming its user at app start (so what an
 * earlier visit left goes out without waiting for a lesson page), a sign-in, the status pill, or a report.
 */
function progressSync(): ProgressSync {
  if (!sync) {
    sync = new ProgressSync({ openStore: () => openProgressStore() });
    sync.start();
  }
  return sync;
}

/**
 * Records progress on a lesson. Resolves once the report is saved on this device (it survives a
 * reload or a dead battery); it reaches the server as soon as the connection allows.
 */
export function reportProgress(
  lessonId: string,
  report: Omit<ProgressReport, 'eventId' | 'occurredAt'>,
): Promise<void> {
  return progressSync().report(lessonId, report);
}

/**
 * Says who is signed in (`null`: nobody), whenever that becomes known or changes. Only that
 * user's reports are sent and counted; other users' wait on the device until they sign in again.
 */
export function setProgressUser(userId: string | null): void {
  progressSync().setUser(userId);
}

/** Whether everything the signed-in learner did has reached the server. */
export function useSyncStatus(): SyncStatus {
  const queue = progressSync();
  return useSyncExternalStore(queue.subscribe, queue.getSnapshot, queue.getSnapshot);
}

/** Called with the server's view of a lesson after each report it applied. Returns an unsubscribe. */
export function onProgressApplied(listener: (progress: LessonProgressResponse) => void): () => void {
  return progressSync().onApplied(listener);
}

/** Sends what waits, now; also after a sign-in, when an expired session had stopped the queue. */
export function flushProgressQueue(): Promise<void> {
  return progressSync().flush({ resume: true });
}
