import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { formatDateTime } from '../../../lib/format';
import { mockApi } from '../../../test/mock-api';
import { renderStudioPage } from '../../../test/render-studio-page';
import { buildDraft, buildVersion } from '../test/studio-fixtures';
import { VersionHistoryPage } from './version-history-page';

const routes = { '/studio/courses/:courseId/versions': <VersionHistoryPage /> };

describe('version history page', () => {
  it('lists versions newest first with date, author and change note', async () => {
    mockApi({
      'GET /api/courses/c-1': { body: buildDraft() },
      'GET /api/courses/c-1/versions': {
        body: [
          buildVersion({
            id: 'v-2',
            number: 2,
            changeNote: { kk: 'Сатып алу туралы модуль қосылды.', ru: 'Добавлен модуль о закупках.' },
          }),
          buildVersion({
            id: 'v-1',
            number: 1,
            changeNote: { kk: 'Бірінші басылым.', ru: 'Первая публикация.' },
            publishedAt: '2026-01-25T09:30:00.000Z',
            publishedBy: { id: 'u-admin', fullName: 'Ерлан Жұмабаев' },
          }),
        ],
      },
    });
    renderStudioPage('/studio/courses/c-1/versions', routes, { locale: 'ru' });

    const list = await screen.findByRole('list', { name: 'Опубликованные версии' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => within(item).getByRole('heading', { level: 2 }).textContent)).toEqual([
      'Версия 2',
      'Версия 1',
    ]);
    expect(within(items[1]!).getByText(formatDateTime('2026-01-25T09:30:00.000Z'))).toBeInTheDocument();
    expect(within(items[1]!).getByText('Ерлан Жұмабаев')).toBeInTheDocument();
    // The note in the interface language, which is the page's: no `lang` of its own.
    expect(within(items[0]!).getByText('Добавлен модуль о закупках.')).not.toHaveAttribute('lang');
    expect(within(items[1]!).getByText('Первая публикация.')).toBeInTheDocument();
    expect(within(items[1]!).queryByText('Бірінші басылым.')).not.toBeInTheDocument();
    expect(await screen.findByText('Бюджет села')).toBeInTheDocument();
  });

  it('shows a note missing in the interface language in the other one, marked with its language', async () => {
    mockApi({
      'GET /api/courses/c-1': { body: buildDraft() },
      'GET /api/courses/c-1/versions': {
        body: [
          buildVersion({ id: 'v-2', number: 2, changeNote: { kk: '', ru: 'Добавлен модуль о закупках.' } }),
          buildVersion({ id: 'v-1', number: 1, changeNote: { kk: 'Бірінші басылым.', ru: 'Первая публикация.' } }),
        ],
      },
    });
    renderStudioPage('/studio/courses/c-1/versions', routes);

    const list = await screen.findByRole('list', { name: 'Жарияланған нұсқалар' });
    const items = within(list).getAllByRole('listitem');
    expect(within(items[0]!).getByText('Добавлен модуль о закупках.')).toHaveAttribute('lang', 'ru');
    expect(within(items[1]!).getByText('Бірінші басылым.')).not.toHaveAttribute('lang');
    expect(within(items[1]!).queryByText('Первая публикация.')).not.toBeInTheDocument();
  });

  it('says when the course was never published', async () => {
    mockApi({
      'GET /api/courses/c-1': { body: buildDraft() },
      'GET /api/courses/c-1/versions': { body: [] },
    });
    renderStudioPage('/studio/courses/c-1/versions', routes);
    expect(await screen.findByText('Курс әлі жарияланбаған.')).toBeInTheDocument();
  });
});
