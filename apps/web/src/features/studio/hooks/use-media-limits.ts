import { useQuery } from '@tanstack/react-query';

import { getMediaLimits } from '../api/studio-api';
import { studioQueryKeys } from './studio-query-keys';

export function useMediaLimits() {
  return useQuery({
    queryKey: studioQueryKeys.mediaLimits,
    queryFn: ({ signal }) => getMediaLimits(signal),
    staleTime: Infinity,
  });
}
