import { useQuery } from '@tanstack/react-query';

import { getCourseDraft } from '../api/studio-api';
import { studioQueryKeys } from './studio-query-keys';

export function useCourseDraft(id: string) {
  return useQuery({
    queryKey: studioQueryKeys.draft(id),
    queryFn: ({ signal }) => getCourseDraft(id, signal),
    // Co-authors edit the same course: never trust an old copy for long.
    staleTime: 5_000,
  });
}
