import { useMutation, useQueryClient } from '@tanstack/react-query';

import { meQueryKey } from '../../../lib/session';
import { updateMe } from '../api/profile-api';

export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMe,
    onSuccess: (user) => queryClient.setQueryData(meQueryKey, user),
  });
}
