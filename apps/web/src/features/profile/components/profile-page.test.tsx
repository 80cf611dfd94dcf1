import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { buildUser } from '../../../test/fixtures';
import { errorBody, mockApi } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';

describe('profile page', () => {
  it('saves the full name and language, and switches the interface to the saved language', async () => {
    const api = mockApi({
      'GET /api/me': { body: buildUser() },
      'PATCH /api/me': ({ body }) => ({ body: buildUser(body as object) }),
    });
    const { user } = renderApp('/profile');

    const details = await screen.findByRole('region', { name: 'Жеке деректер' });
    const name = within(details).getByLabelText('Аты-жөні');
    await user.clear(name);
    await user.type(name, 'Айгүл Нұрланова');
    await user.click(within(details).getByLabelText('Русский'));
    await user.click(within(details).getByRole('button', { name: 'Сақтау' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Профиль' })).toBeInTheDocument();
    expect(await screen.findByRole('region', { name: 'Личные данные' })).toBeInTheDocument();
    expect(api.callsTo('PATCH', '/api/me')[0]?.body).toEqual({ fullName: 'Айгүл Нұрланова', locale: 'ru' });
    expect(document.documentElement).toHaveAttribute('lang', 'ru');
  });

  it('shows the learner profile read-only', async () => {
    mockApi({ 'GET /api/me': { body: buildUser() } });
    renderApp('/profile');

    const work = await screen.findByRole('region', { name: 'Жұмыс орны' });
    expect(within(work).getByText('Мәслихат депутаты')).toBeInTheDocument();
    expect(within(work).getByText('Бурабай аудандық мәслихаты')).toBeInTheDocument();
    expect(within(work).queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('marks the current password as wrong when the API says so', async () => {
    mockApi({
      'GET /api/me': { body: buildUser() },
      'POST /api/me/password': { status: 422, body: errorBody('auth.wrongCurrentPassword') },
    });
    const { user } = renderApp('/profile');

    const section = await screen.findByRole('region', { name: 'Құпиясөзді өзгерту' });
    await user.type(within(section).getByLabelText('Қазіргі құпиясөз'), 'not-my-password');
    await user.type(within(section).getByLabelText('Жаңа құпиясөз'), 'brand-new-password');
    await user.type(within(section).getByLabelText('Жаңа құпиясөзді қайталаңыз'), 'brand-new-password');
    await user.click(within(section).getByRole('button', { name: 'Құпиясөзді өзгерту' }));

    const current = within(section).getByLabelText('Қазіргі құпиясөз');
    await waitFor(() => expect(current).toHaveAttribute('aria-invalid', 'true'));
    expect(current).toHaveAccessibleDescription('Қазіргі құпиясөз қате.');
    expect(within(section).getByRole('alert')).toHaveTextContent('Қазіргі құпиясөз қате.');
  });

  it('catches a mistyped confirmation before asking the API', async () => {
    const api = mockApi({ 'GET /api/me': { body: buildUser() } });
    const { user } = renderApp('/profile');

    const section = await screen.findByRole('region', { name: 'Құпиясөзді өзгерту' });
    await user.type(within(section).getByLabelText('Қазіргі құпиясөз'), 'old-password');
    await user.type(within(section).getByLabelText('Жаңа құпиясөз'), 'brand-new-password');
    await user.type(within(section).getByLabelText('Жаңа құпиясөзді қайталаңыз'), 'brand-new-pasword');
    await user.click(within(section).getByRole('button', { name: 'Құпиясөзді өзгерту' }));

    expect(within(section).getByLabelText('Жаңа құпиясөзді қайталаңыз')).toHaveAccessibleDescription(
      'Құпиясөздер сәйкес келмейді.',
    );
    expect(api.callsTo('POST', '/api/me/password')).toHaveLength(0);
  });
});
