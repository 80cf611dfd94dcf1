import { useQuery } from '@tanstack/react-query';

import { listProviders } from '../api/providers-api';
import { providersQueryKeys } from './providers-query-keys';

export function useProviders() {
  return useQuery({
    queryKey: providersQueryKeys.list,
    queryFn: ({ signal }) => listProviders(signal),
  });
}
