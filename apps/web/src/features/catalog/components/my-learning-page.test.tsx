import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { errorBody, mockApi } from '../../../test/mock-api';
import { renderPage } from '../../../test/render-page';
import { buildEnrolmentSummary } from '../test/catalog-fixtures';
import { MyLearningPage } from './my-learning-page';

const routes = { '/learning': <MyLearningPage /> };

const due = (day: number) => new Date(2026, 2, day, 18, 0).toISOString();

/** As the server orders them; one overdue course comes late, to show it is put first all the same. */
const mine = {
  active: [
    buildEnrolmentSummary({
      id: 'e-budget',
      dueAt: due(20),
      percent: 25,
      continueLessonId: 'l-video',
    }),
    buildEnrolmentSummary({
      id: 'e-appeals',
      source: 'assignment',
      course: {
        ...buildEnrolmentSummary().course,
        id: 'c-appeals',
        title: { kk: 'Азаматтардың өтініштері', ru: 'Обращения граждан' },
      },
      dueAt: due(1),
      overdue: true,
      percent: 60,
      completedLessons: 3,
      totalLessons: 5,
      continueLessonId: 'l-appeals-4',
    }),
    buildEnrolmentSummary({
      id: 'e-law',
      course: { ...buildEnrolmentSummary().course, id: 'c-law', title: { kk: 'Құқық негіздері', ru: 'Основы права' } },
      percent: 0,
      completedLessons: 0,
      continueLessonId: null,
    }),
  ],
  completed: [
    buildEnrolmentSummary({
      id: 'e-digital',
      status: 'completed',
      course: {
        ...buildEnrolmentSummary().course,
        id: 'c-digital',
        title: { kk: 'Цифрлық үкімет', ru: 'Цифровое правительство' },
      },
      percent: 100,
      completedAt: new Date(2026, 1, 14, 10, 0).toISOString(),
      continueLessonId: null,
    }),
  ],
};

const titles = (section: HTMLElement) =>
  within(section)
    .getAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent);

describe('my learning page', () => {
  it('lists active courses, overdue first, with progress, due dates and where to continue (kk)', async () => {
    mockApi({ 'GET /api/me/enrolments': { body: mine } });
    renderPage('/learning', routes);

    expect(await screen.findByRole('heading', { level: 1, name: 'Менің оқуым' })).toBeInTheDocument();
    expect(document.title).toBe('Менің оқуым — Білікті');
    const active = await screen.findByRole('region', { name: 'Оқып жүрген курстар' });
    expect(titles(active)).toEqual(['Азаматтардың өтініштері', 'Жергілікті бюджет негіздері', 'Құқық негіздері']);

    const [overdue, budget, law] = within(active).getAllByRole('article');
    expect(overdue).toHaveClass('enrolment-card--overdue');
    expect(overdue).toHaveTextContent('Мерзімі өтіп кетті: 01.03.2026');
    expect(overdue).toHaveTextContent('Үйлестіруші тағайындаған');
    expect(within(overdue!).getByRole('progressbar', { name: 'Курс бойынша үлгерім' })).toHaveAttribute('value', '60');
    expect(overdue).toHaveTextContent('Аяқталған сабақтар: 3 / 5');
    expect(within(overdue!).getByRole('link', { name: 'Жалғастыру' })).toHaveAttribute(
      'href',
      '/courses/c-appeals/lessons/l-appeals-4',
    );
    expect(budget).toHaveTextContent('Мерзімі: 20.03.2026 дейін');
    expect(budget).not.toHaveClass('enrolment-card--overdue');
    expect(within(budget!).getByRole('link', { name: 'Жергілікті бюджет негіздері' })).toHaveAttribute(
      'href',
      '/courses/c-budget',
    );
    // Nothing to continue yet: the course page.
    expect(within(law!).getByRole('link', { name: 'Жалғастыру' })).toHaveAttribute('href', '/courses/c-law');

    const completed = screen.getByRole('region', { name: 'Аяқталған курстар' });
    expect(titles(completed)).toEqual(['Цифрлық үкімет']);
    expect(completed).toHaveTextContent('Аяқталған күні: 14.02.2026');
    expect(within(completed).queryByRole('link', { name: 'Жалғастыру' })).toBeNull();
  });

  it('lists the same in Russian', async () => {
    mockApi({ 'GET /api/me/enrolments': { body: mine } });
    renderPage('/learning', routes, { locale: 'ru' });

    const active = await screen.findByRole('region', { name: 'Прохожу сейчас' });
    expect(titles(active)).toEqual(['Обращения граждан', 'Основы местного бюджета', 'Основы права']);
    const [overdue, budget] = within(active).getAllByRole('article');
    expect(overdue).toHaveTextContent('Срок истёк 01.03.2026');
    expect(overdue).toHaveTextContent('Назначен координатором');
    expect(overdue).toHaveTextContent('Пройдено 60%');
    expect(overdue).toHaveTextContent('Пройдено уроков: 3 из 5');
    expect(budget).toHaveTextContent('Срок: до 20.03.2026');
    expect(screen.getByRole('region', { name: 'Пройденные курсы' })).toHaveTextContent('Пройден 14.02.2026');
  });

  it('leads to the catalog when the learner has no courses yet', async () => {
    mockApi({ 'GET /api/me/enrolments': { body: { active: [], completed: [] } } });
    renderPage('/learning', routes, { locale: 'ru' });

    expect(await screen.findByText('Вы пока не записаны ни на один курс.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Найти курс в каталоге' })).toHaveAttribute('href', '/courses');
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('says so when the list cannot be loaded', async () => {
    mockApi({ 'GET /api/me/enrolments': { status: 503, body: errorBody('server.unavailable') } });
    renderPage('/learning', routes);

    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Қайталау' })).toBeInTheDocument();
  });
});
