import { useMutation, useQueryClient } from '@tanstack/react-query';

import { meQueryKey } from '../../../lib/session';
import { login } from '../api/auth-api';

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (user) => {
      // Nothing cached for a previous user may leak into this session.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
      queryClient.setQueryData(meQueryKey, user);
    },
  });
}
