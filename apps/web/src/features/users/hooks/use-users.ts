import type { ListUsersQuery } from '@bilikti/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';

import { listUsers } from '../api/users-api';
import { usersQueryKeys } from './users-query-keys';

export function useUsers(query: ListUsersQuery) {
  return useQuery({
    queryKey: usersQueryKeys.list(query),
    queryFn: ({ signal }) => listUsers(query, signal),
    // Keep the current page on screen while the next one loads.
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
}
