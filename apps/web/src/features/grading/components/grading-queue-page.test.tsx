import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { mockApi } from '../../../test/mock-api';
import { renderStudioPage } from '../../../test/render-studio-page';
import { buildQueueItem, pageOf } from '../test/grading-fixtures';
import { GradingQueuePage } from './grading-queue-page';

const routes = { '/studio/grading': <GradingQueuePage /> };

describe('grading queue page', () => {
  it('lists the attempts waiting for grading in the order the API gives (oldest first), linked to each attempt', async () => {
    const api = mockApi({
      'GET /api/grading-queue': {
        body: pageOf(
          [
            buildQueueItem(),
            buildQueueItem({
              attemptId: 'a-9',
              courseTitle: { kk: '', ru: 'Публичные слушания' },
              lessonTitle: { kk: 'Аралық тест', ru: 'Промежуточный тест' },
              learner: { id: 'u-2', fullName: 'Ерлан Досанов', regionCode: null, position: 'rural_akim' },
              number: 1,
              closedAt: '2026-03-02T11:00:00.000Z',
              pendingCount: 3,
            }),
          ],
          41,
        ),
      },
    });
    renderStudioPage('/studio/grading', routes);

    expect(await screen.findByText('Бағалауды 41 жұмыс күтіп тұр')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Бағалауды күтіп тұрған талпыныстар, ең ұзақ күткендері бірінші' });
    const [header, first, second] = within(table).getAllByRole('row');
    expect(
      within(header!)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Тыңдаушы', 'Курс', 'Сабақ', 'Талпыныс', 'Тапсырылды', 'Бағаланбаған эссе']);

    expect(within(first!).getByRole('link', { name: 'Айгүл Серікқызы Нұрланова: 2-талпынысты ашу' })).toHaveAttribute(
      'href',
      '/studio/attempts/a-7',
    );
    expect(first).toHaveTextContent('Ауыл бюджеті');
    expect(first).toHaveTextContent('Қорытынды тест');
    expect(first).toHaveTextContent('1 эссе бағалауды күтуде');

    expect(within(second!).getByRole('link', { name: 'Ерлан Досанов: 1-талпынысты ашу' })).toHaveAttribute(
      'href',
      '/studio/attempts/a-9',
    );
    // A course title only in Russian is shown in Russian and marked so.
    expect(within(second!).getByRole('cell', { name: 'Публичные слушания' })).toHaveAttribute('lang', 'ru');
    expect(second).toHaveTextContent('3 эссе бағалауды күтуде');

    expect(screen.getByRole('link', { name: 'Келесі бет' })).toHaveAttribute('href', '/studio/grading?page=2');
    expect(Object.fromEntries(api.callsTo('GET', '/api/grading-queue')[0]!.search)).toEqual({
      page: '1',
      pageSize: '20',
    });
  });

  it('asks for the page in the address', async () => {
    const api = mockApi({ 'GET /api/grading-queue': { body: { ...pageOf([buildQueueItem()], 25), page: 2 } } });
    renderStudioPage('/studio/grading?page=2', routes, { locale: 'ru' });

    expect(await screen.findByText('Проверки ждут 25 работ')).toBeInTheDocument();
    expect(api.callsTo('GET', '/api/grading-queue')[0]!.search.get('page')).toBe('2');
    expect(screen.getByRole('link', { name: 'Предыдущая страница' })).toHaveAttribute('href', '/studio/grading');
  });

  it('says when nothing waits for grading', async () => {
    mockApi({ 'GET /api/grading-queue': { body: pageOf([]) } });
    renderStudioPage('/studio/grading', routes, { locale: 'ru' });

    expect(await screen.findByText('Работ, ожидающих проверки, нет.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByRole('link', { name: '← Мои курсы' })).toHaveAttribute('href', '/studio');
  });
});
