import { useQuery } from '@tanstack/react-query';

import { listProviders } from '../api/users-api';

/**
 * Providers an instructor can be attached to. `['providers']` is the key the providers feature
 * keeps the same list under, so both share one cache entry.
 */
export function useProviders({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: ['providers'],
    queryFn: ({ signal }) => listProviders(signal),
    enabled,
  });
}
