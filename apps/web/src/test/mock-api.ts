import type { ApiErrorBody } from '@bilikti/contracts';
import { vi } from 'vitest';

import { parties, regions } from './fixtures';

export interface MockResponse {
  status?: number;
  body?: unknown;
}

export interface RecordedCall {
  method: string;
  path: string;
  search: URLSearchParams;
  body: unknown;
}

type Handler = MockResponse | ((call: RecordedCall) => MockResponse);

/** Routes keyed "METHOD /path" (path without the query string). */
export type Routes = Record<string, Handler>;

export function errorBody(code: ApiErrorBody['code'], extra: Partial<ApiErrorBody> = {}): ApiErrorBody {
  return { code, message: code, params: {}, ...extra };
}

export const signedOut: MockResponse = { status: 401, body: errorBody('auth.required') };

/**
 * Replaces `fetch` with a table of canned answers and records every call.
 * Regions and parties answer by default, providers with an empty list; unknown routes get the API's 404.
 */
export function mockApi(routes: Routes) {
  const calls: RecordedCall[] = [];
  const table: Routes = {
    'GET /api/regions': { body: regions },
    'GET /api/parties': { body: parties },
    'GET /api/providers': { body: [] },
    'GET /api/me/enrolments': { body: { active: [], completed: [] } },
    ...routes,
  };
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    const call: RecordedCall = {
      method: init?.method ?? 'GET',
      path: url.pathname,
      search: url.searchParams,
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    calls.push(call);
    const handler = table[`${call.method} ${call.path}`];
    const response = typeof handler === 'function' ? handler(call) : handler;
    if (!response) {
      return new Response(JSON.stringify(errorBody('route.notFound')), {
        status: 404,
        headers: { 'Content-Type': 'application/json' },
      });
    }
    const status = response.status ?? 200;
    if (status === 204) return new Response(null, { status });
    return new Response(JSON.stringify(response.body ?? null), {
      status,
      headers: { 'Content-Type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return {
    calls,
    fetchMock,
    /** Change an answer mid-test (e.g. the session ends). */
    set(route: string, handler: Handler) {
      table[route] = handler;
    },
    callsTo(method: string, path: string) {
      return calls.filter((call) => call.method === method && call.path === path);
    },
  };
}
