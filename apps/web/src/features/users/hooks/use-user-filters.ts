import { LIMITS, POSITIONS, ROLES, type ListUsersQuery, type Position, type Role } from '@bilikti/contracts';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';

function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | undefined {
  return allowed.find((item) => item === value);
}

/** The list's filters live in the address, so Back, reload and shared links keep them. */
export function parseUserFilters(params: URLSearchParams): ListUsersQuery {
  const page = Number.parseInt(params.get('page') ?? '', 10);
  const isActive = params.get('isActive');
  return {
    q: params.get('q')?.trim().slice(0, LIMITS.searchMax) || undefined,
    role: oneOf<Role>(ROLES, params.get('role')),
    regionCode: params.get('regionCode') || undefined,
    position: oneOf<Position>(POSITIONS, params.get('position')),
    isActive: isActive === 'true' ? true : isActive === 'false' ? false : undefined,
    page: Number.isFinite(page) && page > 1 ? page : 1,
    pageSize: LIMITS.pageSizeDefault,
  };
}

export function filtersToSearch(query: ListUsersQuery): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.role) params.set('role', query.role);
  if (query.regionCode) params.set('regionCode', query.regionCode);
  if (query.position) params.set('position', query.position);
  if (query.isActive !== undefined) params.set('isActive', String(query.isActive));
  if (query.page && query.page > 1) params.set('page', String(query.page));
  const search = params.toString();
  return search ? `?${search}` : '';
}

export function useUserFilters(): ListUsersQuery {
  const [params] = useSearchParams();
  return useMemo(() => parseUserFilters(params), [params]);
}
