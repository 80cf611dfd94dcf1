import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { buildUser } from '../../../test/fixtures';
import { errorBody, mockApi, signedOut } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';

async function fillAndSubmit(user: ReturnType<typeof renderApp>['user'], email: string, password: string) {
  await user.type(await screen.findByLabelText('Электрондық пошта'), email);
  await user.type(screen.getByLabelText('Құпиясөз'), password);
  await user.click(screen.getByRole('button', { name: 'Кіру' }));
}

describe('sign-in page', () => {
  it('shows the translated message when the email or password is wrong (401)', async () => {
    mockApi({
      'GET /api/me': signedOut,
      'POST /api/auth/login': { status: 401, body: errorBody('auth.invalidCredentials') },
    });
    const { user } = renderApp('/sign-in');

    await fillAndSubmit(user, 'aigul@example.kz', 'wrong-password');

    expect(await screen.findByRole('alert')).toHaveTextContent('Электрондық пошта немесе құпиясөз қате.');
  });

  it('tells how many minutes to wait after too many attempts (429)', async () => {
    mockApi({
      'GET /api/me': signedOut,
      'POST /api/auth/login': {
        status: 429,
        body: errorBody('auth.tooManyAttempts', { params: { retryAfterSeconds: 840 } }),
      },
    });
    const { user } = renderApp('/sign-in', { locale: 'ru' });

    await user.type(await screen.findByLabelText('Электронная почта'), 'aigul@example.kz');
    await user.type(screen.getByLabelText('Пароль'), 'secret-password');
    await user.click(screen.getByRole('button', { name: 'Войти' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Слишком много неудачных попыток. Повторите через 14 минут.',
    );
  });

  it('signs in with the typed credentials and returns to the page the user wanted', async () => {
    const api = mockApi({
      'GET /api/me': signedOut,
      'POST /api/auth/login': { body: buildUser({ roles: ['admin'], profile: null }) },
      'GET /api/users': { body: { items: [], total: 0, page: 1, pageSize: 20 } },
    });
    const { user, location } = renderApp(`/sign-in?next=${encodeURIComponent('/admin/users?q=x')}`);

    await fillAndSubmit(user, ' aigul@example.kz ', 'correct-password');

    await waitFor(() => expect(location()).toBe('/admin/users?q=x'));
    expect(api.callsTo('POST', '/api/auth/login')[0]?.body).toEqual({
      email: 'aigul@example.kz',
      password: 'correct-password',
    });
  });

  it('does not follow a next parameter that leads to another site', async () => {
    mockApi({
      'GET /api/me': signedOut,
      'POST /api/auth/login': { body: buildUser() },
    });
    const { user, location } = renderApp(`/sign-in?next=${encodeURIComponent('//evil.example/phish')}`);

    await fillAndSubmit(user, 'aigul@example.kz', 'correct-password');

    await waitFor(() => expect(location()).toBe('/'));
  });

  it('marks empty fields as invalid and focuses the first, without calling the API', async () => {
    const api = mockApi({ 'GET /api/me': signedOut });
    const { user } = renderApp('/sign-in');

    await user.click(await screen.findByRole('button', { name: 'Кіру' }));

    const email = screen.getByLabelText('Электрондық пошта');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription('Бұл өрісті толтыру міндетті.');
    expect(email).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent('Белгіленген өрістерді тексеріңіз.');
    expect(api.callsTo('POST', '/api/auth/login')).toHaveLength(0);
  });

  it('switches the language of the page, <html lang> and the title, and remembers the choice', async () => {
    mockApi({ 'GET /api/me': signedOut });
    const { user } = renderApp('/sign-in');

    expect(await screen.findByRole('heading', { level: 1, name: 'Жүйеге кіру' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'kk');

    await user.selectOptions(screen.getByLabelText('Тіл'), 'Русский');

    expect(await screen.findByRole('heading', { level: 1, name: 'Вход в систему' })).toBeInTheDocument();
    expect(screen.getByLabelText('Электронная почта')).toBeInTheDocument();
    expect(screen.getByLabelText('Пароль')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Войти' })).toBeInTheDocument();
    expect(screen.getByLabelText('Язык')).toHaveValue('ru');
    expect(document.documentElement).toHaveAttribute('lang', 'ru');
    await waitFor(() => expect(document.title).toBe('Вход в систему — Bilikti'));
    expect(window.localStorage.getItem('bilikti.locale')).toBe('ru');
  });
});
