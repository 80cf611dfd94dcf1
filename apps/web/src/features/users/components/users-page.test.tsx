import type { UserResponse } from '@bilikti/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { buildAdmin, buildUser } from '../../../test/fixtures';
import { mockApi } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';

const page = (items: UserResponse[], total: number, pageNumber = 1) => ({
  body: { items, total, page: pageNumber, pageSize: 20 },
});

describe('users page', () => {
  it('lists users with a plural-aware count and links to each user', async () => {
    mockApi({
      'GET /api/me': { body: buildAdmin({ locale: 'ru' }) },
      'GET /api/users': page([buildUser()], 25),
    });
    renderApp('/admin/users', { locale: 'ru' });

    expect(await screen.findByText('Найдено 25 пользователей')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Список пользователей' });
    expect(within(table).getByRole('link', { name: 'Айгүл Серікқызы Нұрланова' })).toHaveAttribute(
      'href',
      '/admin/users/u-learner',
    );
    expect(within(table).getByText('Депутат маслихата')).toBeInTheDocument();
    expect(await within(table).findByText('Акмолинская область')).toBeInTheDocument();
    const pagination = screen.getByRole('navigation', { name: 'Страницы' });
    expect(within(pagination).getByText('Страница 1 из 2')).toBeInTheDocument();
    expect(within(pagination).getByRole('link', { name: 'Следующая страница' })).toHaveAttribute(
      'href',
      '/admin/users?page=2',
    );
  });

  it('uses the Russian "few" form', async () => {
    mockApi({
      'GET /api/me': { body: buildAdmin({ locale: 'ru' }) },
      'GET /api/users': page([buildUser()], 3),
    });
    renderApp('/admin/users', { locale: 'ru' });
    expect(await screen.findByText('Найдено 3 пользователя')).toBeInTheDocument();
  });

  it('applies search and filters with one request and keeps them in the address', async () => {
    const api = mockApi({
      'GET /api/me': { body: buildAdmin() },
      'GET /api/users': page([], 0),
    });
    const { user, location } = renderApp('/admin/users?page=3');

    await user.type(await screen.findByLabelText('Іздеу'), 'Асан');
    await user.selectOptions(screen.getByLabelText('Рөл'), 'learner');
    await user.selectOptions(screen.getByLabelText('Лауазым'), 'rural_akim');
    await user.selectOptions(await screen.findByLabelText('Өңір'), 'KZ-ALA');
    await user.selectOptions(screen.getByLabelText('Күйі'), 'false');
    await user.click(screen.getByRole('button', { name: 'Табу' }));

    await waitFor(() =>
      expect(location()).toBe(
        `/admin/users?q=${encodeURIComponent('Асан')}&role=learner&regionCode=KZ-ALA&position=rural_akim&isActive=false`,
      ),
    );
    await waitFor(() => expect(api.callsTo('GET', '/api/users')).toHaveLength(2));
    const last = api.callsTo('GET', '/api/users')[1]!.search;
    expect(Object.fromEntries(last)).toEqual({
      q: 'Асан',
      role: 'learner',
      regionCode: 'KZ-ALA',
      position: 'rural_akim',
      isActive: 'false',
      page: '1',
      pageSize: '20',
    });
    expect(await screen.findByText('Сүзгілерге сәйкес пайдаланушы жоқ.')).toBeInTheDocument();
  });
});
