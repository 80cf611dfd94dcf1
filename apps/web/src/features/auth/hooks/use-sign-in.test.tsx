import { QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { flushProgressQueue, setProgressUser } from '../../../lib/offline/progress-queue';
import { createQueryClient } from '../../../lib/query-client';
import { meQueryKey } from '../../../lib/session';
import { buildUser } from '../../../test/fixtures';
import { login } from '../api/auth-api';
import { useSignIn } from './use-sign-in';

vi.mock('../../../lib/offline/progress-queue', () => ({
  flushProgressQueue: vi.fn(),
  setProgressUser: vi.fn(),
}));
vi.mock('../api/auth-api', () => ({ login: vi.fn(), logout: vi.fn() }));

let steps: string[] = [];

beforeEach(() => {
  steps = [];
  vi.mocked(flushProgressQueue).mockImplementation(async () => {
    steps.push('flush');
  });
  vi.mocked(setProgressUser).mockImplementation((userId) => steps.push(`user: ${userId}`));
});

function renderSignIn() {
  const queryClient = createQueryClient();
  queryClient.setQueryData(meQueryKey, null);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  const { result } = renderHook(() => useSignIn(), { wrapper });
  return { result, queryClient };
}

describe('useSignIn', () => {
  it('names the user to the progress queue, then sends what they left on the device', async () => {
    const user = buildUser({ id: 'u-bolat' });
    vi.mocked(login).mockResolvedValue(user);
    const { result, queryClient } = renderSignIn();

    act(() => result.current.mutate({ email: 'bolat@example.kz', password: 'correct-password' }));

    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(steps).toEqual(['user: u-bolat', 'flush']);
    expect(queryClient.getQueryData(meQueryKey)).toEqual(user);
  });

  it('leaves the queue alone when the sign-in fails', async () => {
    vi.mocked(login).mockRejectedValue(new TypeError('Failed to fetch'));
    const { result } = renderSignIn();

    act(() => result.current.mutate({ email: 'bolat@example.kz', password: 'wrong' }));

    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(steps).toEqual([]);
  });
});
