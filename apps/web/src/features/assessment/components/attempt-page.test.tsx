import { ErrorCode, type AttemptResponse, type Locale, type SaveAnswerRequest } from '@bilikti/contracts';
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { CurrentUserContext } from '../../../lib/session';
import { buildUser } from '../../../test/fixtures';
import { errorBody, mockApi, type RecordedCall } from '../../../test/mock-api';
import { renderPage } from '../../../test/render-page';
import { buildAttempt, buildQuestions } from '../test/assessment-fixtures';
import { AttemptPage } from './attempt-page';

const GET = 'GET /api/attempts/a-1';
const put = (questionId: string) => `PUT /api/attempts/a-1/answers/${questionId}`;
const storageKey = (questionId: string) => `bilikti.attemptAnswer.u-learner.a-1.${questionId}`;

/** The server's answer to a save: it now holds the revision sent. */
const ack = (call: RecordedCall) => ({
  body: {
    questionId: call.path.split('/').pop(),
    revision: (call.body as SaveAnswerRequest).revision,
    savedAt: new Date().toISOString(),
    answeredCount: 1,
  },
});

const saves = (api: ReturnType<typeof mockApi>, questionId: string) =>
  api.calls
    .filter((call) => call.method === 'PUT' && call.path === `/api/attempts/a-1/answers/${questionId}`)
    .map((call) => call.body as SaveAnswerRequest);

function closed(overrides: Partial<AttemptResponse> = {}): AttemptResponse {
  return buildAttempt({
    status: 'graded',
    closedBy: 'submitted',
    closedAt: new Date().toISOString(),
    result: { score: 1, maxScore: 19, percent: 5, passPercent: 70, passed: false },
    ...overrides,
  });
}

