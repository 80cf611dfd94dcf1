import { useQuery } from '@tanstack/react-query';

import { listProviders } from '../api/studio-api';
import { studioQueryKeys } from './studio-query-keys';

/** Only admins choose a provider; instructors' courses go to their own. */
export function useProviders(enabled: boolean) {
  return useQuery({
    queryKey: studioQueryKeys.providers,
    queryFn: ({ signal }) => listProviders(signal),
    enabled,
    staleTime: 5 * 60_000,
  });
}
