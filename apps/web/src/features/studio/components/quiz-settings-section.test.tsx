import type { LessonResponse, QuizSettings, UpdateLessonRequest } from '@bilikti/contracts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { errorBody, mockApi } from '../../../test/mock-api';
import { renderStudioPage } from '../../../test/render-studio-page';
import { buildQuestion, pageOf } from '../test/question-fixtures';
import { buildDraft, buildLesson } from '../test/studio-fixtures';
import { LessonEditorPage } from './lesson-editor-page';

// TipTap needs layout APIs jsdom lacks; a textarea with the same props stands in for it.
vi.mock('./rich-text-editor', () => ({
  default: ({
    id,
    labelledBy,
    value,
    onChange,
    lang,
  }: {
    id: string;
    labelledBy: string;
    value: string;
    onChange: (html: string) => void;
    lang: string;
  }) => (
    <textarea
      id={id}
      aria-labelledby={labelledBy}
      lang={lang}
      value={value}
      onChange={(event) => onChange(event.target.value)}
    />
  ),
}));

const routes = { '/studio/courses/:courseId/lessons/:lessonId': <LessonEditorPage /> };
const url = '/studio/courses/c-1/lessons/l-1';

const bank = [
  buildQuestion({ id: 'q-1', tags: ['бюджет'] }),
  buildQuestion({
    id: 'q-2',
    type: 'true_false',
    prompt: { kk: 'Сессия жылына бір рет өтеді', ru: '' },
    points: 1.5,
    tags: ['бюджет', 'сессия'],
    content: { type: 'true_false', correct: false },
    complete: { kk: true, ru: false },
  }),
  buildQuestion({
    id: 'q-3',
    prompt: { kk: 'Әкімді кім сайлайды?', ru: 'Кто избирает акима?' },
    tags: ['сайлау'],
  }),
];

const configured: QuizSettings = {
  mode: 'fixed',
  questionIds: ['q-1'],
  pools: [],
  shuffleQuestions: true,
  shuffleOptions: false,
  timeLimitMinutes: null,
  maxAttempts: 3,
  passPercent: 60,
  availableFrom: null,
  availableUntil: null,
  feedback: 'after_submit',
};

function assessment(quiz: QuizSettings | null): LessonResponse {
  return buildLesson({
    type: 'assessment',
    title: { kk: 'Бюджет бойынша тест', ru: 'Тест по бюджету' },
    content: {
      kk: { body: '<p>20 минут беріледі.</p>', mediaId: null, externalUrl: null },
      ru: { body: '<p>Дается 20 минут.</p>', mediaId: null, externalUrl: null },
    },
    quiz,
  });
}

function routesFor(lesson: LessonResponse) {
  return {
    'GET /api/lessons/l-1': { body: lesson },
    'GET /api/courses/c-1': { body: buildDraft() },
    'GET /api/courses/c-1/questions': { body: pageOf(bank) },
    'PATCH /api/lessons/l-1': ({ body }: { body: unknown }) => ({
      body: { ...lesson, quiz: (body as UpdateLessonRequest).quiz ?? lesson.quiz, version: lesson.version + 1 },
    }),
  };
}

