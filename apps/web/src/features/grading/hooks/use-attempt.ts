import type { AttemptResponse, GradeAttemptRequest } from '@bilikti/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { getAttempt, gradeAttempt } from '../api/grading-api';
import { gradingQueryKeys } from './grading-query-keys';

export function useAttempt(id: string) {
  return useQuery({
    queryKey: gradingQueryKeys.attempt(id),
    queryFn: ({ signal }) => getAttempt(id, signal),
    staleTime: 5_000,
  });
}

export function useGradeAttempt(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: GradeAttemptRequest) => gradeAttempt(id, body),
    onSuccess: (attempt: AttemptResponse) => {
      queryClient.setQueryData(gradingQueryKeys.attempt(id), attempt);
      // The lesson's lists, its statistics and the queue all follow a new grade.
      void queryClient.invalidateQueries({ queryKey: gradingQueryKeys.attemptLists(attempt.lessonId) });
      void queryClient.invalidateQueries({ queryKey: gradingQueryKeys.itemStats(attempt.lessonId) });
      void queryClient.invalidateQueries({ queryKey: gradingQueryKeys.queues() });
    },
  });
}
