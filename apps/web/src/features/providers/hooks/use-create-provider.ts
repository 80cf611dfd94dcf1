import type { ProviderResponse } from '@bilikti/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { createProvider } from '../api/providers-api';
import { providersQueryKeys } from './providers-query-keys';

export function useCreateProvider() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createProvider,
    onSuccess: (provider) => {
      // Listed at once; the refetch then confirms it.
      queryClient.setQueryData<ProviderResponse[]>(providersQueryKeys.list, (list) => list && [...list, provider]);
      void queryClient.invalidateQueries({ queryKey: providersQueryKeys.list });
    },
  });
}
