import { describe, expect, it, vi } from 'vitest';

import { api, ApiError, buildUrl, NetworkError } from './api-client';

function stubFetch(response: Response | Error) {
  const fetchMock = vi.fn(async () => {
    if (response instanceof Error) throw response;
    return response;
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('api client', () => {
  it('sends JSON with the session cookie of this origin and returns the parsed body', async () => {
    const fetchMock = stubFetch(json(200, { id: 'u1' }));

    await expect(api.patch('/api/me', { fullName: 'Асан' })).resolves.toEqual({ id: 'u1' });

    expect(fetchMock).toHaveBeenCalledWith('/api/me', {
      method: 'PATCH',
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify({ fullName: 'Асан' }),
      signal: undefined,
    });
  });

  it('returns undefined for 204 No Content', async () => {
    stubFetch(new Response(null, { status: 204 }));
    await expect(api.post('/api/auth/logout')).resolves.toBeUndefined();
  });

  it('throws an ApiError carrying status, code, params and fields from the error body', async () => {
    stubFetch(
      json(422, {
        code: 'validation.failed',
        message: 'Validation failed',
        params: { attempt: 1 },
        fields: { email: { code: 'invalidEmail' }, 'profile.organisation': { code: 'tooLong', params: { max: 300 } } },
      }),
    );

    const error = await api.post('/api/users', {}).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 422,
      code: 'validation.failed',
      params: { attempt: 1 },
      fields: { email: { code: 'invalidEmail' }, 'profile.organisation': { code: 'tooLong', params: { max: 300 } } },
    });
  });

  it('keeps retryAfterSeconds of a 429', async () => {
    stubFetch(json(429, { code: 'auth.tooManyAttempts', message: 'x', params: { retryAfterSeconds: 600 } }));
    await expect(api.post('/api/auth/login', {})).rejects.toMatchObject({
      status: 429,
      code: 'auth.tooManyAttempts',
      params: { retryAfterSeconds: 600 },
    });
  });

  it('gives an "unknown" code when the error body is not the API format (a proxy page)', async () => {
    stubFetch(new Response('<html>Bad gateway</html>', { status: 502 }));
    await expect(api.get('/api/me')).rejects.toMatchObject({ status: 502, code: 'unknown', params: {}, fields: {} });
  });

  it('throws a NetworkError when no answer arrives', async () => {
    stubFetch(new TypeError('Failed to fetch'));
    await expect(api.get('/api/me')).rejects.toBeInstanceOf(NetworkError);
  });

  it('builds query strings without empty values', () => {
    expect(buildUrl('/api/users', { q: 'Асан', role: undefined, isActive: false, page: 2, regionCode: '' })).toBe(
      `/api/users?q=${encodeURIComponent('Асан')}&isActive=false&page=2`,
    );
    expect(buildUrl('/api/users', {})).toBe('/api/users');
  });
});
