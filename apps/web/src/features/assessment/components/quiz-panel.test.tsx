import type { Locale } from '@bilikti/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { formatDateTime } from '../../../lib/format';
import { errorBody, mockApi } from '../../../test/mock-api';
import { renderPage } from '../../../test/render-page';
import { buildAttempt, buildQuiz, buildSummary } from '../test/assessment-fixtures';
import { QuizPanel } from './quiz-panel';

const QUIZ = 'GET /api/lessons/l-test/quiz';

function renderPanel({
  enrolled = true,
  search = '',
  locale = 'ru',
}: { enrolled?: boolean; search?: string; locale?: Locale } = {}) {
  return renderPage(
    '/courses/c-budget/lessons/l-test',
    {
      '/courses/:courseId/lessons/:lessonId': <QuizPanel lessonId="l-test" enrolled={enrolled} search={search} />,
      '/attempts/:attemptId': <p>attempt page</p>,
    },
    { locale },
  );
}

describe('quiz panel', () => {
  it('states the rules and starts an attempt, then opens it', async () => {
    const until = new Date(2026, 3, 30, 18, 0).toISOString();
    const api = mockApi({
      [QUIZ]: { body: buildQuiz({ availableUntil: until, feedbackPolicy: 'after_close' }) },
      'POST /api/lessons/l-test/attempts': { status: 201, body: buildAttempt({ id: 'a-new' }) },
    });
    const { user, location } = renderPanel({ search: '?lang=kk' });

    const panel = await screen.findByRole('region', { name: 'Тест' });
    const rules = (await within(panel).findAllByRole('definition')).map((item) => item.textContent);
    expect(rules).toEqual([
      '8',
      '30 минут',
      'Использовано 0 из 3',
      '70 %',
      formatDateTime(until),
      'Показываются после закрытия теста',
    ]);
    expect(within(panel).getByText(/Время идёт с момента начала попытки/)).toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'Начать тест' }));

    await waitFor(() => expect(location()).toBe('/attempts/a-new?lang=kk'));
    expect(api.callsTo('POST', '/api/lessons/l-test/attempts')).toHaveLength(1);
  });

  it('offers to resume the attempt in progress instead of starting another', async () => {
    const api = mockApi({
      [QUIZ]: {
        body: buildQuiz({
          openAttemptId: 'a-open',
          attempts: [buildSummary({ id: 'a-open', status: 'in_progress', closedAt: null, result: null })],
        }),
      },
    });
    const { user, location } = renderPanel();

    const resume = await screen.findByRole('link', { name: 'Продолжить тест' });
    expect(screen.getByText('У вас есть незавершённая попытка — продолжите её.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Начать тест|Пройти ещё раз/ })).toBeNull();
    expect(screen.getByText(/Не завершена/)).toBeInTheDocument();

    await user.click(resume);
    expect(location()).toBe('/attempts/a-open');
    expect(api.callsTo('POST', '/api/lessons/l-test/attempts')).toHaveLength(0);
  });

  it.each([
    [
      'not_open_yet' as const,
      { availableFrom: new Date(2026, 4, 1, 9, 0).toISOString() },
      `Тест ещё не открыт. Он откроется ${formatDateTime(new Date(2026, 4, 1, 9, 0).toISOString())}.`,
    ],
    [
      'window_closed' as const,
      { availableUntil: new Date(2026, 1, 1, 18, 0).toISOString() },
      `Срок прохождения теста закончился ${formatDateTime(new Date(2026, 1, 1, 18, 0).toISOString())}. Начать новую попытку нельзя.`,
    ],
    ['no_attempts_left' as const, { maxAttempts: 2 }, 'Все попытки использованы: разрешено 2 попытки.'],
    ['no_questions' as const, {}, 'В тесте пока нет вопросов. Сообщите об этом преподавателю.'],
  ])('explains why a quiz cannot be started: %s', async (blocker, overrides, reason) => {
    mockApi({ [QUIZ]: { body: buildQuiz({ blocker, ...overrides }) } });
    renderPanel();

    expect(await screen.findByText(reason)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Начать тест|Пройти ещё раз/ })).toBeNull();
  });

  it('lists past attempts, newest first, with their outcome and a link to each result', async () => {
    mockApi({
      [QUIZ]: {
        body: buildQuiz({
          bestPercent: 80,
          passed: true,
          attempts: [
            buildSummary({ id: 'a-1', number: 1 }),
            buildSummary({
              id: 'a-2',
              number: 2,
              closedBy: 'deadline',
              result: { score: 8, maxScore: 10, percent: 80, passPercent: 70, passed: true },
            }),
            buildSummary({
              id: 'a-3',
              number: 3,
              status: 'pending_grading',
              result: { score: 5, maxScore: 10, percent: 50, passPercent: 70, passed: null },
            }),
          ],
        }),
      },
    });
    renderPanel({ locale: 'kk' });

    const list = await screen.findByRole('region', { name: 'Сіздің талпыныстарыңыз' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => within(item).getByText(/-талпыныс$/).textContent)).toEqual([
      '3-талпыныс',
      '2-талпыныс',
      '1-талпыныс',
    ]);
    expect(items[0]).toHaveTextContent('Нәтиже: 50 % Эссе тексерілуде');
    expect(items[1]).toHaveTextContent('Уақыт біткенде жабылды');
    expect(items[1]).toHaveTextContent('Нәтиже: 80 % Өтті');
    expect(items[2]).toHaveTextContent('Нәтиже: 60 % Өтпеді');
    expect(within(items[1]!).getByRole('link', { name: '2-талпыныстың нәтижесін қарау' })).toHaveAttribute(
      'href',
      '/attempts/a-2',
    );
    expect(screen.getByText('Тест тапсырылды')).toBeInTheDocument();
    expect(screen.getByText('3 талпыныстан 3 пайдаланылды')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Қайта тапсыру' })).toBeInTheDocument();
  });

  it('shows why the server refused to start, and the rules as they are now', async () => {
    const api = mockApi({
      [QUIZ]: { body: buildQuiz() },
      'POST /api/lessons/l-test/attempts': {
        status: 409,
        body: errorBody('attempts.limitReached', { params: { maxAttempts: 3 } }),
      },
    });
    const { user, location } = renderPanel();

    await user.click(await screen.findByRole('button', { name: 'Начать тест' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Все попытки использованы (всего 3).');
    await waitFor(() => expect(api.callsTo('GET', '/api/lessons/l-test/quiz')).toHaveLength(2));
    expect(location()).toBe('/courses/c-budget/lessons/l-test');
  });

  it('tells someone not enrolled that the quiz is for enrolled learners, without asking the server', async () => {
    const api = mockApi({ [QUIZ]: { body: buildQuiz() } });
    renderPanel({ enrolled: false });

    expect(await screen.findByText('Тест доступен только слушателям, записанным на курс.')).toBeInTheDocument();
    expect(api.callsTo('GET', '/api/lessons/l-test/quiz')).toHaveLength(0);
  });
});