function renderAttempt({ layout = 'all', locale = 'ru' }: { layout?: 'one' | 'all'; locale?: Locale } = {}) {
  window.localStorage.setItem('bilikti.assessment.layout', layout);
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

const question = (number: number) => screen.getByRole('group', { name: new RegExp(`^Вопрос ${number} `) });

afterEach(() => {
  vi.useRealTimers();
});

describe('attempt page: answering', () => {
  it('shows every question type as a named group with its own controls', async () => {
    mockApi({ [GET]: { body: buildAttempt() } });
    renderAttempt();

    expect(await screen.findByRole('heading', { level: 1, name: 'Итоговый тест' })).toBeInTheDocument();
    expect(document.title).toBe('Итоговый тест — Bilikti');

    const single = question(1);
    expect(single).toHaveAccessibleName('Вопрос 1 Кто утверждает бюджет района?');
    expect(within(single).getAllByRole('radio')).toHaveLength(2);
    expect(within(single).getByRole('radio', { name: 'Районный маслихат' })).not.toBeChecked();
    expect(single).toHaveAccessibleDescription('Выберите один ответ.');

    const multi = question(2);
    expect(within(multi).getAllByRole('checkbox')).toHaveLength(3);
    expect(multi).toHaveAccessibleDescription('Выберите 2 ответа.');
    expect(within(multi).getByText('2 балла')).toBeInTheDocument();

    expect(within(question(3)).getByRole('radio', { name: 'Верно' })).toBeInTheDocument();
    expect(within(question(3)).getByRole('radio', { name: 'Неверно' })).toBeInTheDocument();

    const income = within(question(4)).getByRole('combobox', { name: 'Доход' });
    expect(
      within(income)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Выберите…', 'Ремонт дорог', 'Земельный налог']);
    expect(within(question(4)).getByRole('combobox', { name: 'Расход' })).toBeInTheDocument();

    const order = question(5);
    expect(
      within(order)
        .getAllByRole('listitem')
        .map((item) => item.firstChild?.textContent),
    ).toEqual(['Утверждение', 'Планирование', 'Отчёт']);
    expect(within(order).getByRole('button', { name: 'Переместить выше: Планирование' })).toBeInTheDocument();
    expect(within(order).getByRole('button', { name: 'Переместить ниже: Планирование' })).toBeInTheDocument();

    expect(within(question(6)).getByRole('textbox', { name: 'Ваш ответ' })).toHaveAttribute('type', 'text');

    const number = within(question(7)).getByRole('textbox', { name: 'Ваш ответ, млн тенге' });
    expect(number).toHaveAttribute('inputmode', 'decimal');

    const essay = question(8);
    expect(within(essay).getByRole('textbox', { name: 'Ваш ответ' }).tagName).toBe('TEXTAREA');
    expect(within(essay).getByText('Аргументы').parentElement).toHaveTextContent('Аргументы — до 6 баллов');
    expect(within(essay).getByText('10 баллов')).toBeInTheDocument();

    const nav = screen.getByRole('navigation', { name: 'Вопросы теста' });
    expect(within(nav).getAllByRole('button')).toHaveLength(8);
    expect(within(nav).getByText('Отвечено: 0 из 8')).toBeInTheDocument();
  });

  it('shows the questions in the language chosen for the course, with the interface in its own', async () => {
    mockApi({ [GET]: { body: buildAttempt() } });
    const { user } = renderAttempt();

    await user.click(await screen.findByRole('button', { name: 'Показать вопросы на казахском' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Қорытынды тест' })).toHaveAttribute('lang', 'kk');
    expect(within(question(1)).getByRole('radio', { name: 'Аудандық мәслихат' })).toBeInTheDocument();
    expect(screen.getByText('Аудандық мәслихат')).toHaveAttribute('lang', 'kk');
    expect(screen.getByRole('button', { name: 'Показать вопросы на русском' })).toBeInTheDocument();
  });

  it('saves a choice at once, each change with the next revision of its question', async () => {
    const questions = buildQuestions();
    questions[2] = { ...questions[2]!, answer: { type: 'true_false', value: true }, revision: 3 };
    const api = mockApi({
      [GET]: { body: buildAttempt({ questions }) },
      [put('q-single')]: ack,
      [put('q-multi')]: ack,
      [put('q-tf')]: ack,
      [put('q-match')]: ack,
    });
    const { user } = renderAttempt();

    await user.click(await screen.findByRole('radio', { name: 'Районный маслихат' }));
    await user.click(screen.getByRole('radio', { name: 'Аким района' }));
    await waitFor(() => expect(saves(api, 'q-single')).toHaveLength(2));
    expect(saves(api, 'q-single')).toEqual([
      { answer: { type: 'single_choice', optionId: 'o-maslikhat' }, revision: 1 },
      { answer: { type: 'single_choice', optionId: 'o-akim' }, revision: 2 },
    ]);

    // The server already holds revision 3 of this answer: the next change is 4.
    expect(screen.getByRole('radio', { name: 'Верно' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Неверно' }));
    await waitFor(() =>
      expect(saves(api, 'q-tf')).toEqual([{ answer: { type: 'true_false', value: false }, revision: 4 }]),
    );

    await user.click(screen.getByRole('checkbox', { name: 'Трансферты' }));
    await user.click(screen.getByRole('checkbox', { name: 'Налоги' }));
    await waitFor(() => expect(saves(api, 'q-multi')).toHaveLength(2));
    expect(saves(api, 'q-multi')[1]).toEqual({
      answer: { type: 'multiple_choice', optionIds: ['o-tax', 'o-transfer'] },
      revision: 2,
    });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Доход' }), 'Земельный налог');
    await waitFor(() =>
      expect(saves(api, 'q-match')).toEqual([
        { answer: { type: 'matching', matches: { 'p-income': 'p-income' } }, revision: 1 },
      ]),
    );

    expect(await screen.findByText('Все ответы сохранены')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Вопросы теста' });
    expect(within(nav).getByRole('button', { name: 'Вопрос 1, есть ответ' })).toBeInTheDocument();
    expect(within(nav).getByRole('button', { name: 'Вопрос 5, без ответа' })).toBeInTheDocument();
    expect(within(nav).getByText('Отвечено: 4 из 8')).toBeInTheDocument();
  });

  it('waits for a pause in typing before saving text, and saves at once when the field is left', async () => {
    const api = mockApi({ [GET]: { body: buildAttempt() }, [put('q-short')]: ack });
    const { user } = renderAttempt();

    const input = within(await screen.findByRole('group', { name: /^Вопрос 6 / })).getByRole('textbox');
    await user.type(input, 'Маслихат');
    expect(saves(api, 'q-short')).toHaveLength(0);

    await waitFor(() => expect(saves(api, 'q-short')).toHaveLength(1), { timeout: 2_000 });
    // One request for the whole word, carrying the revision of its last keystroke.
    expect(saves(api, 'q-short')[0]).toEqual({ answer: { type: 'short_answer', text: 'Маслихат' }, revision: 8 });

    await user.type(input, 'ы');
    await user.tab();
    await waitFor(() => expect(saves(api, 'q-short')).toHaveLength(2), { timeout: 400 });
    expect(saves(api, 'q-short')[1]).toEqual({ answer: { type: 'short_answer', text: 'Маслихаты' }, revision: 9 });
  });

  it('takes a number with a decimal comma, and saves nothing while it is not a number', async () => {
    const api = mockApi({ [GET]: { body: buildAttempt() }, [put('q-number')]: ack });
    const { user } = renderAttempt();

    const input = await screen.findByRole('textbox', { name: 'Ваш ответ, млн тенге' });
    await user.type(input, '12,5');
    await user.tab();
    await waitFor(() =>
      expect(saves(api, 'q-number')).toEqual([{ answer: { type: 'numeric', value: 12.5 }, revision: 4 }]),
    );

    await user.type(input, 'x');
    await user.tab();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(
      'Дробную часть отделяйте запятой или точкой, например 12,5. Введите число, например 12,5. Пока это значение не сохранено.',
    );
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(saves(api, 'q-number')).toHaveLength(1);
  });

  it('reorders a list from the keyboard, keeping focus on the moved item, and saves the order', async () => {
    const api = mockApi({ [GET]: { body: buildAttempt() }, [put('q-order')]: ack });
    const { user } = renderAttempt();

    const group = await screen.findByRole('group', { name: /^Вопрос 5 / });
    expect(within(group).getByRole('button', { name: 'Ответить в этом порядке' })).toBeInTheDocument();
    within(group).getByRole('button', { name: 'Переместить ниже: Утверждение' }).focus();
    await user.keyboard('{Enter}');

    await waitFor(() =>
      expect(saves(api, 'q-order')).toEqual([
        { answer: { type: 'ordering', order: ['i-plan', 'i-approve', 'i-report'] }, revision: 1 },
      ]),
    );
    expect(document.activeElement).toHaveAccessibleName('Переместить ниже: Утверждение');
    expect(within(group).getAllByRole('listitem')[1]).toContainElement(document.activeElement as HTMLElement);
    expect(within(group).getByText('«Утверждение» теперь на месте 2 из 3.')).toBeInTheDocument();
    // Reordering is an answer: no need to confirm the order any more.
    expect(within(group).queryByRole('button', { name: 'Ответить в этом порядке' })).toBeNull();

    // At the top, "up" stays focusable but does nothing.
    const top = within(group).getByRole('button', { name: 'Переместить выше: Планирование' });
    expect(top).toHaveAttribute('aria-disabled', 'true');
    await user.click(top);
    expect(saves(api, 'q-order')).toHaveLength(1);
  });

  it('accepts the order as first shown when the learner confirms it', async () => {
    const api = mockApi({ [GET]: { body: buildAttempt() }, [put('q-order')]: ack });
    const { user } = renderAttempt();

    await user.click(await screen.findByRole('button', { name: 'Ответить в этом порядке' }));
    await waitFor(() =>
      expect(saves(api, 'q-order')).toEqual([
        { answer: { type: 'ordering', order: ['i-approve', 'i-plan', 'i-report'] }, revision: 1 },
      ]),
    );
  });

  it('shows one question at a time with previous and next, and remembers the layout chosen', async () => {
    mockApi({ [GET]: { body: buildAttempt() }, [put('q-single')]: ack });
    const { user } = renderAttempt({ layout: 'one' });

    expect(await screen.findByText('Вопрос 1 из 8')).toBeInTheDocument();
    expect(screen.getAllByRole('group', { name: /^Вопрос \d/ })).toHaveLength(1);
    expect(screen.getByRole('button', { name: /Предыдущий вопрос/ })).toBeDisabled();

    await user.click(screen.getByRole('radio', { name: 'Аким района' }));
    await user.click(screen.getByRole('button', { name: /Следующий вопрос/ }));
    expect(screen.getByText('Вопрос 2 из 8')).toBeInTheDocument();
    expect(document.activeElement).toBe(question(2));

    const nav = screen.getByRole('navigation', { name: 'Вопросы теста' });
    expect(within(nav).getByRole('button', { name: 'Вопрос 1, есть ответ' })).toBeInTheDocument();
    expect(within(nav).getByRole('button', { name: 'Вопрос 2, без ответа' })).toHaveAttribute('aria-current', 'step');
    await user.click(within(nav).getByRole('button', { name: 'Вопрос 8, без ответа' }));
    expect(screen.getByText('Вопрос 8 из 8')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Следующий вопрос/ })).toBeDisabled();

    await user.click(screen.getByRole('radio', { name: 'Все на одной странице' }));
    expect(screen.getAllByRole('group', { name: /^Вопрос \d/ })).toHaveLength(8);
    expect(window.localStorage.getItem('bilikti.assessment.layout')).toBe('all');
  });

  it('opens at the first unanswered question when an attempt is resumed', async () => {
    const questions = buildQuestions().map((item, index) =>
      index < 2 ? { ...item, answer: { type: 'true_false' as const, value: true }, revision: 1 } : item,
    );
    mockApi({ [GET]: { body: buildAttempt({ questions }) } });
    renderAttempt({ layout: 'one' });

    expect(await screen.findByText('Вопрос 3 из 8')).toBeInTheDocument();
  });
});

describe('attempt page: answers kept on the device', () => {
  it('keeps an answer on the device when the connection drops, and sends it when back online', async () => {
    const api = mockApi({
      [GET]: { body: buildAttempt() },
      [put('q-single')]: () => {
        throw new TypeError('Failed to fetch');
      },
    });
    const { user } = renderAttempt();

    await user.click(await screen.findByRole('radio', { name: 'Аким района' }));

    expect(
      await screen.findByText('1 ответ сохранён на этом устройстве — отправим его, когда появится связь.'),
    ).toBeInTheDocument();
    expect(JSON.parse(window.localStorage.getItem(storageKey('q-single'))!)).toEqual({
      answer: { type: 'single_choice', optionId: 'o-akim' },
      revision: 1,
    });

    api.set(put('q-single'), ack);
    act(() => {
      window.dispatchEvent(new Event('online'));
    });

    expect(await screen.findByText('Все ответы сохранены')).toBeInTheDocument();
    expect(saves(api, 'q-single').at(-1)).toEqual({
      answer: { type: 'single_choice', optionId: 'o-akim' },
      revision: 1,
    });
    expect(window.localStorage.getItem(storageKey('q-single'))).toBeNull();
  });

  it('shows answers left on the device over the server’s after a reload, and sends them', async () => {
    const questions = buildQuestions();
    questions[0] = { ...questions[0]!, answer: { type: 'single_choice', optionId: 'o-maslikhat' }, revision: 1 };
    questions[2] = { ...questions[2]!, answer: { type: 'true_false', value: false }, revision: 2 };
    window.localStorage.setItem(
      storageKey('q-single'),
      JSON.stringify({ answer: { type: 'single_choice', optionId: 'o-akim' }, revision: 2 }),
    );
    // Older than what the server holds (sent from another tab): the server's answer stands.
    window.localStorage.setItem(
      storageKey('q-tf'),
      JSON.stringify({ answer: { type: 'true_false', value: true }, revision: 2 }),
    );
    // Another learner's answers on a shared phone are left alone.
    window.localStorage.setItem(
      'bilikti.attemptAnswer.u-other.a-1.q-single',
      JSON.stringify({ answer: { type: 'single_choice', optionId: 'o-maslikhat' }, revision: 9 }),
    );
    const api = mockApi({ [GET]: { body: buildAttempt({ questions }) }, [put('q-single')]: ack, [put('q-tf')]: ack });
    renderAttempt();

    expect(await screen.findByRole('radio', { name: 'Аким района' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Неверно' })).toBeChecked();
    await waitFor(() =>
      expect(saves(api, 'q-single')).toEqual([{ answer: { type: 'single_choice', optionId: 'o-akim' }, revision: 2 }]),
    );
    await waitFor(() => expect(window.localStorage.getItem(storageKey('q-single'))).toBeNull());
    expect(saves(api, 'q-tf')).toEqual([]);
    expect(window.localStorage.getItem(storageKey('q-tf'))).toBeNull();
    expect(window.localStorage.getItem('bilikti.attemptAnswer.u-other.a-1.q-single')).not.toBeNull();
  });

  it('accepts a server revision newer than the one sent as saved', async () => {
    const api = mockApi({
      [GET]: { body: buildAttempt() },
      [put('q-single')]: (call) => ({ body: { ...ack(call).body, revision: 7 } }),
    });
    const { user } = renderAttempt();

    await user.click(await screen.findByRole('radio', { name: 'Аким района' }));
    expect(await screen.findByText('Все ответы сохранены')).toBeInTheDocument();
    expect(saves(api, 'q-single')).toHaveLength(1);
    expect(window.localStorage.getItem(storageKey('q-single'))).toBeNull();
  });
});

describe('attempt page: the end of an attempt', () => {
  it.each([
    [ErrorCode.AttemptDeadlinePassed, 'Время вышло: ответы, данные после окончания времени, не сохранены.'],
    [ErrorCode.AttemptClosed, 'Эта попытка уже завершена, ответы больше не сохраняются.'],
  ])('stops editing on %s and shows the result of the closed attempt', async (code, message) => {
    const api = mockApi({ [GET]: { body: buildAttempt() } });
    api.set(put('q-single'), () => {
      api.set(GET, { body: closed({ closedBy: code === 'attempts.closed' ? 'submitted' : 'deadline' }) });
      return { status: 409, body: errorBody(code) };
    });
    const { user } = renderAttempt();

    await user.click(await screen.findByRole('radio', { name: 'Аким района' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Результат попытки 1' })).toBeInTheDocument();
    expect(screen.getByText(message)).toBeInTheDocument();
    expect(api.callsTo('GET', '/api/attempts/a-1')).toHaveLength(2);
    expect(window.localStorage.getItem(storageKey('q-single'))).toBeNull();
    expect(screen.queryByRole('radio')).toBeNull();
  });

  it('asks before submitting, says how many questions have no answer, and then shows the result', async () => {
    const api = mockApi({
      [GET]: { body: buildAttempt() },
      [put('q-single')]: ack,
      'POST /api/attempts/a-1/submit': { body: closed() },
    });
    const { user } = renderAttempt();

    await user.click(await screen.findByRole('button', { name: 'Завершить тест' }));
    let dialog = screen.getByRole('dialog', { name: 'Завершить тест?' });
    expect(dialog).toHaveTextContent('Без ответа осталось 8 вопросов.');
    expect(dialog).toHaveTextContent('После завершения изменить ответы будет нельзя.');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Вернуться к тесту' }));
    await user.click(within(dialog).getByRole('button', { name: 'Вернуться к тесту' }));
    expect(screen.queryByRole('dialog')).toBeNull();

    await user.click(screen.getByRole('radio', { name: 'Аким района' }));
    await user.click(screen.getByRole('button', { name: 'Завершить тест' }));
    dialog = screen.getByRole('dialog', { name: 'Завершить тест?' });
    expect(dialog).toHaveTextContent('Без ответа осталось 7 вопросов.');
    await user.click(within(dialog).getByRole('button', { name: 'Да, завершить' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Результат попытки 1' })).toBeInTheDocument();
    expect(api.callsTo('POST', '/api/attempts/a-1/submit')).toHaveLength(1);
    // The answer went out before the submit.
    const order = api.calls.filter((call) => call.method !== 'GET').map((call) => call.method);
    expect(order).toEqual(['PUT', 'POST']);
  });

  it('sends answers kept on the device before submitting, and does not submit while they cannot be sent', async () => {
    const failing = () => {
      throw new TypeError('Failed to fetch');
    };
    const api = mockApi({
      [GET]: { body: buildAttempt() },
      [put('q-single')]: failing,
      'POST /api/attempts/a-1/submit': { body: closed() },
    });
    const { user } = renderAttempt();

    await user.click(await screen.findByRole('radio', { name: 'Аким района' }));
    await screen.findByText(/сохранён на этом устройстве/);
    await user.click(screen.getByRole('button', { name: 'Завершить тест' }));
    const dialog = screen.getByRole('dialog', { name: 'Завершить тест?' });
    expect(dialog).toHaveTextContent('1 ответ пока есть только на этом устройстве. Сначала попробуем его отправить.');

    await user.click(within(dialog).getByRole('button', { name: 'Да, завершить' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Не удалось отправить 1 ответ. Проверьте связь и попробуйте ещё раз, иначе он не будет засчитан.',
    );
    expect(api.callsTo('POST', '/api/attempts/a-1/submit')).toHaveLength(0);

    api.set(put('q-single'), ack);
    await user.click(within(dialog).getByRole('button', { name: 'Да, завершить' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Результат попытки 1' })).toBeInTheDocument();
    expect(api.callsTo('POST', '/api/attempts/a-1/submit')).toHaveLength(1);
  });

  it('says why a submit failed and lets the learner try again', async () => {
    const api = mockApi({
      [GET]: { body: buildAttempt() },
      'POST /api/attempts/a-1/submit': { status: 503, body: errorBody('server.unavailable') },
    });
    const { user } = renderAttempt();

    await user.click(await screen.findByRole('button', { name: 'Завершить тест' }));
    const dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Да, завершить' }));
    expect(await within(dialog).findByRole('alert')).not.toBeEmptyDOMElement();

    api.set('POST /api/attempts/a-1/submit', { body: closed() });
    await user.click(within(dialog).getByRole('button', { name: 'Да, завершить' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Результат попытки 1' })).toBeInTheDocument();
  });
});

describe('attempt page: the countdown', () => {
  it('counts down by the server’s clock, not the device’s', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const device = new Date('2026-03-02T10:00:00Z');
    vi.setSystemTime(device);
    // The server's clock is ten minutes ahead of the phone's; 30 minutes are left by the server.
    const serverNow = new Date(device.getTime() + 10 * 60_000);
    mockApi({ [GET]: { body: buildAttempt({}, serverNow) } });
    renderAttempt();

    const timer = await screen.findByRole('timer', { name: 'Осталось времени' });
    expect(timer).toHaveTextContent('30:00');
    expect(timer).not.toHaveAttribute('aria-live');

    act(() => {
      vi.setSystemTime(device.getTime() + 65_000);
    });
    await waitFor(() => expect(timer).toHaveTextContent('28:55'));
  });

  it('has no timer when the attempt has no deadline', async () => {
    mockApi({ [GET]: { body: buildAttempt({ deadlineAt: null }) } });
    renderAttempt();

    expect(await screen.findByRole('radio', { name: 'Аким района' })).toBeInTheDocument();
    expect(screen.queryByRole('timer')).toBeNull();
  });

  it('tells screen readers when 5 minutes and 1 minute are left, and nothing in between', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const start = new Date('2026-03-02T10:00:00Z').getTime();
    vi.setSystemTime(start);
    const attempt = buildAttempt({ deadlineAt: new Date(start + 5 * 60_000 + 2_000).toISOString() }, new Date(start));
    mockApi({ [GET]: { body: attempt } });
    renderAttempt();

    const timer = await screen.findByRole('timer');
    expect(timer).toHaveTextContent('05:02');
    const live = document.querySelector('.attempt-timer [aria-live="polite"]')!;
    expect(live).toHaveTextContent('');

    act(() => {
      vi.setSystemTime(start + 3_000);
    });
    await waitFor(() => expect(timer).toHaveTextContent('04:59'));
    await waitFor(() => expect(live).toHaveTextContent('До конца попытки осталось 5 минут.'));

    act(() => {
      vi.setSystemTime(start + 3 * 60_000);
    });
    await waitFor(() => expect(timer).toHaveTextContent('02:02'));
    expect(live).toHaveTextContent('До конца попытки осталось 5 минут.');

    act(() => {
      vi.setSystemTime(start + 4 * 60_000 + 3_000);
    });
    await waitFor(() => expect(timer).toHaveTextContent('00:59'));
    await waitFor(() => expect(live).toHaveTextContent('До конца попытки осталась 1 минута. Ответы сохраняются сами.'));
  });

  it('at zero, locks the answers, sends what waits and fetches the attempt the server closed', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const start = new Date('2026-03-02T10:00:00Z').getTime();
    vi.setSystemTime(start);
    const open = buildAttempt({ deadlineAt: new Date(start + 10_000).toISOString() }, new Date(start));
    let reads = 0;
    const api = mockApi({
      // The server's clock is a moment behind: it closes the attempt on the third read.
      [GET]: () => {
        reads += 1;
        return { body: reads < 3 ? open : closed({ closedBy: 'deadline' }) };
      },
      [put('q-short')]: ack,
    });
    const { user } = renderAttempt();

    const input = within(await screen.findByRole('group', { name: /^Вопрос 6 / })).getByRole('textbox');
    await user.type(input, 'Маслихат');
    act(() => {
      vi.setSystemTime(start + 11_000);
    });

    expect(await screen.findByRole('alert')).toHaveTextContent('Время вышло. Отправляем ответы и получаем результат…');
    expect(screen.getByRole('radio', { name: 'Аким района' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Завершить тест' })).toBeDisabled();
    // The typed answer did not wait for its pause.
    await waitFor(() => expect(saves(api, 'q-short')).toHaveLength(1));

    expect(
      await screen.findByText(
        'Попытка закрылась сама, когда вышло время. Засчитаны ответы, сохранённые до этого момента.',
        undefined,
        { timeout: 5_000 },
      ),
    ).toBeInTheDocument();
    expect(reads).toBe(3);
  });
});

describe('attempt page: loading', () => {
  it('says when the attempt cannot be loaded, and tries again', async () => {
    const api = mockApi({ [GET]: { status: 404, body: errorBody('resource.notFound') } });
    const { user } = renderAttempt();

    const alert = await screen.findByRole('alert');
    api.set(GET, { body: buildAttempt() });
    await user.click(within(alert).getByRole('button'));
    expect(await screen.findByRole('radio', { name: 'Аким района' })).toBeInTheDocument();
  });
});
