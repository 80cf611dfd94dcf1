import type { AttemptQuestion, AttemptResponse, Locale } from '@bilikti/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { formatDateTime } from '../../../lib/format';
import { CurrentUserContext } from '../../../lib/session';
import { buildUser } from '../../../test/fixtures';
import { mockApi } from '../../../test/mock-api';
import { renderPage } from '../../../test/render-page';
import { buildAttempt, buildQuestions } from '../test/assessment-fixtures';
import { AttemptPage } from './attempt-page';

const explanation = (ru: string) => ({ kk: `${ru} (kk)`, ru });

/** The questions of {@link buildQuestions} answered, each with its released feedback. */
function answeredWithFeedback(): AttemptQuestion[] {
  const [single, multi, tf, match, order, short, numeric, essay] = buildQuestions();
  return [
    {
      ...single!,
      answer: { type: 'single_choice', optionId: 'o-akim' },
      feedback: {
        score: 0,
        key: {
          type: 'single_choice',
          options: single!.view.type === 'single_choice' ? single!.view.options : [],
          correctOptionId: 'o-maslikhat',
        },
        explanation: explanation('Бюджет района утверждает маслихат на сессии.'),
        rubricScores: null,
        comment: null,
      },
    },
    {
      ...multi!,
      answer: { type: 'multiple_choice', optionIds: ['o-tax'] },
      feedback: {
        score: 1,
        key: {
          type: 'multiple_choice',
          options: multi!.view.type === 'multiple_choice' ? multi!.view.options : [],
          correctOptionIds: ['o-tax', 'o-transfer'],
          partialCredit: 'proportional',
        },
        explanation: { kk: '', ru: '' },
        rubricScores: null,
        comment: null,
      },
    },
    {
      ...tf!,
      answer: { type: 'true_false', value: true },
      feedback: {
        score: 1,
        key: { type: 'true_false', correct: true },
        explanation: { kk: '', ru: '' },
        rubricScores: null,
        comment: null,
      },
    },
    {
      ...match!,
      answer: { type: 'matching', matches: { 'p-income': 'p-income' } },
      feedback: {
        score: 0.5,
        key: {
          type: 'matching',
          pairs: [
            { id: 'p-income', left: { kk: 'Кіріс', ru: 'Доход' }, right: { kk: 'Жер салығы', ru: 'Земельный налог' } },
            { id: 'p-spend', left: { kk: 'Шығыс', ru: 'Расход' }, right: { kk: 'Жол жөндеу', ru: 'Ремонт дорог' } },
          ],
        },
        explanation: { kk: '', ru: '' },
        rubricScores: null,
        comment: null,
      },
    },
    {
      ...order!,
      answer: { type: 'ordering', order: ['i-plan', 'i-approve', 'i-report'] },
      feedback: {
        score: 1,
        key: {
          type: 'ordering',
          items: [
            { id: 'i-plan', text: { kk: 'Жоспарлау', ru: 'Планирование' } },
            { id: 'i-approve', text: { kk: 'Бекіту', ru: 'Утверждение' } },
            { id: 'i-report', text: { kk: 'Есеп беру', ru: 'Отчёт' } },
          ],
        },
        explanation: { kk: '', ru: '' },
        rubricScores: null,
        comment: null,
      },
    },
    {
      ...short!,
      answer: { type: 'short_answer', text: 'маслихат' },
      feedback: {
        score: 1,
        key: { type: 'short_answer', accepted: { kk: ['мәслихат'], ru: ['маслихат', 'местный маслихат'] } },
        explanation: { kk: '', ru: '' },
        rubricScores: null,
        comment: null,
      },
    },
    {
      ...numeric!,
      answer: { type: 'numeric', value: 12.5 },
      feedback: {
        score: 0,
        key: { type: 'numeric', value: 14.2, tolerance: 0.5, unit: { kk: 'млн теңге', ru: 'млн тенге' } },
        explanation: { kk: '', ru: '' },
        rubricScores: null,
        comment: null,
      },
    },
    {
      ...essay!,
      answer: { type: 'essay', text: 'Слушания проводятся открыто.\nПриглашаются жители.' },
      feedback: {
        score: 7.5,
        key: { type: 'essay', rubric: essay!.view.type === 'essay' ? essay!.view.rubric : [] },
        explanation: { kk: '', ru: '' },
        rubricScores: { 'c-facts': 4.5, 'c-clarity': 3 },
        comment: 'Хорошо, но не хватает сроков.',
      },
    },
  ];
}

