import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { buildAdmin, buildUser } from '../test/fixtures';
import { mockApi } from '../test/mock-api';
import { renderApp } from '../test/render-app';

describe('app shell and home page', () => {
  it('greets a learner by name and describes their work in the current language', async () => {
    mockApi({ 'GET /api/me': { body: buildUser({ locale: 'ru' }) } });
    renderApp('/', { locale: 'ru' });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Здравствуйте, Айгүл Серікқызы Нұрланова!' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Слушатель')).toBeInTheDocument();
    expect(screen.getByText('Депутат маслихата')).toBeInTheDocument();
    expect(screen.getByText('Районный маслихат')).toBeInTheDocument();
    expect(await screen.findByText('Акмолинская область')).toBeInTheDocument();
    expect(screen.getByText('Не состоит в партии')).toBeInTheDocument();
  });

  it('shows each role its own links: admin pages to admins, the studio to instructors', async () => {
    mockApi({ 'GET /api/me': { body: buildAdmin() } });
    const { unmount } = renderApp('/');
    const nav = await screen.findByRole('navigation', { name: 'Негізгі мәзір' });
    const links = within(nav)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(links).toEqual([
      'Басты бет',
      'Курстар каталогы',
      'Курс студиясы',
      'Профиль',
      'Пайдаланушылар',
      'Провайдерлер',
    ]);
    unmount();

    mockApi({ 'GET /api/me': { body: buildUser() } });
    renderApp('/');
    const learnerNav = await screen.findByRole('navigation', { name: 'Негізгі мәзір' });
    expect(
      within(learnerNav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Басты бет', 'Менің оқуым', 'Курстар каталогы', 'Профиль']);
  });

  it('uses the account language after sign-in, whatever was chosen on this device', async () => {
    window.localStorage.setItem('bilikti.locale', 'kk');
    mockApi({ 'GET /api/me': { body: buildUser({ locale: 'ru' }) } });
    renderApp('/', { locale: 'kk' });

    expect(await screen.findByRole('heading', { level: 1, name: /Здравствуйте/ })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'ru');
    expect(window.localStorage.getItem('bilikti.locale')).toBe('ru');
  });

  it('saves a language switched in the header to the account', async () => {
    const api = mockApi({
      'GET /api/me': { body: buildUser() },
      'PATCH /api/me': ({ body }) => ({ body: buildUser({ locale: (body as { locale: 'ru' }).locale }) }),
    });
    const { user } = renderApp('/');

    await user.selectOptions(await screen.findByLabelText('Тіл'), 'ru');

    expect(await screen.findByRole('heading', { level: 1, name: /Здравствуйте/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Выйти' })).toBeInTheDocument();
    await waitFor(() => expect(api.callsTo('PATCH', '/api/me')).toHaveLength(1));
    expect(api.callsTo('PATCH', '/api/me')[0]?.body).toEqual({ locale: 'ru' });
    expect(document.documentElement).toHaveAttribute('lang', 'ru');
  });

  it('signs out through the API and returns to the sign-in page', async () => {
    const api = mockApi({
      'GET /api/me': { body: buildUser() },
      'POST /api/auth/logout': { status: 204 },
    });
    const { user, location } = renderApp('/profile');

    await user.click(await screen.findByRole('button', { name: 'Шығу' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Жүйеге кіру' })).toBeInTheDocument();
    expect(location()).toBe('/sign-in');
    expect(api.callsTo('POST', '/api/auth/logout')).toHaveLength(1);
  });
});
