import { useMutation, useQueryClient } from '@tanstack/react-query';

import { flushProgressQueue, setProgressUser } from '../../../lib/offline/progress-queue';
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
      // Their progress left on this device goes out now, also when an expired session had stopped it.
      setProgressUser(user.id);
      void flushProgressQueue();
    },
  });
}
