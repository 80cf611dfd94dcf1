import type { ProviderRequest, ProviderResponse } from '@bilikti/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { updateProvider } from '../api/providers-api';
import { providersQueryKeys } from './providers-query-keys';

export function useUpdateProvider(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Partial<ProviderRequest>) => updateProvider(id, body),
    onSuccess: (provider) => {
      // Show the saved values at once; the refetch then confirms them.
      queryClient.setQueryData<ProviderResponse[]>(providersQueryKeys.list, (list) =>
        list?.map((item) => (item.id === provider.id ? provider : item)),
      );
      void queryClient.invalidateQueries({ queryKey: providersQueryKeys.list });
    },
  });
}
