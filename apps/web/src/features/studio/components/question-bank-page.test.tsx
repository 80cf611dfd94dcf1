import type { QuestionResponse, UpdateQuestionRequest } from '@bilikti/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { errorBody, mockApi } from '../../../test/mock-api';
import { renderStudioPage } from '../../../test/render-studio-page';
import { buildQuestion, pageOf } from '../test/question-fixtures';
import { buildDraft } from '../test/studio-fixtures';
import { QuestionBankPage } from './question-bank-page';

const routes = { '/studio/courses/:courseId/questions': <QuestionBankPage /> };
const url = '/studio/courses/c-1/questions';
const listPath = '/api/courses/c-1/questions';

/** New option ids come from crypto.randomUUID: make them predictable (new-0001, new-0002…). */
function predictableIds() {
  let next = 0;
  vi.spyOn(crypto, 'randomUUID').mockImplementation(() => {
    next += 1;
    return `new-${String(next).padStart(4, '0')}-0000-4000-8000-000000000000` as ReturnType<typeof crypto.randomUUID>;
  });
}

const incomplete = buildQuestion({
  id: 'q-2',
  type: 'multiple_choice',
  prompt: { kk: 'Мәслихат сессиясының құзыреті', ru: '' },
  points: 1.5,
  tags: [],
  content: {
    type: 'multiple_choice',
    options: [
      { id: 'o1', text: { kk: 'Бюджет', ru: '' } },
      { id: 'o2', text: { kk: 'Есеп', ru: '' } },
    ],
    correctOptionIds: ['o1', 'o2'],
    partialCredit: 'proportional',
  },
  complete: { kk: true, ru: false },
});

