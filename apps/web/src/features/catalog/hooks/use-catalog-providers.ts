import { useQuery } from '@tanstack/react-query';

import { listProviders } from '../api/catalog-api';
import { catalogQueryKeys } from './catalog-query-keys';

/** Providers change rarely; one request per visit is enough for the filter. */
export function useCatalogProviders() {
  return useQuery({
    queryKey: catalogQueryKeys.providers(),
    queryFn: ({ signal }) => listProviders(signal),
    staleTime: 10 * 60_000,
  });
}
