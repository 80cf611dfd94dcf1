import {
  AUDIENCES,
  COURSE_SORTS,
  LIMITS,
  LOCALES,
  TOPICS,
  type Audience,
  type CourseSort,
  type ListCoursesQuery,
  type Locale,
  type Topic,
} from '@bilikti/contracts';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';

/** What the learner chose; the catalog's address holds it, so reload, Back and shared links keep it. */
export interface CatalogFilters {
  q?: string;
  providerId?: string;
  audience?: Audience;
  topic?: Topic;
  language?: Locale;
  sort: CourseSort;
  page: number;
}

export const CATALOG_DEFAULT_SORT: CourseSort = 'title';
/** Fewer cards than other lists: each brings a cover image over a slow connection. */
export const CATALOG_PAGE_SIZE = 12;

function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | undefined {
  return allowed.find((item) => item === value);
}

export function parseCatalogFilters(params: URLSearchParams): CatalogFilters {
  const page = Number.parseInt(params.get('page') ?? '', 10);
  return {
    q: params.get('q')?.trim().slice(0, LIMITS.searchMax) || undefined,
    providerId: params.get('providerId') || undefined,
    audience: oneOf<Audience>(AUDIENCES, params.get('audience')),
    topic: oneOf<Topic>(TOPICS, params.get('topic')),
    language: oneOf<Locale>(LOCALES, params.get('language')),
    sort: oneOf<CourseSort>(COURSE_SORTS, params.get('sort')) ?? CATALOG_DEFAULT_SORT,
    page: Number.isFinite(page) && page > 1 ? page : 1,
  };
}

/** The query string for some filters, `""` for none; defaults are left out to keep links short. */
export function catalogSearch(filters: CatalogFilters): string {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  if (filters.providerId) params.set('providerId', filters.providerId);
  if (filters.audience) params.set('audience', filters.audience);
  if (filters.topic) params.set('topic', filters.topic);
  if (filters.language) params.set('language', filters.language);
  if (filters.sort !== CATALOG_DEFAULT_SORT) params.set('sort', filters.sort);
  if (filters.page > 1) params.set('page', String(filters.page));
  const search = params.toString();
  return search ? `?${search}` : '';
}

export function hasActiveFilters(filters: CatalogFilters): boolean {
  return Boolean(filters.q || filters.providerId || filters.audience || filters.topic || filters.language);
}

/** The API query: titles sort by the interface language. */
export function catalogQuery(filters: CatalogFilters, locale: Locale): ListCoursesQuery {
  return { scope: 'catalog', ...filters, locale, pageSize: CATALOG_PAGE_SIZE };
}

export function useCatalogFilters(): CatalogFilters {
  const [params] = useSearchParams();
  return useMemo(() => parseCatalogFilters(params), [params]);
}

/** The filters after "reset": no search and no filters, but the same order. */
export function clearedFilters(filters: CatalogFilters): CatalogFilters {
  return { sort: filters.sort, page: 1 };
}
