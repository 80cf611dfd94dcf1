import type { ListAttemptsQuery } from '@bilikti/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';

import { getItemStats, listLessonAttempts } from '../api/grading-api';
import { gradingQueryKeys } from './grading-query-keys';

export function useLessonAttempts(lessonId: string, query: ListAttemptsQuery) {
  return useQuery({
    queryKey: gradingQueryKeys.attemptList(lessonId, query),
    queryFn: ({ signal }) => listLessonAttempts(lessonId, query, signal),
    // Keep the current page on screen while the next one loads.
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
}

export function useItemStats(lessonId: string) {
  return useQuery({
    queryKey: gradingQueryKeys.itemStats(lessonId),
    queryFn: ({ signal }) => getItemStats(lessonId, signal),
    staleTime: 30_000,
  });
}
