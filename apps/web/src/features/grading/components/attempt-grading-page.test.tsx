import type { AttemptResponse, GradeAttemptRequest } from '@bilikti/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { errorBody, mockApi } from '../../../test/mock-api';
import { renderStudioPage } from '../../../test/render-studio-page';
import { buildAttempt, buildEssay, choiceQuestion } from '../test/grading-fixtures';
import { AttemptGradingPage, type QuestionReviewProps } from './attempt-grading-page';

/** Stands in for the assessment feature's review, which the app's route passes in. */
function FakeQuestionReview({ question, contentLocale }: QuestionReviewProps) {
  return (
    <p data-testid="question-review" lang={contentLocale}>
      {question.prompt[contentLocale]}
    </p>
  );
}

const routes = { '/studio/attempts/:attemptId': <AttemptGradingPage QuestionReview={FakeQuestionReview} /> };
const url = '/studio/attempts/a-7';
const attemptPath = '/api/attempts/a-7';
const gradesPath = '/api/attempts/a-7/grades';

/** The server's answer to a grade: the essay scored, the attempt final. */
function graded(request: GradeAttemptRequest): AttemptResponse {
  const [grade] = request.grades;
  const sum = Object.values(grade!.rubricScores).reduce((total, score) => total + score, 0);
  return buildAttempt({
    status: 'graded',
    pendingCount: 0,
    result: { score: 2 + sum, maxScore: 10, percent: (2 + sum) * 10, passPercent: 60, passed: 2 + sum >= 6 },
    questions: [
      choiceQuestion,
      buildEssay({
        feedback: {
          ...buildEssay().feedback!,
          score: sum,
          rubricScores: grade!.rubricScores,
          comment: grade!.comment ?? null,
        },
      }),
    ],
  });
}