/** The same answers as a learner sees them before feedback is released: no keys, no scores. */
function answeredWithoutFeedback(): AttemptQuestion[] {
  return answeredWithFeedback().map((question) => ({ ...question, feedback: null }));
}

function closedAttempt(overrides: Partial<AttemptResponse> = {}): AttemptResponse {
  return buildAttempt({
    status: 'graded',
    closedBy: 'submitted',
    closedAt: new Date(2026, 2, 2, 10, 25).toISOString(),
    result: { score: 12, maxScore: 19, percent: 63, passPercent: 60, passed: true },
    feedbackPolicy: 'after_submit',
    feedbackReleased: true,
    questions: answeredWithFeedback(),
    ...overrides,
  });
}

function renderReview(attempt: AttemptResponse, locale: Locale = 'ru') {
  mockApi({ 'GET /api/attempts/a-1': { body: attempt } });
  return renderPage(
    '/attempts/a-1',
    {
      '/attempts/:attemptId': (
        <CurrentUserContext value={buildUser()}>
          <AttemptPage />
        </CurrentUserContext>
      ),
    },
    { locale },
  );
}

const reviewOf = (number: number) => screen.getByRole('article', { name: `Вопрос ${number}` });

/** The text after a label in a question's answer details. */
function detail(article: HTMLElement, label: string): string {
  const term = within(article).getByText(label, { selector: 'dt' });
  return term.nextElementSibling?.textContent ?? '';
}

