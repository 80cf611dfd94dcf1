import type { UpdateUserRequest, UserResponse } from '@bilikti/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { meQueryKey } from '../../../lib/session';
import { updateUser } from '../api/users-api';
import { usersQueryKeys } from './users-query-keys';

export function useUpdateUser(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateUserRequest) => updateUser(id, body),
    onSuccess: (user) => {
      queryClient.setQueryData(usersQueryKeys.detail(user.id), user);
      void queryClient.invalidateQueries({ queryKey: usersQueryKeys.lists() });
      // An admin editing their own account sees the change in the header and home page at once.
      queryClient.setQueryData<UserResponse | null>(meQueryKey, (me) => (me?.id === user.id ? user : me));
    },
  });
}
