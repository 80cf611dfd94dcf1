import { COURSE_STATUSES, LIMITS, type CourseStatus, type ListCoursesQuery } from '@bilikti/contracts';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';

/** The list's filters live in the address, so Back, reload and shared links keep them. */
export function parseStudioFilters(params: URLSearchParams): ListCoursesQuery {
  const page = Number.parseInt(params.get('page') ?? '', 10);
  const complete = params.get('complete');
  return {
    q: params.get('q')?.trim().slice(0, LIMITS.searchMax) || undefined,
    status: COURSE_STATUSES.find((status): status is CourseStatus => status === params.get('status')),
    complete: complete === 'true' ? true : complete === 'false' ? false : undefined,
    page: Number.isFinite(page) && page > 1 ? page : 1,
    pageSize: LIMITS.pageSizeDefault,
  };
}

export function studioFiltersToSearch(query: ListCoursesQuery): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.status) params.set('status', query.status);
  if (query.complete !== undefined) params.set('complete', String(query.complete));
  if (query.page && query.page > 1) params.set('page', String(query.page));
  const search = params.toString();
  return search ? `?${search}` : '';
}

export function useStudioFilters(): ListCoursesQuery {
  const [params] = useSearchParams();
  return useMemo(() => parseStudioFilters(params), [params]);
}
