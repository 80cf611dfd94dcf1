import type {
  EnrolmentResponse,
  EnrolmentSummary,
  Locale,
  MyEnrolmentsResponse,
  UserResponse,
} from '@bilikti/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { CurrentUserContext } from '../../../lib/session';
import { buildAdmin, buildUser } from '../../../test/fixtures';
import { mockApi } from '../../../test/mock-api';
import { renderPage } from '../../../test/render-page';
import { HomePage } from './home-page';

function summary(overrides: Partial<EnrolmentSummary> = {}): EnrolmentSummary {
  return {
    id: 'e-budget',
    status: 'active',
    source: 'self',
    course: {
      id: 'c-budget',
      code: 'BUDGET-101',
      title: { kk: 'Жергілікті бюджет негіздері', ru: 'Основы местного бюджета' },
      coverMediaId: null,
      provider: { id: 'p-academy', name: { kk: 'Академия', ru: 'Академия' } },
      academicHours: 24,
    },
    versionNumber: 3,
    percent: 40,
    completedLessons: 2,
    totalLessons: 5,
    dueAt: null,
    overdue: false,
    enrolledAt: '2026-02-01T09:00:00.000Z',
    completedAt: null,
    lastActivityAt: '2026-02-10T09:00:00.000Z',
    continueLessonId: 'l-cycle',
    ...overrides,
  };
}

const law = summary({
  id: 'e-law',
  course: { ...summary().course, id: 'c-law', title: { kk: 'Құқық негіздері', ru: 'Основы права' } },
  percent: 10,
  // Due sooner, so listed first by the server, but used less recently.
  dueAt: '2026-03-01T09:00:00.000Z',
  lastActivityAt: '2026-02-05T09:00:00.000Z',
  continueLessonId: 'l-law-1',
});

const budgetEnrolment: EnrolmentResponse = {
  ...summary(),
  languages: ['kk', 'ru'],
  modules: [
    {
      id: 'mod-1',
      title: { kk: 'Бюджет', ru: 'Бюджет' },
      lessons: [
        { id: 'l-intro', type: 'text', title: { kk: 'Кіріспе', ru: 'Введение' }, durationMinutes: 10 },
        { id: 'l-cycle', type: 'video', title: { kk: 'Бюджет циклі', ru: 'Бюджетный цикл' }, durationMinutes: 20 },
      ],
    },
  ],
  lessons: [],
};

function renderHome(
  mine: MyEnrolmentsResponse,
  { locale = 'kk', user = buildUser() }: { locale?: Locale; user?: UserResponse } = {},
) {
  const api = mockApi({
    'GET /api/me/enrolments': { body: mine },
    'GET /api/enrolments/e-budget': { body: budgetEnrolment },
  });
  const view = renderPage(
    '/',
    {
      '/': (
        <CurrentUserContext.Provider value={user}>
          <HomePage />
        </CurrentUserContext.Provider>
      ),
    },
    { locale },
  );
  return { ...view, api };
}

describe('home dashboard', () => {
  it('offers to continue the most recently used course at its lesson', async () => {
    renderHome({ active: [law, summary()], completed: [] });

    const card = await screen.findByRole('region', { name: 'Тоқтаған жерден жалғастыру' });
    expect(
      await within(card).findByRole('heading', { level: 3, name: 'Жергілікті бюджет негіздері' }),
    ).toBeInTheDocument();
    expect(await within(card).findByText('Бюджет циклі')).toBeInTheDocument();
    expect(card).toHaveTextContent('Сабақ: Бюджет циклі');
    expect(within(card).getByRole('progressbar', { name: 'Курс бойынша үлгерім' })).toHaveAttribute('value', '40');
    expect(within(card).getByRole('link', { name: 'Жалғастыру' })).toHaveAttribute(
      'href',
      '/courses/c-budget/lessons/l-cycle',
    );
    expect(within(card).getByRole('link', { name: 'Менің барлық курстарым' })).toHaveAttribute('href', '/learning');
    expect(screen.getByRole('link', { name: 'Менің оқуым' })).toHaveAttribute('href', '/learning');
  });

  it('shows the card in Russian', async () => {
    renderHome({ active: [summary()], completed: [] }, { locale: 'ru' });

    const card = await screen.findByRole('region', { name: 'Продолжить с того же места' });
    expect(await within(card).findByText('Бюджетный цикл')).toBeInTheDocument();
    expect(card).toHaveTextContent('Урок: Бюджетный цикл');
    expect(card).toHaveTextContent('Пройдено 40%');
    expect(within(card).getByRole('link', { name: 'Продолжить' })).toHaveAttribute(
      'href',
      '/courses/c-budget/lessons/l-cycle',
    );
  });

  it('leads to the catalog when nothing is in progress', async () => {
    renderHome({ active: [], completed: [] }, { locale: 'ru' });

    const card = await screen.findByRole('region', { name: 'Продолжить с того же места' });
    expect(await within(card).findByText('Сейчас вы не проходите ни одного курса.')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'Найти курс в каталоге' })).toHaveAttribute('href', '/courses');
    expect(within(card).queryByRole('link', { name: 'Все мои курсы' })).toBeNull();
  });

  it('shows no learning card to someone who is not a learner', async () => {
    const { api } = renderHome({ active: [], completed: [] }, { user: buildAdmin() });

    expect(await screen.findByRole('heading', { level: 1, name: /Қош келдіңіз/ })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Тоқтаған жерден жалғастыру' })).toBeNull();
    expect(api.callsTo('GET', '/api/me/enrolments')).toHaveLength(0);
  });
});
