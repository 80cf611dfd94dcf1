import { useQuery } from '@tanstack/react-query';

import { listCourseVersions } from '../api/studio-api';
import { studioQueryKeys } from './studio-query-keys';

export function useCourseVersions(id: string) {
  return useQuery({
    queryKey: studioQueryKeys.versions(id),
    queryFn: ({ signal }) => listCourseVersions(id, signal),
  });
}
