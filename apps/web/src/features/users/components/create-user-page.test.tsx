import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { buildAdmin, buildUser, providers } from '../../../test/fixtures';
import { errorBody, mockApi } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';

async function fillValidLearner(user: ReturnType<typeof renderApp>['user']) {
  await user.type(await screen.findByLabelText('Электрондық пошта'), 'new.deputy@example.kz');
  await user.type(screen.getByLabelText('Аты-жөні'), 'Болат Ахметов');
  await user.type(screen.getByLabelText('Бастапқы құпиясөз'), 'long-enough-password');
  await user.selectOptions(screen.getByLabelText('Лауазымы'), 'rural_akim');
  await user.selectOptions(await screen.findByLabelText('Өңір'), 'KZ-AKM');
  await user.type(screen.getByLabelText('Ұйым'), 'Қоянды ауылдық округі әкімінің аппараты');
}

describe('create user page', () => {
  it('shows the field errors of a 422 next to their fields', async () => {
    mockApi({
      'GET /api/me': { body: buildAdmin() },
      'POST /api/users': {
        status: 422,
        body: errorBody('validation.failed', {
          fields: {
            email: { code: 'invalidEmail' },
            'profile.organisation': { code: 'tooLong', params: { max: 300 } },
          },
        }),
      },
    });
    const { user } = renderApp('/admin/users/new');

    await fillValidLearner(user);
    await user.click(screen.getByRole('button', { name: 'Пайдаланушыны құру' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Белгіленген өрістерді тексеріңіз.');
    const email = screen.getByLabelText('Электрондық пошта');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription('Электрондық пошта мекенжайын дұрыс енгізіңіз.');
    expect(email).toHaveFocus();
    const organisation = screen.getByLabelText('Ұйым');
    expect(organisation).toHaveAttribute('aria-invalid', 'true');
    expect(organisation).toHaveAccessibleDescription(expect.stringContaining('300 таңбадан аспауы керек.'));
    expect(screen.getByLabelText('Аты-жөні')).not.toHaveAttribute('aria-invalid');
  });

  it('asks for the maslikhat level only for deputies and sends the learner profile', async () => {
    const api = mockApi({
      'GET /api/me': { body: buildAdmin() },
      'POST /api/users': { status: 201, body: buildUser({ id: 'u-new' }) },
      'GET /api/users/u-new': { body: buildUser({ id: 'u-new' }) },
    });
    const { user, location } = renderApp('/admin/users/new');

    await fillValidLearner(user);
    expect(screen.queryByLabelText('Мәслихат деңгейі')).not.toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Лауазымы'), 'maslikhat_deputy');
    await user.click(screen.getByRole('button', { name: 'Пайдаланушыны құру' }));

    const level = screen.getByLabelText('Мәслихат деңгейі');
    expect(level).toHaveAccessibleDescription('Мәслихат депутаты үшін міндетті.');
    expect(api.callsTo('POST', '/api/users')).toHaveLength(0);

    await user.selectOptions(level, 'district');
    await user.selectOptions(screen.getByLabelText('Партия'), 'amanat');
    await user.click(screen.getByRole('button', { name: 'Пайдаланушыны құру' }));

    await waitFor(() => expect(location()).toBe('/admin/users/u-new'));
    expect(api.callsTo('POST', '/api/users')[0]?.body).toEqual({
      email: 'new.deputy@example.kz',
      fullName: 'Болат Ахметов',
      password: 'long-enough-password',
      locale: 'kk',
      roles: ['learner'],
      profile: {
        position: 'maslikhat_deputy',
        regionCode: 'KZ-AKM',
        maslikhatLevel: 'district',
        organisation: 'Қоянды ауылдық округі әкімінің аппараты',
        partyCode: 'amanat',
      },
      providerId: null,
    });
    expect(await screen.findByText('Пайдаланушы құрылды.')).toBeInTheDocument();
  });

  it('drops the learner profile for a user without the learner role', async () => {
    const api = mockApi({
      'GET /api/me': { body: buildAdmin({ locale: 'ru' }) },
      'POST /api/users': { status: 409, body: errorBody('users.emailTaken') },
    });
    const { user } = renderApp('/admin/users/new', { locale: 'ru' });

    await user.type(await screen.findByLabelText('Электронная почта'), 'coordinator@example.kz');
    await user.type(screen.getByLabelText('ФИО'), 'Мария Иванова');
    await user.type(screen.getByLabelText('Начальный пароль'), 'long-enough-password');
    const roles = screen.getByRole('group', { name: 'Роли' });
    await user.click(within(roles).getByLabelText('Слушатель'));
    await user.click(within(roles).getByLabelText('Координатор'));
    expect(screen.queryByLabelText('Должность')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Создать пользователя' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Эта электронная почта уже используется другой учётной записью.',
    );
    expect(api.callsTo('POST', '/api/users')[0]?.body).toMatchObject({ roles: ['coordinator'], profile: null });
  });

  it('attaches an instructor to the chosen provider, and no one else', async () => {
    const api = mockApi({
      'GET /api/me': { body: buildAdmin({ locale: 'ru' }) },
      'GET /api/providers': { body: providers },
      'POST /api/users': { status: 409, body: errorBody('users.emailTaken') },
    });
    const { user } = renderApp('/admin/users/new', { locale: 'ru' });

    await user.type(await screen.findByLabelText('Электронная почта'), 'teacher@example.kz');
    await user.type(screen.getByLabelText('ФИО'), 'Сәуле Қасымова');
    await user.type(screen.getByLabelText('Начальный пароль'), 'long-enough-password');
    const roles = screen.getByRole('group', { name: 'Роли' });
    await user.click(within(roles).getByLabelText('Слушатель'));
    expect(screen.queryByLabelText('Провайдер')).not.toBeInTheDocument();
    await user.click(within(roles).getByLabelText('Преподаватель'));

    const provider = screen.getByLabelText('Провайдер');
    expect(provider).toHaveAccessibleDescription('Преподаватель разрабатывает курсы от имени этой организации.');
    await user.selectOptions(
      provider,
      await within(provider).findByRole('option', { name: 'Институт парламентаризма' }),
    );
    await user.click(screen.getByRole('button', { name: 'Создать пользователя' }));
    await waitFor(() => expect(api.callsTo('POST', '/api/users')).toHaveLength(1));
    expect(api.callsTo('POST', '/api/users')[0]?.body).toMatchObject({
      roles: ['instructor'],
      profile: null,
      providerId: 'p-institute',
    });

    // Dropping the role drops the provider, which the API would refuse for a coordinator.
    await user.click(within(roles).getByLabelText('Преподаватель'));
    await user.click(within(roles).getByLabelText('Координатор'));
    expect(screen.queryByLabelText('Провайдер')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Создать пользователя' }));
    await waitFor(() => expect(api.callsTo('POST', '/api/users')).toHaveLength(2));
    expect(api.callsTo('POST', '/api/users')[1]?.body).toMatchObject({ roles: ['coordinator'], providerId: null });
  });
});
