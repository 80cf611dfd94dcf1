import type { ListCoursesQuery } from '@bilikti/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';

import { listMyCourses } from '../api/studio-api';
import { studioQueryKeys } from './studio-query-keys';

export function useMyCourses(query: ListCoursesQuery) {
  return useQuery({
    queryKey: studioQueryKeys.myList(query),
    queryFn: ({ signal }) => listMyCourses(query, signal),
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
}
