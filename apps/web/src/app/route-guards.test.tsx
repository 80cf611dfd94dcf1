import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { buildAdmin, buildUser } from '../test/fixtures';
import { mockApi, signedOut } from '../test/mock-api';
import { renderApp } from '../test/render-app';

describe('route guards', () => {
  it('sends a signed-out visitor to sign-in, keeping the wanted address', async () => {
    mockApi({ 'GET /api/me': signedOut });
    const { location } = renderApp('/profile?tab=password');

    expect(await screen.findByRole('heading', { level: 1, name: 'Жүйеге кіру' })).toBeInTheDocument();
    expect(location()).toBe(`/sign-in?next=${encodeURIComponent('/profile?tab=password')}`);
  });

  it('shows "no access" to a signed-in learner on the admin pages, without asking the API for users', async () => {
    const api = mockApi({ 'GET /api/me': { body: buildUser() } });
    const { location } = renderApp('/admin/users');

    expect(await screen.findByRole('heading', { level: 1, name: 'Қолжетімділік жоқ' })).toBeInTheDocument();
    expect(location()).toBe('/admin/users');
    const nav = screen.getByRole('navigation', { name: 'Негізгі мәзір' });
    expect(nav).not.toHaveTextContent('Пайдаланушылар');
    expect(api.callsTo('GET', '/api/users')).toHaveLength(0);
  });

  it('treats a 401 on a protected call as signed out and goes to sign-in', async () => {
    mockApi({
      'GET /api/me': { body: buildAdmin() },
      'GET /api/users': signedOut,
    });
    const { location, queryClient } = renderApp('/admin/users?role=learner');

    expect(await screen.findByRole('heading', { level: 1, name: 'Жүйеге кіру' })).toBeInTheDocument();
    expect(location()).toBe(`/sign-in?next=${encodeURIComponent('/admin/users?role=learner')}`);
    expect(queryClient.getQueryData(['me'])).toBeNull();
    expect(queryClient.getQueryCache().findAll({ queryKey: ['users'] })).toHaveLength(0);
  });

  it('shows a translated 404 page for an unknown address', async () => {
    mockApi({ 'GET /api/me': { body: buildUser({ locale: 'ru' }) } });
    renderApp('/no/such/page', { locale: 'ru' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Страница не найдена' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Страница не найдена — Bilikti'));
  });

  it('offers a retry when the first check of the session fails for lack of a connection', async () => {
    const api = mockApi({});
    api.fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    renderApp('/');

    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(/Интернет байланысын тексеріп/);
    expect(screen.getByRole('button', { name: 'Қайталау' })).toBeInTheDocument();
  });
});
