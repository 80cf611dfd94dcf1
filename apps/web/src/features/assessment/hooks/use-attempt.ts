import type { AttemptResponse } from '@bilikti/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { getAttempt, submitAttempt } from '../api/assessment-api';
import { assessmentQueryKeys } from './assessment-query-keys';

/** Re-reading an open attempt now and then keeps the countdown on the server's clock. */
const RESYNC_MS = 5 * 60_000;

export function useAttempt(id: string) {
  const query = useQuery({
    queryKey: assessmentQueryKeys.attempt(id),
    queryFn: ({ signal }) => getAttempt(id, signal),
    staleTime: 30_000,
    refetchInterval: (current) =>
      current.state.data?.status === 'in_progress' && current.state.data.deadlineAt ? RESYNC_MS : false,
  });
  // The device's clock may be off: the server's time minus this device's when the answer arrived.
  const clockOffsetMs = query.data ? Date.parse(query.data.serverNow) - query.dataUpdatedAt : 0;
  return { ...query, clockOffsetMs };
}

export function useSubmitAttempt(attempt: AttemptResponse) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => submitAttempt(attempt.id),
    onSuccess: (closed: AttemptResponse) => {
      queryClient.setQueryData(assessmentQueryKeys.attempt(closed.id), closed);
      void queryClient.invalidateQueries({ queryKey: assessmentQueryKeys.quiz(closed.lessonId) });
    },
  });
}
