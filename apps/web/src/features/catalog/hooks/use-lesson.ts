import { useQuery } from '@tanstack/react-query';

import { getLesson } from '../api/catalog-api';
import { catalogQueryKeys } from './catalog-query-keys';

export function useLesson(id: string) {
  return useQuery({
    queryKey: catalogQueryKeys.lesson(id),
    queryFn: ({ signal }) => getLesson(id, signal),
    staleTime: 5 * 60_000,
  });
}
