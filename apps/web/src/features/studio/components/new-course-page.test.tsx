import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { buildAdmin } from '../../../test/fixtures';
import { errorBody, mockApi } from '../../../test/mock-api';
import { renderStudioPage } from '../../../test/render-studio-page';
import { buildDraft, provider } from '../test/studio-fixtures';
import { NewCoursePage } from './new-course-page';

const routes = { '/studio/new': <NewCoursePage /> };

describe('new course page', () => {
  it('creates the course with both titles and opens its editor', async () => {
    const api = mockApi({ 'POST /api/courses': { status: 201, body: buildDraft({ id: 'c-new' }) } });
    const { user, location } = renderStudioPage('/studio/new', routes);

    await user.type(screen.getByLabelText('Курс коды'), 'AKIM-101');
    await user.type(screen.getByLabelText('Атауы (қазақша)'), 'Ауыл бюджеті');
    await user.type(screen.getByLabelText('Атауы (орысша)'), 'Бюджет села');
    await user.click(screen.getByLabelText('Ауыл әкімдері'));
    await user.type(screen.getByLabelText('Академиялық сағаттар'), '12');
    // Instructors' courses go to their own provider: no choice to make.
    expect(screen.queryByLabelText('Оқыту ұйымы')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Атауы (қазақша)')).toHaveAttribute('lang', 'kk');
    expect(screen.getByLabelText('Атауы (орысша)')).toHaveAttribute('lang', 'ru');
    await user.click(screen.getByRole('button', { name: 'Курсты құру' }));

    await waitFor(() => expect(location()).toBe('/studio/courses/c-new'));
    expect(api.callsTo('POST', '/api/courses')[0]?.body).toEqual({
      code: 'AKIM-101',
      title: { kk: 'Ауыл бюджеті', ru: 'Бюджет села' },
      audience: 'rural_akims',
      academicHours: 12,
    });
  });

  it('lets an admin choose the provider and shows the API field errors', async () => {
    const api = mockApi({
      'GET /api/providers': { body: [provider] },
      'POST /api/courses': { status: 409, body: errorBody('courses.codeTaken') },
    });
    const { user } = renderStudioPage('/studio/new', routes, { locale: 'ru', me: buildAdmin({ locale: 'ru' }) });

    await user.type(screen.getByLabelText('Код курса'), 'bad code!');
    await user.click(screen.getByRole('button', { name: 'Создать курс' }));
    expect(screen.getByLabelText('Код курса')).toHaveAccessibleDescription(
      expect.stringContaining('Только латинские буквы'),
    );
    expect(screen.getByLabelText('Название (на казахском)')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Обучающая организация')).toHaveAttribute('aria-invalid', 'true');
    expect(api.callsTo('POST', '/api/courses')).toHaveLength(0);

    await user.clear(screen.getByLabelText('Код курса'));
    await user.type(screen.getByLabelText('Код курса'), 'DEP-7');
    await user.type(screen.getByLabelText('Название (на русском)'), 'Отчёт перед избирателями');
    await user.click(screen.getByLabelText('Депутаты маслихатов'));
    await user.type(screen.getByLabelText('Академические часы'), '8');
    await user.selectOptions(await screen.findByLabelText('Обучающая организация'), provider.name.ru);
    await user.click(screen.getByRole('button', { name: 'Создать курс' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Курс с таким кодом уже существует.');
    expect(api.callsTo('POST', '/api/courses')[0]?.body).toEqual({
      code: 'DEP-7',
      title: { kk: '', ru: 'Отчёт перед избирателями' },
      audience: 'deputies',
      academicHours: 8,
      providerId: 'p-academy',
    });
  });
});
