import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { mockApi } from '../../../test/mock-api';
import { renderStudioPage } from '../../../test/render-studio-page';
import { buildListItem } from '../test/studio-fixtures';
import { StudioPage } from './studio-page';

const routes = { '/studio': <StudioPage /> };
const page = (items: ReturnType<typeof buildListItem>[], total = items.length) => ({
  body: { items, total, page: 1, pageSize: 20 },
});

describe('studio page', () => {
  it('lists my courses with status, parity and unpublished-changes badges', async () => {
    const api = mockApi({
      'GET /api/courses': page([
        buildListItem(),
        buildListItem({
          id: 'c-2',
          code: 'DEP-7',
          title: { kk: '', ru: 'Отчёт перед избирателями' },
          status: 'draft',
          parityComplete: true,
          versionNumber: null,
          publishedAt: null,
        }),
      ]),
    });
    renderStudioPage('/studio', routes, { locale: 'ru' });

    expect(await screen.findByText('Найдено 2 курса')).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Список курсов' });
    const [first, second] = within(list)
      .getAllByRole('listitem')
      .filter((item) => item.parentElement === list);
    expect(within(first!).getByRole('link', { name: 'Бюджет села' })).toHaveAttribute('href', '/studio/courses/c-1');
    expect(within(first!).getByText('Заполнен не на обоих языках')).toBeInTheDocument();
    expect(within(first!).getByText('Есть неопубликованные изменения')).toBeInTheDocument();
    // A title only in Kazakh would be shown in Kazakh; this one only has Russian.
    expect(within(second!).getByRole('link', { name: 'Отчёт перед избирателями' })).toHaveAttribute('lang', 'ru');
    expect(within(second!).getByText('Заполнен на обоих языках')).toBeInTheDocument();
    expect(within(second!).getByText(/Ещё не опубликован/)).toBeInTheDocument();
    expect(Object.fromEntries(api.callsTo('GET', '/api/courses')[0]!.search)).toMatchObject({ scope: 'mine' });
    expect(screen.getByRole('link', { name: 'Очередь проверки' })).toHaveAttribute('href', '/studio/grading');
  });

  it('searches and filters by status and completeness through the address', async () => {
    const api = mockApi({ 'GET /api/courses': page([]) });
    const { user, location } = renderStudioPage('/studio', routes);

    await user.type(await screen.findByLabelText('Іздеу'), 'бюджет');
    await user.selectOptions(screen.getByLabelText('Күйі'), 'draft');
    await user.selectOptions(screen.getByLabelText('Тілдер бойынша толықтығы'), 'false');
    await user.click(screen.getByRole('button', { name: 'Табу' }));

    await waitFor(() =>
      expect(location()).toBe(`/studio?q=${encodeURIComponent('бюджет')}&status=draft&complete=false`),
    );
    await waitFor(() => expect(api.callsTo('GET', '/api/courses')).toHaveLength(2));
    expect(Object.fromEntries(api.callsTo('GET', '/api/courses')[1]!.search)).toEqual({
      scope: 'mine',
      q: 'бюджет',
      status: 'draft',
      complete: 'false',
      page: '1',
      pageSize: '20',
    });
    expect(await screen.findByText('Сүзгілерге сәйкес курс жоқ.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Жаңа курс' })).toHaveAttribute('href', '/studio/new');
  });
});