describe('attempt review', () => {
  it('shows the result and, with feedback released, the right answers, points and explanations', async () => {
    renderReview(closedAttempt());

    const result = await screen.findByRole('region', { name: 'Результат попытки 1' });
    expect(
      within(result)
        .getAllByRole('definition')
        .map((item) => item.textContent),
    ).toEqual(['12 из 19', '63 %', '60 %']);
    expect(within(result).getByText('Тест сдан.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Вернуться к уроку' })).toHaveAttribute(
      'href',
      '/courses/c-budget/lessons/l-test',
    );

    const single = reviewOf(1);
    expect(single).toHaveTextContent('Кто утверждает бюджет района?');
    expect(within(single).getByText('0 из 1 балла')).toBeInTheDocument();
    expect(within(single).getByText('Неверно')).toBeInTheDocument();
    expect(detail(single, 'Ответ')).toBe('Аким района');
    expect(detail(single, 'Правильный ответ')).toBe('Районный маслихат');
    expect(detail(single, 'Пояснение')).toBe('Бюджет района утверждает маслихат на сессии.');

    const multi = reviewOf(2);
    expect(within(multi).getByText('1 из 2 баллов')).toBeInTheDocument();
    expect(within(multi).getByText('Частично верно')).toBeInTheDocument();
    expect(detail(multi, 'Ответ')).toBe('Налоги');
    expect(detail(multi, 'Правильный ответ')).toBe('НалогиТрансферты');
    expect(within(multi).queryByText('Пояснение')).toBeNull();

    expect(detail(reviewOf(3), 'Ответ')).toBe('Верно');
    expect(within(reviewOf(3)).getByText('Верно', { selector: '.verdict' })).toBeInTheDocument();

    const match = reviewOf(4);
    expect(within(match).getByText('0,5 из 1 балла')).toBeInTheDocument();
    expect(detail(match, 'Ответ')).toBe('Доход — Земельный налогРасход — не выбрано');
    expect(detail(match, 'Правильный ответ')).toBe('Доход — Земельный налогРасход — Ремонт дорог');

    expect(detail(reviewOf(5), 'Ответ')).toBe('ПланированиеУтверждениеОтчёт');
    expect(detail(reviewOf(6), 'Принимаемые ответы')).toBe('маслихатместный маслихат');
    expect(detail(reviewOf(7), 'Ответ')).toBe('12,5 млн тенге');
    expect(detail(reviewOf(7), 'Правильный ответ')).toBe('14,2, допустимое отклонение ± 0,5 млн тенге');

    const essay = reviewOf(8);
    expect(within(essay).getByText('7,5 из 10 баллов')).toBeInTheDocument();
    expect(detail(essay, 'Ответ')).toBe('Слушания проводятся открыто.\nПриглашаются жители.');
    expect(within(essay).queryByText('Правильный ответ')).toBeNull();
    const rubric = within(essay)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(rubric).toEqual(['Аргументы4,5 из 6 баллов', 'Ясность3 из 4 баллов']);
    expect(detail(essay, 'Комментарий преподавателя')).toBe('Хорошо, но не хватает сроков.');
  });

  it('shows only the answers given, and when the right ones will open, until feedback is released', async () => {
    const feedbackAt = new Date(2026, 3, 30, 18, 0).toISOString();
    renderReview(
      closedAttempt({
        feedbackPolicy: 'after_close',
        feedbackReleased: false,
        feedbackAt,
        questions: answeredWithoutFeedback(),
      }),
    );

    expect(
      await screen.findByText(
        `Правильные ответы и пояснения откроются после закрытия теста: ${formatDateTime(feedbackAt)}.`,
      ),
    ).toBeInTheDocument();
    const single = reviewOf(1);
    expect(detail(single, 'Ответ')).toBe('Аким района');
    expect(within(single).getByText('1 балл')).toBeInTheDocument();
    expect(within(single).queryByText('Правильный ответ')).toBeNull();
    expect(within(single).queryByText('Неверно')).toBeNull();
    expect(screen.queryByText('Пояснение')).toBeNull();
    expect(screen.queryByText('Комментарий преподавателя')).toBeNull();
  });

  it('says when the course never shows the right answers', async () => {
    renderReview(
      closedAttempt({ feedbackPolicy: 'none', feedbackReleased: false, questions: answeredWithoutFeedback() }),
    );

    expect(
      await screen.findByText('По правилам курса правильные ответы не показываются. Ниже — ваши ответы.'),
    ).toBeInTheDocument();
    expect(screen.queryByText('Правильный ответ')).toBeNull();
  });

  it('says an essay waits for grading, and that the attempt closed when the time ran out', async () => {
    const questions = answeredWithFeedback();
    const essay = questions[7]!;
    questions[7] = { ...essay, feedback: { ...essay.feedback!, score: null, rubricScores: null, comment: null } };
    renderReview(
      closedAttempt({
        status: 'pending_grading',
        closedBy: 'deadline',
        pendingCount: 1,
        result: { score: 4.5, maxScore: 19, percent: 23, passPercent: 60, passed: null },
        questions,
      }),
    );

    expect(
      await screen.findByText('Эссе ждёт проверки преподавателем. Итоговый результат появится после неё.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Попытка закрылась сама, когда вышло время. Засчитаны ответы, сохранённые до этого момента.'),
    ).toBeInTheDocument();
    expect(within(reviewOf(8)).getByText('Ждёт оценки преподавателя')).toBeInTheDocument();
    expect(within(reviewOf(8)).queryByText('Оценка по критериям')).toBeNull();
  });

  it('reads in Kazakh, with the course texts in the language chosen for them', async () => {
    mockApi({ 'GET /api/attempts/a-1': { body: closedAttempt() } });
    renderPage(
      '/attempts/a-1?lang=ru',
      {
        '/attempts/:attemptId': (
          <CurrentUserContext value={buildUser()}>
            <AttemptPage />
          </CurrentUserContext>
        ),
      },
      { locale: 'kk' },
    );

    const single = await screen.findByRole('article', { name: '1-сұрақ' });
    expect(within(single).getByText('Аким района')).toHaveAttribute('lang', 'ru');
    expect(within(single).getByText('1 баллдан 0')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: '1-талпыныстың нәтижесі' })).toHaveTextContent('19 баллдан 12');
    expect(screen.getByRole('link', { name: 'Сабаққа оралу' })).toHaveAttribute(
      'href',
      '/courses/c-budget/lessons/l-test?lang=ru',
    );
  });
});
