import { useQuery } from '@tanstack/react-query';

import { getCourse } from '../api/catalog-api';
import { catalogQueryKeys } from './catalog-query-keys';

/** The published syllabus; the lesson pages reuse it for previous/next, so it stays cached a while. */
export function useCourse(id: string) {
  return useQuery({
    queryKey: catalogQueryKeys.course(id),
    queryFn: ({ signal }) => getCourse(id, signal),
    staleTime: 5 * 60_000,
  });
}