describe('quiz settings of an assessment lesson', () => {
  it('shows the instructions per language and the quiz settings, with the bank questions to choose from', async () => {
    mockApi(routesFor(assessment(null)));
    renderStudioPage(url, routes);

    const section = await screen.findByRole('region', { name: 'Тест баптаулары' });
    expect(await screen.findByLabelText('Нұсқаулық (қазақша)')).toHaveValue('<p>20 минут беріледі.</p>');
    expect(screen.getByLabelText('Нұсқаулық (орысша)')).toHaveAttribute('lang', 'ru');
    expect(within(section).getByRole('note')).toHaveTextContent('Тест әлі бапталмаған');
    expect(within(section).getByRole('link', { name: 'Сұрақтар банкін ашу' })).toHaveAttribute(
      'href',
      '/studio/courses/c-1/questions',
    );
    expect(within(section).getByRole('radio', { name: 'Банктен нақты сұрақтар' })).toBeChecked();
    expect(screen.getByRole('link', { name: 'Тест нәтижелері' })).toHaveAttribute(
      'href',
      '/studio/courses/c-1/lessons/l-1/results',
    );

    const questions = within(section).getByRole('group', { name: 'Банктегі сұрақтар' });
    const incomplete = within(questions).getByRole('checkbox', { name: 'Сессия жылына бір рет өтеді' });
    expect(incomplete).toHaveAccessibleDescription(/Дұрыс \/ бұрыс\s*1,5 балл\s*Орысшасы толық емес/);
    expect(within(questions).getAllByRole('checkbox')).toHaveLength(3);
    expect(within(section).getByRole('radio', { name: 'Тапсырғаннан кейін бірден' })).toHaveAccessibleDescription(
      'Дұрыс жауаптар мен түсіндірмелер әр талпыныстан кейін көрсетіледі.',
    );
  });

  it('sends the chosen questions in the chosen order, with the settings and the version', async () => {
    const api = mockApi(routesFor(assessment(null)));
    const { user } = renderStudioPage(url, routes);

    const questions = await screen.findByRole('group', { name: 'Банктегі сұрақтар' });
    await user.click(screen.getByRole('button', { name: 'Сақтау' }));
    expect(within(questions).getAllByRole('checkbox')[0]).toHaveFocus();
    expect(questions).toHaveTextContent('Кемінде бір сұрақ таңдаңыз.');
    expect(api.callsTo('PATCH', '/api/lessons/l-1')).toHaveLength(0);

    await user.click(within(questions).getByRole('checkbox', { name: 'Әкімді кім сайлайды?' }));
    await user.click(within(questions).getByRole('checkbox', { name: 'Ауыл бюджетін кім бекітеді?' }));
    const order = screen.getByRole('region', { name: 'Сұрақтар реті' });
    await user.click(within(order).getByRole('button', { name: 'Жоғары жылжыту: 2-сұрақ' }));
    expect(within(order).getAllByRole('listitem')[0]).toHaveTextContent('Ауыл бюджетін кім бекітеді?');

    await user.click(screen.getByLabelText('Жауап нұсқаларын араластыру'));
    await user.type(screen.getByLabelText('Уақыт шегі, минут'), '30');
    await user.type(screen.getByLabelText('Талпыныстар саны'), '2');
    await user.clear(screen.getByLabelText('Өту шегі, %'));
    await user.type(screen.getByLabelText('Өту шегі, %'), '70');
    fireEvent.change(screen.getByLabelText('Қолжетімді басталуы'), { target: { value: '2026-03-01T09:00' } });
    fireEvent.change(screen.getByLabelText('Қолжетімді аяқталуы'), { target: { value: '2026-03-10T18:30' } });
    await user.click(screen.getByRole('radio', { name: 'Көрсетпеу' }));
    await user.click(screen.getByRole('button', { name: 'Сақтау' }));

    expect(await screen.findByText('Өзгерістер сақталды.')).toBeInTheDocument();
    expect(api.callsTo('PATCH', '/api/lessons/l-1')[0]?.body).toEqual({
      version: 3,
      quiz: {
        mode: 'fixed',
        questionIds: ['q-1', 'q-3'],
        pools: [],
        shuffleQuestions: false,
        shuffleOptions: true,
        timeLimitMinutes: 30,
        maxAttempts: 2,
        passPercent: 70,
        availableFrom: new Date('2026-03-01T09:00').toISOString(),
        availableUntil: new Date('2026-03-10T18:30').toISOString(),
        feedback: 'none',
      },
    });
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });

  it('sends random draws per tag in pools mode', async () => {
    const api = mockApi(routesFor(assessment(configured)));
    const { user } = renderStudioPage(url, routes, { locale: 'ru' });

    await user.click(await screen.findByRole('radio', { name: 'Случайные по тегам' }));
    const pools = screen.getByRole('group', { name: 'Случайная выборка по тегам' });
    await user.click(within(pools).getByRole('button', { name: 'Добавить выборку' }));
    const firstTag = within(pools).getByLabelText('Тег (выборка 1)');
    expect(firstTag).toHaveFocus();
    await user.selectOptions(firstTag, 'бюджет (2 вопроса)');
    expect(within(pools).getByLabelText('Число вопросов (выборка 1)')).toHaveAccessibleDescription(
      'В банке 2 вопроса с этим тегом.',
    );
    await user.clear(within(pools).getByLabelText('Число вопросов (выборка 1)'));
    await user.type(within(pools).getByLabelText('Число вопросов (выборка 1)'), '2');
    await user.click(within(pools).getByRole('button', { name: 'Добавить выборку' }));
    await user.selectOptions(within(pools).getByLabelText('Тег (выборка 2)'), 'сессия (1 вопрос)');
    await user.click(screen.getByRole('button', { name: 'Сохранить' }));

    await waitFor(() =>
      expect(api.callsTo('PATCH', '/api/lessons/l-1')[0]?.body).toEqual({
        version: 3,
        quiz: {
          ...configured,
          mode: 'pools',
          questionIds: [],
          pools: [
            { tag: 'бюджет', count: 2 },
            { tag: 'сессия', count: 1 },
          ],
        },
      }),
    );
  });

  it('shows a server error about a draw on that draw’s count', async () => {
    const lesson = assessment({ ...configured, mode: 'pools', questionIds: [], pools: [{ tag: 'бюджет', count: 2 }] });
    const api = mockApi({
      ...routesFor(lesson),
      'PATCH /api/lessons/l-1': {
        status: 422,
        body: errorBody('validation.failed', {
          fields: { 'quiz.pools.0.count': { code: 'outOfRange', params: { min: 1, max: 100 } } },
        }),
      },
    });
    const { user } = renderStudioPage(url, routes, { locale: 'ru' });

    const count = await screen.findByLabelText('Число вопросов (выборка 1)');
    await user.type(count, '0');
    await user.click(screen.getByRole('button', { name: 'Сохранить' }));

    await waitFor(() => expect(count).toHaveAttribute('aria-invalid', 'true'));
    expect(count).toHaveAccessibleDescription(/Введите целое число от 1 до 100\./);
    expect(count).toHaveFocus();
    expect(api.callsTo('PATCH', '/api/lessons/l-1')[0]?.body).toMatchObject({
      version: 3,
      quiz: { pools: [{ tag: 'бюджет', count: 20 }] },
    });
  });
});