describe('question bank page', () => {
  it('lists the questions with their type, points and languages, and searches with the filters', async () => {
    const api = mockApi({
      [`GET ${listPath}`]: { body: pageOf([buildQuestion(), incomplete]) },
      'GET /api/courses/c-1': { body: buildDraft() },
    });
    const { user, location } = renderStudioPage(url, routes);

    const list = await screen.findByRole('list', { name: 'Сұрақтар' });
    const [first, second] = within(list)
      .getAllByRole('listitem')
      .filter((item) => item.parentElement === list);
    expect(first).toHaveTextContent('Ауыл бюджетін кім бекітеді?');
    const firstBadges = within(first).getByRole('list', { name: 'Сұрақ туралы' });
    expect(firstBadges).toHaveTextContent('Бір дұрыс жауап');
    expect(firstBadges).toHaveTextContent('2 балл');
    expect(firstBadges).toHaveTextContent('Қазақша және орысша толық');
    const secondBadges = within(second).getByRole('list', { name: 'Сұрақ туралы' });
    expect(secondBadges).toHaveTextContent('1,5 балл');
    expect(secondBadges).toHaveTextContent('Орысшасы толық емес');
    expect(secondBadges).not.toHaveTextContent('Қазақшасы толық емес');
    expect(screen.getByText('2 сұрақ табылды')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '← Курс редакторына оралу' })).toHaveAttribute(
      'href',
      '/studio/courses/c-1',
    );

    const search = screen.getByRole('search', { name: 'Сұрақтарды іздеу' });
    await user.type(within(search).getByLabelText('Іздеу'), 'бюджет');
    await user.selectOptions(within(search).getByLabelText('Сұрақ түрі'), 'Бірнеше дұрыс жауап');
    await user.type(within(search).getByLabelText('Тег'), 'сессия');
    await user.click(within(search).getByRole('button', { name: 'Табу' }));

    await waitFor(() => expect(api.callsTo('GET', listPath)).toHaveLength(2));
    const query = api.callsTo('GET', listPath)[1].search;
    expect(Object.fromEntries(query)).toEqual({
      q: 'бюджет',
      type: 'multiple_choice',
      tag: 'сессия',
      page: '1',
      pageSize: '20',
    });
    expect(location()).toBe(
      `${url}?q=${encodeURIComponent('бюджет')}&type=multiple_choice&tag=${encodeURIComponent('сессия')}`,
    );
  });

  it('creates a single-choice question, checking it first, and sends exactly what was typed', async () => {
    predictableIds();
    const api = mockApi({
      [`GET ${listPath}`]: { body: pageOf([]) },
      [`POST ${listPath}`]: ({ body }) => ({ status: 201, body: { ...buildQuestion(), ...(body as object) } }),
    });
    const { user } = renderStudioPage(url, routes);

    await screen.findByText('Банкте әлі сұрақ жоқ. Бірінші сұрақты қосыңыз.');
    const create = screen.getByRole('button', { name: 'Жаңа сұрақ' });
    expect(create).toHaveAttribute('aria-expanded', 'false');
    await user.click(create);
    expect(create).toHaveAttribute('aria-expanded', 'true');
    await user.click(screen.getByRole('button', { name: 'Бір дұрыс жауап' }));

    expect(screen.getByRole('heading', { name: 'Жаңа сұрақ' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Сақтау' }));
    expect(screen.getByLabelText('Сұрақ мәтіні (қазақша)')).toHaveFocus();
    expect(screen.getByLabelText('1-нұсқа (қазақша)')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('group', { name: 'Жауап нұсқалары' })).toHaveAccessibleDescription(
      expect.stringContaining('Бұл өрісті толтыру міндетті.'),
    );
    expect(api.callsTo('POST', listPath)).toHaveLength(0);

    await user.type(screen.getByLabelText('Сұрақ мәтіні (қазақша)'), ' Ауыл бюджетін кім бекітеді? ');
    await user.type(screen.getByLabelText('Сұрақ мәтіні (орысша)'), 'Кто утверждает бюджет села?');
    await user.type(screen.getByLabelText('1-нұсқа (қазақша)'), 'Әкім');
    await user.type(screen.getByLabelText('1-нұсқа (орысша)'), 'Аким');
    await user.type(screen.getByLabelText('2-нұсқа (қазақша)'), 'Мәслихат');
    await user.type(screen.getByLabelText('2-нұсқа (орысша)'), 'Маслихат');
    await user.click(screen.getByLabelText('2-нұсқа — дұрыс жауап'));
    await user.type(screen.getByLabelText('Түсіндірме (орысша)'), 'Бюджет утверждает маслихат.');
    await user.clear(screen.getByLabelText('Балл'));
    await user.type(screen.getByLabelText('Балл'), '2,5');
    await user.type(screen.getByLabelText('Тегтер'), 'бюджет, сессия, бюджет,');
    await user.type(screen.getByLabelText('Құзыреттер кодтары'), 'BUDGET-1');
    await user.click(screen.getByRole('button', { name: 'Сақтау' }));

    expect(await screen.findByText('Сұрақ банкке қосылды.')).toBeInTheDocument();
    expect(api.callsTo('POST', listPath)[0]?.body).toEqual({
      prompt: { kk: 'Ауыл бюджетін кім бекітеді?', ru: 'Кто утверждает бюджет села?' },
      explanation: { kk: '', ru: 'Бюджет утверждает маслихат.' },
      points: 2.5,
      tags: ['бюджет', 'сессия'],
      competencyCodes: ['BUDGET-1'],
      content: {
        type: 'single_choice',
        options: [
          { id: 'new-0001', text: { kk: 'Әкім', ru: 'Аким' } },
          { id: 'new-0002', text: { kk: 'Мәслихат', ru: 'Маслихат' } },
        ],
        correctOptionId: 'new-0002',
      },
    });
    expect(screen.getByRole('button', { name: 'Жаңа сұрақ' })).toHaveFocus();
  });

  it('creates a multiple-choice question with a partial-credit rule, explained in the chosen language', async () => {
    predictableIds();
    const api = mockApi({
      [`GET ${listPath}`]: { body: pageOf([]) },
      [`POST ${listPath}`]: { status: 201, body: incomplete },
    });
    const { user } = renderStudioPage(url, routes, { locale: 'ru' });

    await user.click(await screen.findByRole('button', { name: 'Новый вопрос' }));
    await user.click(screen.getByRole('button', { name: 'Несколько верных ответов' }));
    await user.type(screen.getByLabelText('Текст вопроса (на русском)'), 'Что решает сессия маслихата?');
    await user.click(screen.getByRole('button', { name: 'Добавить вариант' }));
    expect(screen.getByLabelText('Вариант 3 (на казахском)')).toHaveFocus();
    await user.type(screen.getByLabelText('Вариант 1 (на русском)'), 'Бюджет');
    await user.type(screen.getByLabelText('Вариант 2 (на русском)'), 'Назначение акима области');
    await user.type(screen.getByLabelText('Вариант 3 (на русском)'), 'Отчёт акима');
    await user.click(screen.getByLabelText('Вариант 1 — верный ответ'));
    await user.click(screen.getByLabelText('Вариант 3 — верный ответ'));

    const rule = screen.getByLabelText('Оценка частично верного ответа');
    expect(rule).toHaveAccessibleDescription(
      'Балл начисляется, только если выбраны все верные варианты и ни одного неверного.',
    );
    await user.selectOptions(rule, 'Верные минус неверные');
    expect(rule).toHaveAccessibleDescription(
      'Каждый верный выбор прибавляет балл, каждый неверный — отнимает; итог не бывает ниже нуля.',
    );
    await user.click(screen.getByRole('button', { name: 'Сохранить' }));

    await waitFor(() =>
      expect(api.callsTo('POST', listPath)[0]?.body).toMatchObject({
        prompt: { kk: '', ru: 'Что решает сессия маслихата?' },
        points: 1,
        content: {
          type: 'multiple_choice',
          options: [
            { id: 'new-0001', text: { kk: '', ru: 'Бюджет' } },
            { id: 'new-0002', text: { kk: '', ru: 'Назначение акима области' } },
            { id: 'new-0003', text: { kk: '', ru: 'Отчёт акима' } },
          ],
          correctOptionIds: ['new-0001', 'new-0003'],
          partialCredit: 'right_minus_wrong',
        },
      }),
    );
  });

  it("shows the API's error for one option's Russian text on that input", async () => {
    mockApi({
      [`GET ${listPath}`]: { body: pageOf([]) },
      [`POST ${listPath}`]: {
        status: 422,
        body: errorBody('validation.failed', {
          fields: { 'content.options.1.text.ru': { code: 'tooLong', params: { max: 1000 } } },
        }),
      },
    });
    const { user } = renderStudioPage(url, routes, { locale: 'ru' });

    await user.click(await screen.findByRole('button', { name: 'Новый вопрос' }));
    await user.click(screen.getByRole('button', { name: 'Один верный ответ' }));
    await user.type(screen.getByLabelText('Текст вопроса (на русском)'), 'Вопрос');
    await user.type(screen.getByLabelText('Вариант 1 (на русском)'), 'Да');
    await user.type(screen.getByLabelText('Вариант 2 (на русском)'), 'Очень длинный ответ');
    await user.click(screen.getByLabelText('Вариант 1 — верный ответ'));
    await user.click(screen.getByRole('button', { name: 'Сохранить' }));

    const input = screen.getByLabelText('Вариант 2 (на русском)');
    await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'));
    expect(input).toHaveAccessibleDescription('Не более 1000 символов.');
    expect(input).toHaveFocus();
    expect(input).toHaveValue('Очень длинный ответ');
    expect(screen.getByLabelText('Вариант 2 (на казахском)')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('alert')).toHaveTextContent('Проверьте отмеченные поля.');
  });

  it('saves an edit with its version, and keeps the typed text when someone else saved first', async () => {
    let question = buildQuestion();
    const api = mockApi({
      [`GET ${listPath}`]: () => ({ body: pageOf([question]) }),
      'GET /api/questions/q-1': () => ({ body: question }),
      'PATCH /api/questions/q-1': ({ body }) => {
        const { version: _version, ...changes } = body as UpdateQuestionRequest;
        question = { ...question, ...changes, version: question.version + 1 } as QuestionResponse;
        return { body: question };
      },
    });
    const { user } = renderStudioPage(url, routes);

    await user.click(await screen.findByRole('button', { name: '1-сұрақты өңдеу' }));
    expect(screen.getByRole('heading', { name: 'Сұрақты өңдеу' })).toHaveFocus();
    const ruPrompt = screen.getByLabelText('Сұрақ мәтіні (орысша)');
    expect(ruPrompt).toHaveValue('Кто утверждает бюджет села?');
    expect(screen.getByLabelText('2-нұсқа — дұрыс жауап')).toBeChecked();
    await user.clear(screen.getByLabelText('Балл'));
    await user.type(screen.getByLabelText('Балл'), '3');
    await user.click(screen.getByRole('button', { name: 'Сақтау' }));

    expect(await screen.findByText('Өзгерістер сақталды.')).toBeInTheDocument();
    expect(api.callsTo('PATCH', '/api/questions/q-1')[0]?.body).toEqual({
      version: 4,
      prompt: { kk: 'Ауыл бюджетін кім бекітеді?', ru: 'Кто утверждает бюджет села?' },
      explanation: { kk: 'Бюджетті мәслихат бекітеді.', ru: 'Бюджет утверждает маслихат.' },
      points: 3,
      tags: ['бюджет'],
      competencyCodes: ['BUDGET-1'],
      content: buildQuestion().content,
    });

    // Meanwhile a co-author saves version 6.
    question = { ...question, prompt: { ...question.prompt, ru: 'Кто утверждает бюджет?' }, version: 6 };
    api.set('PATCH /api/questions/q-1', {
      status: 409,
      body: errorBody('resource.staleVersion', { params: { currentVersion: 6 } }),
    });
    await user.type(ruPrompt, ' И когда?');
    await user.click(screen.getByRole('button', { name: 'Сақтау' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('мәтініңіз жоғалған жоқ');
    expect(ruPrompt).toHaveValue('Кто утверждает бюджет села? И когда?');
    expect(api.callsTo('PATCH', '/api/questions/q-1')[1]?.body).toMatchObject({
      version: 5,
      prompt: { ru: 'Кто утверждает бюджет села? И когда?' },
    });

    await user.click(within(alert).getByRole('button', { name: 'Соңғы нұсқаны жүктеу' }));
    await waitFor(() => expect(screen.getByLabelText('Сұрақ мәтіні (орысша)')).toHaveValue('Кто утверждает бюджет?'));
    expect(screen.getByText('Соңғы сақталған нұсқа жүктелді.')).toBeInTheDocument();
  });

  it('deletes a question only after confirmation', async () => {
    let questions = [buildQuestion(), incomplete];
    const api = mockApi({
      [`GET ${listPath}`]: () => ({ body: pageOf(questions) }),
      'DELETE /api/questions/q-1': () => {
        questions = questions.filter((question) => question.id !== 'q-1');
        return { status: 204 };
      },
    });
    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    const { user } = renderStudioPage(url, routes);

    const remove = await screen.findByRole('button', { name: '1-сұрақты жою' });
    await user.click(remove);
    expect(confirm).toHaveBeenLastCalledWith('Сұрақты банктен жоясыз ба? Оны қайтару мүмкін болмайды.');
    expect(api.callsTo('DELETE', '/api/questions/q-1')).toHaveLength(0);

    await user.click(remove);
    expect(await screen.findByText('Сұрақ банктен жойылды.')).toBeInTheDocument();
    expect(api.callsTo('DELETE', '/api/questions/q-1')).toHaveLength(1);
    await waitFor(() => expect(screen.queryByText('Ауыл бюджетін кім бекітеді?')).not.toBeInTheDocument());
    expect(screen.getByText('1 сұрақ табылды')).toBeInTheDocument();
  });

  it('previews the question as a learner sees it, in either language, with the key hidden until asked for', async () => {
    mockApi({ [`GET ${listPath}`]: { body: pageOf([buildQuestion()]) } });
    const { user } = renderStudioPage(url, routes);

    await user.click(await screen.findByRole('button', { name: '1-сұрақты өңдеу' }));
    const preview = screen.getByRole('region', { name: 'Тыңдаушы көретін түрі' });
    const answers = within(preview).getByRole('group', { name: 'Ауыл бюджетін кім бекітеді?' });
    expect(within(answers).getByRole('radio', { name: 'Әкім' })).not.toBeChecked();
    expect(within(answers).getByRole('radio', { name: 'Мәслихат' })).toBeInTheDocument();
    expect(within(preview).queryByText('Дұрыс жауап')).not.toBeInTheDocument();
    expect(within(preview).queryByText('Бюджетті мәслихат бекітеді.')).not.toBeInTheDocument();

    const toggle = within(preview).getByRole('button', { name: 'Дұрыс жауаптарды көрсету' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(within(answers).getByRole('radio', { name: 'Мәслихат Дұрыс жауап' })).toBeInTheDocument();
    expect(within(preview).getByText('Бюджетті мәслихат бекітеді.')).toBeInTheDocument();

    // The learner's language throughout, including the preview's own words.
    await user.click(within(preview).getByLabelText('Русский'));
    const ru = within(preview).getByRole('group', { name: 'Кто утверждает бюджет села?' });
    expect(ru.closest('[lang]')).toHaveAttribute('lang', 'ru');
    expect(within(ru).getByRole('radio', { name: 'Маслихат Верный ответ' })).toBeInTheDocument();
    await user.click(toggle);
    expect(within(ru).getByRole('radio', { name: 'Маслихат' })).toBeInTheDocument();
    expect(within(preview).queryByText('Верный ответ')).not.toBeInTheDocument();

    // The preview follows the form as the author types.
    await user.type(screen.getByLabelText('1-нұсқа (орысша)'), ' района');
    expect(within(ru).getByRole('radio', { name: 'Аким района' })).toBeInTheDocument();
  });
});

describe('question editor rows', () => {
  it('reorders the items of an ordering question with the arrow buttons, keeping the focus on the moved item', async () => {
    predictableIds();
    const api = mockApi({
      [`GET ${listPath}`]: { body: pageOf([]) },
      [`POST ${listPath}`]: { status: 201, body: buildQuestion() },
    });
    const { user } = renderStudioPage(url, routes);

    await user.click(await screen.findByRole('button', { name: 'Жаңа сұрақ' }));
    await user.click(screen.getByRole('button', { name: 'Ретке келтіру' }));
    await user.type(screen.getByLabelText('Сұрақ мәтіні (қазақша)'), 'Бюджет процесінің кезеңдерін ретімен қойыңыз.');
    await user.type(screen.getByLabelText('1-элемент (қазақша)'), 'Бекіту');
    await user.type(screen.getByLabelText('2-элемент (қазақша)'), 'Жоба');
    await user.click(screen.getByRole('button', { name: 'Төмен жылжыту: 1-элемент' }));

    expect(screen.getByLabelText('1-элемент (қазақша)')).toHaveValue('Жоба');
    expect(screen.getByLabelText('2-элемент (қазақша)')).toHaveValue('Бекіту');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Жоғары жылжыту: 2-элемент' })).toHaveFocus());
    expect(screen.getByText('1-элемент жылжытылды, орны: 2 / 2.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Жою: 1-элемент' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Сақтау' }));

    await waitFor(() =>
      expect(api.callsTo('POST', listPath)[0]?.body).toMatchObject({
        content: {
          type: 'ordering',
          items: [
            { id: 'new-0002', text: { kk: 'Жоба', ru: '' } },
            { id: 'new-0001', text: { kk: 'Бекіту', ru: '' } },
          ],
        },
      }),
    );
  });
});
