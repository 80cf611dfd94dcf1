import { useQuery } from '@tanstack/react-query';

import { getMediaLimits } from '../api/providers-api';
import { providersQueryKeys } from './providers-query-keys';

/** Upload limits change only with the server's configuration; keep them for the whole visit. */
export function useMediaLimits() {
  return useQuery({
    queryKey: providersQueryKeys.mediaLimits,
    queryFn: ({ signal }) => getMediaLimits(signal),
    staleTime: Infinity,
  });
}