describe('attempt grading page', () => {
  it('shows the learner, the lesson and course, the attempt and its preliminary result, and every question', async () => {
    mockApi({
      [`GET ${attemptPath}`]: { body: buildAttempt() },
      'GET /api/courses/c-1': { body: { id: 'c-1', title: { kk: 'Ауыл бюджеті', ru: 'Бюджет села' } } },
    });
    const { user } = renderStudioPage(url, routes);

    expect(await screen.findByRole('heading', { level: 1, name: 'Айгүл Серікқызы Нұрланова' })).toBeInTheDocument();
    expect(screen.getByText('Қорытынды тест')).toBeInTheDocument();
    expect(await screen.findByText('Ауыл бюджеті')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Осы тесттің барлық нәтижелері' })).toHaveAttribute(
      'href',
      '/studio/courses/c-1/lessons/l-1/results',
    );
    expect(screen.getByRole('link', { name: '← Бағалау кезегі' })).toHaveAttribute('href', '/studio/grading');
    expect(screen.getByText('Талпыныс нөмірі').nextElementSibling).toHaveTextContent('2');
    expect(screen.getByText('Күйі').nextElementSibling).toHaveTextContent('Бағалауды күтуде');

    const result = screen.getByRole('region', { name: 'Нәтиже' });
    expect(result).toHaveTextContent('2 / 10 (20%)');
    expect(result).toHaveTextContent('60%');
    expect(result).toHaveTextContent('Эссе бағаланғаннан кейін белгілі болады');
    expect(result).toHaveTextContent('Бұл алдын ала нәтиже: 1 эссе әлі бағаланбаған.');
    expect(within(result).queryByRole('link', { name: 'Кезектегі келесі жұмыс' })).toBeNull();

    const reviews = screen.getAllByTestId('question-review');
    expect(reviews.map((review) => review.textContent)).toEqual([
      'Ауыл бюджетін кім бекітеді?',
      'Жергілікті бюджетті талқылау тәртібін сипаттаңыз.',
    ]);
    expect(screen.getAllByRole('form')).toHaveLength(1);
    expect(screen.getByRole('form', { name: '2-сұрақты бағалау' })).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Русский' }));
    expect(screen.getAllByTestId('question-review')[0]).toHaveTextContent('Кто утверждает бюджет села?');
    expect(screen.getAllByTestId('question-review')[0]).toHaveAttribute('lang', 'ru');
    // The rubric follows the language the questions are shown in.
    expect(screen.getByLabelText('Обоснованность доводов (ең көбі 5 балл)')).toBeInTheDocument();
  });

  it('checks the scores before sending, then sends every criterion and the comment and shows the final result', async () => {
    const api = mockApi({
      [`GET ${attemptPath}`]: { body: buildAttempt() },
      [`POST ${gradesPath}`]: ({ body }) => ({ body: graded(body as GradeAttemptRequest) }),
    });
    const { user } = renderStudioPage(url, routes);

    const form = await screen.findByRole('form', { name: '2-сұрақты бағалау' });
    const argument = within(form).getByLabelText('Дәлелдердің негізділігі (ең көбі 5 балл)');
    const law = within(form).getByLabelText('Заңға сілтеме (ең көбі 3 балл)');
    expect(argument).toHaveAttribute('max', '5');
    expect(argument).toHaveAttribute('step', '0.5');

    await user.type(argument, '6');
    await user.type(law, '1.3');
    await user.click(within(form).getByRole('button', { name: 'Бағаны сақтау' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('Белгіленген өрістерді тексеріңіз');
    expect(argument).toHaveAttribute('aria-invalid', 'true');
    expect(argument).toHaveAccessibleDescription('0 мен 5 аралығындағы балл қойыңыз.');
    expect(law).toHaveAccessibleDescription('Бүтін немесе жарты балл қойыңыз (мысалы, 2 немесе 2,5).');
    expect(argument).toHaveFocus();
    expect(api.callsTo('POST', gradesPath)).toHaveLength(0);

    await user.clear(argument);
    await user.type(argument, '4.5');
    await user.clear(law);
    await user.type(law, '3');
    await user.type(
      within(form).getByLabelText('Тыңдаушыға пікір'),
      '  Дәлелдер жақсы, бірақ заң баптары көрсетілмеген.  ',
    );
    await user.click(within(form).getByRole('button', { name: 'Бағаны сақтау' }));

    expect(await within(form).findByText('Баға сақталды.')).toBeInTheDocument();
    expect(api.callsTo('POST', gradesPath)[0]!.body).toEqual({
      grades: [
        {
          questionId: 'q-essay',
          rubricScores: { 'r-arg': 4.5, 'r-law': 3 },
          comment: 'Дәлелдер жақсы, бірақ заң баптары көрсетілмеген.',
        },
      ],
    });
    const result = screen.getByRole('region', { name: 'Нәтиже' });
    expect(result).toHaveTextContent('9,5 / 10 (95%)');
    expect(within(result).getByRole('status')).toHaveTextContent(
      'Барлық эссе бағаланды. Қорытынды нәтиже: 95%, тест тапсырылды.',
    );
    expect(within(result).getByRole('heading', { name: 'Нәтиже' })).toHaveFocus();
    expect(within(result).getByRole('link', { name: 'Кезектегі келесі жұмыс' })).toHaveAttribute(
      'href',
      '/studio/grading',
    );
    expect(screen.getByText('Күйі').nextElementSibling).toHaveTextContent('Бағаланды');
  });

  it('shows the API’s refusal of a criterion next to that criterion', async () => {
    mockApi({
      [`GET ${attemptPath}`]: { body: buildAttempt() },
      [`POST ${gradesPath}`]: {
        status: 422,
        body: errorBody('validation.failed', {
          fields: { 'grades.0.rubricScores.r-law': { code: 'outOfRange', params: { min: 0, max: 3 } } },
        }),
      },
    });
    const { user } = renderStudioPage(url, routes, { locale: 'ru' });

    const form = await screen.findByRole('form', { name: 'Оценка ответа на вопрос 2' });
    await user.type(within(form).getByLabelText('Обоснованность доводов (из 5 баллов)'), '5');
    await user.type(within(form).getByLabelText('Ссылки на закон (из 3 баллов)'), '2.5');
    await user.click(within(form).getByRole('button', { name: 'Сохранить оценку' }));

    const law = within(form).getByLabelText('Ссылки на закон (из 3 баллов)');
    await waitFor(() => expect(law).toHaveAttribute('aria-invalid', 'true'));
    expect(law).toHaveAccessibleDescription('Поставьте балл от 0 до 3.');
    expect(law).toHaveFocus();
    expect(within(form).getByLabelText('Обоснованность доводов (из 5 баллов)')).not.toHaveAttribute('aria-invalid');
    expect(within(form).getByRole('alert')).toHaveTextContent('Проверьте отмеченные поля');
    expect(screen.getByRole('region', { name: 'Результат' })).toHaveTextContent('2 / 10 (20%)');
  });

  it('explains a refusal for an attempt that is not closed', async () => {
    mockApi({
      [`GET ${attemptPath}`]: { body: buildAttempt() },
      [`POST ${gradesPath}`]: { status: 409, body: errorBody('attempts.notClosed') },
    });
    const { user } = renderStudioPage(url, routes);

    const form = await screen.findByRole('form', { name: '2-сұрақты бағалау' });
    await user.type(within(form).getByLabelText('Дәлелдердің негізділігі (ең көбі 5 балл)'), '5');
    await user.type(within(form).getByLabelText('Заңға сілтеме (ең көбі 3 балл)'), '0');
    await user.click(within(form).getByRole('button', { name: 'Бағаны сақтау' }));

    expect(await within(form).findByRole('alert')).toHaveTextContent('Тек аяқталған талпынысты бағалауға болады.');
  });

  it('moves on to the next essay still waiting after a grade that leaves the attempt unfinished', async () => {
    const second = buildEssay({ questionId: 'q-essay-2', position: 3 });
    const attempt = buildAttempt({ pendingCount: 2, questions: [choiceQuestion, buildEssay(), second] });
    mockApi({
      [`GET ${attemptPath}`]: { body: attempt },
      [`POST ${gradesPath}`]: ({ body }) => {
        const [grade] = (body as GradeAttemptRequest).grades;
        return {
          body: {
            ...attempt,
            pendingCount: 1,
            questions: [
              choiceQuestion,
              buildEssay({ feedback: { ...buildEssay().feedback!, score: 4, rubricScores: grade!.rubricScores } }),
              second,
            ],
          },
        };
      },
    });
    const { user } = renderStudioPage(url, routes);

    const first = await screen.findByRole('form', { name: '2-сұрақты бағалау' });
    await user.type(within(first).getByLabelText('Дәлелдердің негізділігі (ең көбі 5 балл)'), '3');
    await user.type(within(first).getByLabelText('Заңға сілтеме (ең көбі 3 балл)'), '1');
    await user.click(within(first).getByRole('button', { name: 'Бағаны сақтау' }));

    expect(await within(first).findByText('Баға сақталды.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '3-сұрақты бағалау' })).toHaveFocus();
    expect(screen.getByRole('region', { name: 'Нәтиже' })).toHaveTextContent(
      'Бұл алдын ала нәтиже: 1 эссе әлі бағаланбаған.',
    );
  });

  it('starts a regrade from the saved scores and comment', async () => {
    const api = mockApi({
      [`GET ${attemptPath}`]: {
        body: graded({
          grades: [{ questionId: 'q-essay', rubricScores: { 'r-arg': 2.5, 'r-law': 1 }, comment: 'Қысқа.' }],
        }),
      },
      [`POST ${gradesPath}`]: ({ body }) => ({ body: graded(body as GradeAttemptRequest) }),
    });
    const { user } = renderStudioPage(url, routes);

    const form = await screen.findByRole('form', { name: '2-сұрақты бағалау' });
    const argument = within(form).getByLabelText('Дәлелдердің негізділігі (ең көбі 5 балл)');
    expect(argument).toHaveValue(2.5);
    expect(within(form).getByLabelText('Заңға сілтеме (ең көбі 3 балл)')).toHaveValue(1);
    expect(within(form).getByLabelText('Тыңдаушыға пікір')).toHaveValue('Қысқа.');
    expect(screen.getByRole('link', { name: 'Кезектегі келесі жұмыс' })).toHaveAttribute('href', '/studio/grading');

    await user.clear(argument);
    await user.type(argument, '5');
    await user.click(within(form).getByRole('button', { name: 'Бағаны сақтау' }));

    expect(await within(form).findByText('Баға сақталды.')).toBeInTheDocument();
    expect(api.callsTo('POST', gradesPath)[0]!.body).toEqual({
      grades: [{ questionId: 'q-essay', rubricScores: { 'r-arg': 5, 'r-law': 1 }, comment: 'Қысқа.' }],
    });
    expect(screen.getByRole('region', { name: 'Нәтиже' })).toHaveTextContent('8 / 10 (80%)');
  });

  it('does not offer grading while the learner is still answering', async () => {
    mockApi({
      [`GET ${attemptPath}`]: {
        body: buildAttempt({ status: 'in_progress', closedAt: null, closedBy: null, result: null }),
      },
    });
    renderStudioPage(url, routes);

    expect(
      await screen.findByText(
        'Тыңдаушы тестті әлі тапсырып жатыр. Эссені талпыныс аяқталғаннан кейін бағалауға болады.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Бағаны сақтау' })).toBeNull();
    expect(screen.getByRole('region', { name: 'Нәтиже' })).toHaveTextContent(
      'Тыңдаушы тестті әлі тапсырып жатыр: нәтиже талпыныс аяқталғаннан кейін шығады.',
    );
  });
});
