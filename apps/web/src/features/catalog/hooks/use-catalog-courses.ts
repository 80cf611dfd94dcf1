import type { ListCoursesQuery } from '@bilikti/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';

import { listCatalogCourses } from '../api/catalog-api';
import { catalogQueryKeys } from './catalog-query-keys';

export function useCatalogCourses(query: ListCoursesQuery) {
  return useQuery({
    queryKey: catalogQueryKeys.list(query),
    queryFn: ({ signal }) => listCatalogCourses(query, signal),
    // Keep the current cards on screen while the next search loads.
    placeholderData: keepPreviousData,
  });
}
