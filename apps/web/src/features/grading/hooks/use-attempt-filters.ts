import { ATTEMPT_STATUSES, LIMITS, type AttemptStatus, type ListAttemptsQuery } from '@bilikti/contracts';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';

/** The attempts list's filters live in the address, so Back, reload and shared links keep them. */
export function parseAttemptFilters(params: URLSearchParams): ListAttemptsQuery {
  const page = Number.parseInt(params.get('page') ?? '', 10);
  return {
    status: ATTEMPT_STATUSES.find((status): status is AttemptStatus => status === params.get('status')),
    q: params.get('q')?.trim().slice(0, LIMITS.searchMax) || undefined,
    page: Number.isFinite(page) && page > 1 ? page : 1,
    pageSize: LIMITS.pageSizeDefault,
  };
}

export function attemptFiltersToSearch(query: ListAttemptsQuery): string {
  const params = new URLSearchParams();
  if (query.status) params.set('status', query.status);
  if (query.q) params.set('q', query.q);
  if (query.page && query.page > 1) params.set('page', String(query.page));
  const search = params.toString();
  return search ? `?${search}` : '';
}

export function useAttemptFilters(): ListAttemptsQuery {
  const [params] = useSearchParams();
  return useMemo(() => parseAttemptFilters(params), [params]);
}
