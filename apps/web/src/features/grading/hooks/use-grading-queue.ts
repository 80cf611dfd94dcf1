import { LIMITS } from '@bilikti/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';

import { listGradingQueue, type GradingQueueQuery } from '../api/grading-api';
import { gradingQueryKeys } from './grading-query-keys';

/** The queue's page lives in the address, like every list's. */
export function useGradingQueuePage(): GradingQueueQuery {
  const [params] = useSearchParams();
  return useMemo(() => {
    const page = Number.parseInt(params.get('page') ?? '', 10);
    return { page: Number.isFinite(page) && page > 1 ? page : 1, pageSize: LIMITS.pageSizeDefault };
  }, [params]);
}

export function useGradingQueue(query: GradingQueueQuery) {
  return useQuery({
    queryKey: gradingQueryKeys.queue(query),
    queryFn: ({ signal }) => listGradingQueue(query, signal),
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
}
