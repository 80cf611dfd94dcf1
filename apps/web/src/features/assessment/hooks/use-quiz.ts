import type { AttemptResponse } from '@bilikti/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { isApiError } from '../../../lib/api-client';
import { getQuiz, startAttempt } from '../api/assessment-api';
import { assessmentQueryKeys } from './assessment-query-keys';

/** The quiz's rules and the learner's attempts; only asked for when the learner is enrolled. */
export function useQuiz(lessonId: string, enabled: boolean) {
  return useQuery({
    queryKey: assessmentQueryKeys.quiz(lessonId),
    queryFn: ({ signal }) => getQuiz(lessonId, signal),
    enabled,
    // Attempts change on another page (and the window opens and closes): always ask again on return.
    staleTime: 0,
  });
}

export function useStartAttempt(lessonId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => startAttempt(lessonId),
    onSuccess: (attempt: AttemptResponse) => {
      // The attempt page opens on this answer instead of asking for it again.
      queryClient.setQueryData(assessmentQueryKeys.attempt(attempt.id), attempt);
      void queryClient.invalidateQueries({ queryKey: assessmentQueryKeys.quiz(lessonId) });
    },
    onError: (error) => {
      // The rules said Start, the server says otherwise (the window closed, attempts ran out): show why.
      if (isApiError(error) && error.status === 409) {
        void queryClient.invalidateQueries({ queryKey: assessmentQueryKeys.quiz(lessonId) });
      }
    },
  });
}
