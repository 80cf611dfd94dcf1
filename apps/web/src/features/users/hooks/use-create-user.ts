import { useMutation, useQueryClient } from '@tanstack/react-query';

import { createUser } from '../api/users-api';
import { usersQueryKeys } from './users-query-keys';

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: (user) => {
      queryClient.setQueryData(usersQueryKeys.detail(user.id), user);
      void queryClient.invalidateQueries({ queryKey: usersQueryKeys.lists() });
    },
  });
}
