import {
  LIMITS,
  QUESTION_LIMITS,
  QUESTION_TYPES,
  type ListQuestionsQuery,
  type QuestionType,
} from '@bilikti/contracts';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';

/** The bank's filters live in the address, so Back, reload and shared links keep them. */
export function parseQuestionFilters(params: URLSearchParams): ListQuestionsQuery {
  const page = Number.parseInt(params.get('page') ?? '', 10);
  return {
    q: params.get('q')?.trim().slice(0, LIMITS.searchMax) || undefined,
    type: QUESTION_TYPES.find((type): type is QuestionType => type === params.get('type')),
    tag: params.get('tag')?.trim().slice(0, QUESTION_LIMITS.tagMax) || undefined,
    page: Number.isFinite(page) && page > 1 ? page : 1,
    pageSize: LIMITS.pageSizeDefault,
  };
}

export function questionFiltersToSearch(query: ListQuestionsQuery): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.type) params.set('type', query.type);
  if (query.tag) params.set('tag', query.tag);
  if (query.page && query.page > 1) params.set('page', String(query.page));
  const search = params.toString();
  return search ? `?${search}` : '';
}

export function useQuestionFilters(): ListQuestionsQuery {
  const [params] = useSearchParams();
  return useMemo(() => parseQuestionFilters(params), [params]);
}
