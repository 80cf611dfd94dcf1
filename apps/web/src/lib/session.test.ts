import { beforeEach, describe, expect, it, vi } from 'vitest';

import { buildUser } from '../test/fixtures';
import { errorBody, mockApi, signedOut } from '../test/mock-api';
import { setProgressUser } from './offline/progress-queue';
import { fetchMe } from './session';

vi.mock('./offline/progress-queue', () => ({ setProgressUser: vi.fn() }));

beforeEach(() => {
  vi.mocked(setProgressUser).mockClear();
});

describe('fetchMe', () => {
  it('names the signed-in user to the progress queue', async () => {
    mockApi({ 'GET /api/me': { body: buildUser({ id: 'u-aigul' }) } });

    expect(await fetchMe()).toEqual(buildUser({ id: 'u-aigul' }));
    expect(setProgressUser).toHaveBeenCalledExactlyOnceWith('u-aigul');
  });

  it('tells the progress queue nobody is signed in', async () => {
    mockApi({ 'GET /api/me': signedOut });

    expect(await fetchMe()).toBeNull();
    expect(setProgressUser).toHaveBeenCalledExactlyOnceWith(null);
  });

  it('leaves the progress queue alone when it cannot tell (no connection, a server error)', async () => {
    mockApi({ 'GET /api/me': { status: 503, body: errorBody('server.unavailable') } });
    await expect(fetchMe()).rejects.toThrow();

    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    await expect(fetchMe()).rejects.toThrow();

    expect(setProgressUser).not.toHaveBeenCalled();
  });
});
