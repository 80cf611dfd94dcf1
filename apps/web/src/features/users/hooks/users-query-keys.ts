import type { ListUsersQuery } from '@bilikti/contracts';

export const usersQueryKeys = {
  all: ['users'] as const,
  lists: () => [...usersQueryKeys.all, 'list'] as const,
  list: (query: ListUsersQuery) => [...usersQueryKeys.lists(), query] as const,
  detail: (id: string) => [...usersQueryKeys.all, 'detail', id] as const,
};
