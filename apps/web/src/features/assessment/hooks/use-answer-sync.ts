import type { AttemptResponse } from '@bilikti/contracts';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';

import { AnswerSync, type AnswerSyncOptions, type SaveBlock } from '../api/answer-sync';
import { createPendingAnswerStore } from '../api/pending-answers';

/**
 * The attempt's autosave, made once per attempt: answers kept on the device by an earlier visit
 * are read (to show over the server's) and sent. `onBlocked` is read when it fires, not captured.
 */
export function useAnswerSync(
  attempt: AttemptResponse,
  userId: string,
  onBlocked: (reason: SaveBlock) => void,
  options: Partial<Pick<AnswerSyncOptions, 'debounceMs' | 'retryFirstMs' | 'retryMaxMs'>> = {},
) {
  const onBlockedRef = useRef(onBlocked);
  useEffect(() => {
    onBlockedRef.current = onBlocked;
  });
  const [sync] = useState(
    () =>
      new AnswerSync({
        attemptId: attempt.id,
        store: createPendingAnswerStore(userId, attempt.id),
        serverRevisions: Object.fromEntries(attempt.questions.map((q) => [q.questionId, q.revision])),
        onBlocked: (reason) => onBlockedRef.current(reason),
        ...options,
      }),
  );

  useEffect(() => {
    sync.start();
    return () => sync.stop();
  }, [sync]);

  const status = useSyncExternalStore(sync.subscribe, sync.getSnapshot, sync.getSnapshot);
  return { sync, status };
}
