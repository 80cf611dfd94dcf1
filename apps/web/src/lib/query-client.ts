import { ErrorCode } from '@bilikti/contracts';
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';

import { ApiError, isApiError } from './api-client';
import { meQueryKey, sessionEndQueryKey, type SessionEnd } from './session';

/** Forget everything cached for this user and mark them signed out; the route guard takes over. */
export function markSignedOut(queryClient: QueryClient, reason: SessionEnd): void {
  void queryClient.cancelQueries();
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
  queryClient.setQueryData<SessionEnd>(sessionEndQueryKey, reason);
  queryClient.setQueryData(meQueryKey, null);
}

export function createQueryClient(): QueryClient {
  const onError = (error: unknown) => {
    if (isApiError(error, ErrorCode.AuthRequired)) markSignedOut(queryClient, 'expired');
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        // Fail fast on an answer from the server; retry only lost requests (slow rural links).
        retry: (failureCount, error) => !(error instanceof ApiError) && failureCount < 2,
        refetchOnWindowFocus: false,
        // Try even when the browser reports offline, so the user sees a message instead of a spinner.
        networkMode: 'always',
      },
      mutations: { networkMode: 'always', retry: false },
    },
  });
  return queryClient;
}
