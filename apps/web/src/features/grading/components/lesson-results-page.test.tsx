import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { mockApi } from '../../../test/mock-api';
import { renderStudioPage } from '../../../test/render-studio-page';
import { buildItem, buildSummary, pageOf } from '../test/grading-fixtures';
import { LessonResultsPage } from './lesson-results-page';

const routes = { '/studio/courses/:courseId/lessons/:lessonId/results': <LessonResultsPage /> };
const url = '/studio/courses/c-1/lessons/l-1/results';
const attemptsPath = '/api/lessons/l-1/attempts';
const statsPath = '/api/lessons/l-1/item-stats';

const attempts = [
  buildSummary(),
  buildSummary({
    id: 'a-2',
    number: 3,
    status: 'pending_grading',
    closedBy: 'deadline',
    pendingCount: 2,
    result: { score: 4, maxScore: 10, percent: 40, passPercent: 60, passed: null },
    learner: { id: 'u-2', fullName: 'Ерлан Досанов', regionCode: 'KZ-ALA', position: 'rural_akim' },
  }),
];

describe('lesson results page', () => {
  it('lists the attempts with region, status, deadline marker, score and outcome, each linked to the attempt', async () => {
    mockApi({
      [`GET ${attemptsPath}`]: { body: pageOf(attempts) },
      [`GET ${statsPath}`]: { body: { lessonId: 'l-1', attempts: 0, items: [] } },
      'GET /api/lessons/l-1': { body: { id: 'l-1', title: { kk: 'Қорытынды тест', ru: 'Итоговый тест' } } },
    });
    renderStudioPage(url, routes, { locale: 'ru' });

    expect(await screen.findByText('Найдено 2 попытки')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Результаты теста' })).toBeInTheDocument();
    expect(await screen.findByText('Итоговый тест')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '← Вернуться к редактору урока' })).toHaveAttribute(
      'href',
      '/studio/courses/c-1/lessons/l-1',
    );
    const table = screen.getByRole('table', { name: 'Попытки слушателей: статус, результат и время' });
    const [, first, second] = within(table).getAllByRole('row');

    const firstLink = within(first!).getByRole('link', { name: 'Айгүл Серікқызы Нұрланова: открыть попытку 1' });
    expect(firstLink).toHaveAttribute('href', '/studio/attempts/a-1');
    // Region names come from the regions list, which loads alongside.
    expect(await within(first!).findByText('Акмолинская область')).toBeInTheDocument();
    expect(first).toHaveTextContent('Оценена');
    expect(first).toHaveTextContent('7,5 / 10 (75%)');
    expect(first).toHaveTextContent('Сдано');
    expect(first).not.toHaveTextContent('по истечении времени');

    expect(within(second!).getByRole('link', { name: 'Ерлан Досанов: открыть попытку 3' })).toHaveAttribute(
      'href',
      '/studio/attempts/a-2',
    );
    expect(second).toHaveTextContent('Город Алматы');
    expect(second).toHaveTextContent('Ждёт проверки');
    expect(second).toHaveTextContent('Закрыта автоматически по истечении времени');
    expect(second).toHaveTextContent('2 эссе ждут проверки');
    expect(second).toHaveTextContent('4 / 10 (40%)');
    expect(second).toHaveTextContent('Станет известно после проверки эссе');
  });

  it('filters by status and learner through the address and asks the API again from page 1', async () => {
    const api = mockApi({
      [`GET ${attemptsPath}`]: ({ search }) => ({
        body: search.get('status') ? pageOf([]) : pageOf(attempts, 45),
      }),
      [`GET ${statsPath}`]: { body: { lessonId: 'l-1', attempts: 0, items: [] } },
    });
    const { user, location } = renderStudioPage(url, routes);

    expect(await screen.findByText('45 талпыныс табылды')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Келесі бет' })).toHaveAttribute('href', `${url}?page=2`);
    const search = screen.getByRole('search', { name: 'Талпыныстарды іздеу' });
    await user.type(within(search).getByLabelText('Тыңдаушы'), 'Айгүл');
    await user.selectOptions(within(search).getByLabelText('Күйі'), 'Бағалауды күтуде');
    await user.click(within(search).getByRole('button', { name: 'Табу' }));

    await waitFor(() => expect(api.callsTo('GET', attemptsPath)).toHaveLength(2));
    expect(Object.fromEntries(api.callsTo('GET', attemptsPath)[1]!.search)).toEqual({
      status: 'pending_grading',
      q: 'Айгүл',
      page: '1',
      pageSize: '20',
    });
    expect(location()).toBe(`${url}?status=pending_grading&q=${encodeURIComponent('Айгүл')}`);
    expect(await screen.findByText('Сүзгілерге сәйкес талпыныс жоқ.')).toBeInTheDocument();
  });

  it('offers the results as CSV and Excel downloads in the interface language', async () => {
    mockApi({
      [`GET ${attemptsPath}`]: { body: pageOf([]) },
      [`GET ${statsPath}`]: { body: { lessonId: 'l-1', attempts: 0, items: [] } },
    });
    renderStudioPage(url, routes);

    const csv = await screen.findByRole('link', { name: 'CSV жүктеп алу' });
    expect(csv).toHaveAttribute('href', '/api/lessons/l-1/attempts/export?format=csv&locale=kk');
    expect(csv).toHaveAttribute('download');
    expect(screen.getByRole('link', { name: 'Excel (XLSX) жүктеп алу' })).toHaveAttribute(
      'href',
      '/api/lessons/l-1/attempts/export?format=xlsx&locale=kk',
    );
    expect(await screen.findByText('Бұл тестті әлі ешкім тапсырған жоқ.')).toBeInTheDocument();
  });

  it('exports what the filters let through', async () => {
    mockApi({
      [`GET ${attemptsPath}`]: { body: pageOf([]) },
      [`GET ${statsPath}`]: { body: { lessonId: 'l-1', attempts: 0, items: [] } },
    });
    renderStudioPage(`${url}?status=graded&q=${encodeURIComponent('Айгүл')}`, routes);

    const csv = await screen.findByRole('link', { name: 'CSV жүктеп алу' });
    expect(csv).toHaveAttribute(
      'href',
      `/api/lessons/l-1/attempts/export?format=csv&locale=kk&status=graded&q=${encodeURIComponent('Айгүл')}`,
    );
  });

  it('shows each question’s facility and discrimination and explains the questions to review', async () => {
    mockApi({
      [`GET ${attemptsPath}`]: { body: pageOf(attempts) },
      [`GET ${statsPath}`]: {
        body: {
          lessonId: 'l-1',
          attempts: 24,
          items: [
            buildItem(),
            buildItem({
              questionId: 'q-2',
              type: 'essay',
              prompt: { kk: '', ru: 'Опишите порядок публичных слушаний.' },
              facility: 0.15,
              discrimination: 0.1,
            }),
            buildItem({ questionId: 'q-3', type: 'true_false', facility: 0.956, discrimination: -0.234 }),
            buildItem({ questionId: 'q-4', responses: 0, facility: null, discrimination: null }),
          ],
        },
      },
    });
    renderStudioPage(url, routes);

    const table = await screen.findByRole('table', { name: 'Әр сұрақтың жеңілдігі мен ажырату қабілеті' });
    expect(screen.getByText('Статистика 24 бағаланған талпыныс бойынша есептелді.')).toBeInTheDocument();
    const [, ok, hard, easy, empty] = within(table).getAllByRole('row');

    expect(ok).toHaveTextContent('Ауыл бюджетін кім бекітеді?');
    expect(ok).toHaveTextContent('Бір дұрыс жауап');
    expect(ok).toHaveTextContent('62%');
    expect(ok).toHaveTextContent('0,41');
    expect(ok).toHaveTextContent('Ескерту жоқ');

    // Only in Russian: shown in Russian, marked as such for screen readers.
    expect(within(hard!).getByText('Опишите порядок публичных слушаний.')).toHaveAttribute('lang', 'ru');
    expect(hard).toHaveTextContent('15%');
    expect(hard).toHaveTextContent('0,10');
    expect(hard).toHaveTextContent('Өте қиын: тыңдаушылар орта есеппен балдың 20 пайызынан азын алады.');
    expect(hard).toHaveTextContent('Сұрақты қайта қараңыз');
    expect(hard).not.toHaveTextContent('Мықты тыңдаушылар');

    expect(easy).toHaveTextContent('96%');
    expect(easy).toHaveTextContent('-0,23');
    expect(easy).toHaveTextContent('Өте жеңіл: тыңдаушылар орта есеппен балдың 90 пайызынан астамын алады.');
    expect(easy).toHaveTextContent('Мықты тыңдаушылар бұл сұраққа әлсіздерге қарағанда жиірек қате жауап береді.');
    expect(easy).not.toHaveTextContent('Сұрақты қайта қараңыз');

    expect(empty).toHaveTextContent('Жауап жоқ');
    expect(empty).toHaveTextContent('Дерек жеткіліксіз');
  });

  it('says there are no statistics before any attempt is graded', async () => {
    mockApi({
      [`GET ${attemptsPath}`]: { body: pageOf([]) },
      [`GET ${statsPath}`]: { body: { lessonId: 'l-1', attempts: 0, items: [buildItem({ responses: 0 })] } },
    });
    renderStudioPage(url, routes, { locale: 'ru' });

    expect(
      await screen.findByText(
        'Анализа пока нет: ни одна попытка ещё не оценена. Статистика появится после первой оценённой попытки.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Лёгкость и различительная способность каждого вопроса' })).toBeNull();
  });
});
