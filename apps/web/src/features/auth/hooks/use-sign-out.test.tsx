import { QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { flushProgressQueue, setProgressUser } from '../../../lib/offline/progress-queue';
import { createQueryClient } from '../../../lib/query-client';
import { meQueryKey, sessionEndQueryKey } from '../../../lib/session';
import { buildUser } from '../../../test/fixtures';
import { logout } from '../api/auth-api';
import { SIGN_OUT_FLUSH_TIMEOUT_MS, useSignOut } from './use-sign-out';

vi.mock('../../../lib/offline/progress-queue', () => ({
  flushProgressQueue: vi.fn(),
  setProgressUser: vi.fn(),
}));
vi.mock('../api/auth-api', () => ({ login: vi.fn(), logout: vi.fn() }));

/** What happened, in order: the queue, the API and the service worker. */
let steps: string[] = [];
const postMessage = vi.fn((message: { type: string }) => steps.push(`worker: ${message.type}`));

function renderSignOut() {
  const queryClient = createQueryClient();
  queryClient.setQueryData(meQueryKey, buildUser());
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  const { result } = renderHook(() => useSignOut(), { wrapper });
  return { result, queryClient };
}

beforeEach(() => {
  steps = [];
  vi.mocked(flushProgressQueue).mockImplementation(async () => {
    steps.push('flush');
  });
  vi.mocked(setProgressUser).mockImplementation((userId) => steps.push(`user: ${userId}`));
  vi.mocked(logout).mockImplementation(async () => {
    steps.push('logout');
  });
  Object.defineProperty(navigator, 'serviceWorker', {
    configurable: true,
    value: { controller: { postMessage } },
  });
});

afterEach(() => {
  delete (navigator as { serviceWorker?: unknown }).serviceWorker;
  vi.useRealTimers();
});

describe('useSignOut', () => {
  it('sends waiting progress while the session lasts, then forgets the user in the queue and the service worker', async () => {
    const { result, queryClient } = renderSignOut();

    act(() => result.current.mutate());

    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(steps).toEqual(['flush', 'logout', 'user: null', 'worker: clear-user-data']);
    expect(setProgressUser).toHaveBeenCalledWith(null);
    expect(postMessage).toHaveBeenCalledWith({ type: 'clear-user-data' });
    expect(queryClient.getQueryData(meQueryKey)).toBeNull();
    expect(queryClient.getQueryData(sessionEndQueryKey)).toBe('signedOut');
  });

  it(`does not wait longer than ${SIGN_OUT_FLUSH_TIMEOUT_MS / 1000} s for the progress queue`, async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.mocked(flushProgressQueue).mockImplementation(() => new Promise<void>(() => undefined));
    const { result } = renderSignOut();

    act(() => result.current.mutate());
    await act(() => vi.advanceTimersByTimeAsync(SIGN_OUT_FLUSH_TIMEOUT_MS - 1));
    expect(logout).not.toHaveBeenCalled();

    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(logout).toHaveBeenCalledTimes(1);
    await act(() => vi.runAllTimersAsync());
    expect(steps).toEqual(['logout', 'user: null', 'worker: clear-user-data']);
  });

  it('keeps the user (and their data) when the server could not end the session', async () => {
    vi.mocked(logout).mockRejectedValue(new TypeError('Failed to fetch'));
    const { result, queryClient } = renderSignOut();

    act(() => result.current.mutate());

    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(setProgressUser).not.toHaveBeenCalled();
    expect(postMessage).not.toHaveBeenCalled();
    expect(queryClient.getQueryData(meQueryKey)).toEqual(buildUser());
  });

  it('signs out without a service worker (development, an old browser)', async () => {
    delete (navigator as { serviceWorker?: unknown }).serviceWorker;
    const { result } = renderSignOut();

    act(() => result.current.mutate());

    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(steps).toEqual(['flush', 'logout', 'user: null']);
  });
});
