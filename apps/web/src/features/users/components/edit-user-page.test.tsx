import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { buildAdmin, buildUser, providers } from '../../../test/fixtures';
import { errorBody, mockApi } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';

describe('edit user page', () => {
  it('deactivates and reactivates an account', async () => {
    const api = mockApi({
      'GET /api/me': { body: buildAdmin() },
      'GET /api/users/u-learner': { body: buildUser() },
      'PATCH /api/users/u-learner': ({ body }) => ({ body: buildUser(body as object) }),
    });
    const { user } = renderApp('/admin/users/u-learner');

    const status = await screen.findByRole('region', { name: 'Тіркелгі күйі' });
    await user.click(within(status).getByRole('button', { name: 'Тіркелгіні өшіру' }));

    expect(await within(status).findByText('Тіркелгі өшірілген')).toBeInTheDocument();
    expect(api.callsTo('PATCH', '/api/users/u-learner')[0]?.body).toEqual({ isActive: false });

    await user.click(within(status).getByRole('button', { name: 'Тіркелгіні қайта қосу' }));
    expect(await within(status).findByText('Тіркелгі белсенді')).toBeInTheDocument();
  });

  it('explains why an admin cannot remove their own admin role', async () => {
    const admin = buildAdmin();
    mockApi({
      'GET /api/me': { body: admin },
      'GET /api/users/u-admin': { body: admin },
      'PATCH /api/users/u-admin': { status: 409, body: errorBody('users.cannotChangeOwnAdmin') },
    });
    const { user } = renderApp('/admin/users/u-admin');

    const details = await screen.findByRole('region', { name: 'Тіркелгі деректері' });
    await user.click(within(details).getByLabelText('Әкімші'));
    await user.click(within(details).getByLabelText('Үйлестіруші'));
    await user.click(within(details).getByRole('button', { name: 'Сақтау' }));

    expect(await within(details).findByRole('alert')).toHaveTextContent(
      'Өз тіркелгіңізді өшіруге немесе өзіңізден әкімші рөлін алуға болмайды.',
    );
  });

  it('resets a password and refuses one that is too short before asking the API', async () => {
    const api = mockApi({
      'GET /api/me': { body: buildAdmin() },
      'GET /api/users/u-learner': { body: buildUser() },
      'PATCH /api/users/u-learner': { body: buildUser() },
    });
    const { user } = renderApp('/admin/users/u-learner');

    const section = await screen.findByRole('region', { name: 'Жаңа құпиясөз орнату' });
    const password = within(section).getByLabelText('Жаңа құпиясөз');
    await user.type(password, 'short');
    await user.click(within(section).getByRole('button', { name: 'Құпиясөзді орнату' }));
    expect(password).toHaveAccessibleDescription('Кемінде 10 таңба. Кемінде 10 таңба болуы керек.');
    expect(api.callsTo('PATCH', '/api/users/u-learner')).toHaveLength(0);

    await user.clear(password);
    await user.type(password, 'a-much-longer-password');
    await user.click(within(section).getByRole('button', { name: 'Құпиясөзді орнату' }));

    expect(await within(section).findByText('Жаңа құпиясөз орнатылды.')).toBeInTheDocument();
    await waitFor(() =>
      expect(api.callsTo('PATCH', '/api/users/u-learner')[0]?.body).toEqual({ password: 'a-much-longer-password' }),
    );
  });

  it("shows an instructor's provider and sends the change of provider", async () => {
    const instructor = buildUser({
      id: 'u-instructor',
      roles: ['instructor'],
      profile: null,
      providerId: 'p-academy',
    });
    const api = mockApi({
      'GET /api/me': { body: buildAdmin() },
      'GET /api/providers': { body: providers },
      'GET /api/users/u-instructor': { body: instructor },
      'PATCH /api/users/u-instructor': ({ body }) => ({ body: { ...instructor, ...(body as object) } }),
    });
    const { user } = renderApp('/admin/users/u-instructor');

    const provider = await screen.findByText('ҚР Президенті жанындағы Мемлекеттік басқару академиясы', {
      selector: 'dd',
    });
    expect(provider.previousElementSibling).toHaveTextContent('Провайдер');

    const details = screen.getByRole('region', { name: 'Тіркелгі деректері' });
    const select = within(details).getByLabelText('Провайдер');
    expect(select).toHaveValue('p-academy');
    await user.selectOptions(select, 'p-institute');
    await user.click(within(details).getByRole('button', { name: 'Сақтау' }));

    expect(await screen.findByText('Парламентаризм институты', { selector: 'dd' })).toBeInTheDocument();
    expect(api.callsTo('PATCH', '/api/users/u-instructor')[0]?.body).toMatchObject({
      roles: ['instructor'],
      providerId: 'p-institute',
    });

    await user.click(within(details).getByLabelText('Оқытушы'));
    await user.click(within(details).getByLabelText('Үйлестіруші'));
    await user.click(within(details).getByRole('button', { name: 'Сақтау' }));

    await waitFor(() => expect(api.callsTo('PATCH', '/api/users/u-instructor')).toHaveLength(2));
    expect(api.callsTo('PATCH', '/api/users/u-instructor')[1]?.body).toMatchObject({
      roles: ['coordinator'],
      providerId: null,
    });
  });

  it('says when an instructor has no provider yet', async () => {
    mockApi({
      'GET /api/me': { body: buildAdmin() },
      'GET /api/users/u-instructor': {
        body: buildUser({ id: 'u-instructor', roles: ['instructor'], profile: null }),
      },
    });
    renderApp('/admin/users/u-instructor');

    const none = await screen.findByText('Көрсетілмеген', { selector: 'dd' });
    expect(none.previousElementSibling).toHaveTextContent('Провайдер');
    expect(screen.getByLabelText('Провайдер')).toHaveValue('');
  });
});
