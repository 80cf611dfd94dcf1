import type { CourseDraftResponse, ParityGap } from '@bilikti/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { errorBody, mockApi } from '../../../test/mock-api';
import { renderStudioPage } from '../../../test/render-studio-page';
import { buildDraft, buildLesson, buildModule, buildVersion } from '../test/studio-fixtures';
import { CourseEditorPage } from './course-editor-page';

const routes = { '/studio/courses/:courseId': <CourseEditorPage /> };
const url = '/studio/courses/c-1';

const gaps: ParityGap[] = [
  { entity: 'course', id: 'c-1', field: 'summary', locale: 'ru', reason: 'missing' },
  { entity: 'module', id: 'm-2', field: 'title', locale: 'kk', reason: 'missing' },
  { entity: 'module', id: 'm-2', field: 'lessons', locale: null, reason: 'empty' },
  { entity: 'lesson', id: 'l-2', field: 'title', locale: 'ru', reason: 'missing' },
  { entity: 'lesson', id: 'l-2', field: 'media', locale: 'ru', reason: 'missing' },
  { entity: 'lesson', id: 'l-1', field: 'body', locale: 'kk', reason: 'needsReview' },
];

function draftWithGaps(): CourseDraftResponse {
  return buildDraft({
    summary: { kk: 'Ауыл әкімдеріне арналған курс.', ru: '' },
    modules: [
      buildModule({
        lessons: [
          buildLesson({ needsReview: { kk: true, ru: false } }),
          buildLesson({ id: 'l-2', position: 1, type: 'video', title: { kk: 'Бейне сабақ', ru: '' }, version: 1 }),
        ],
      }),
      buildModule({ id: 'm-2', position: 1, title: { kk: '', ru: 'Отчёт' }, lessons: [], version: 2 }),
    ],
    parity: { complete: false, total: 11, filled: { kk: 9, ru: 7 }, gaps },
  });
}

describe('course editor page', () => {
  it('shows the parity meter and names each missing item per language, with links to fix it', async () => {
    mockApi({ 'GET /api/courses/c-1': { body: draftWithGaps() } });
    const { user } = renderStudioPage(url, routes);

    const meter = await screen.findByRole('region', { name: 'Тілдер бойынша толықтығы' });
    expect(within(meter).getByText('Жариялау үшін тағы 6 нәрсені толтыру керек.')).toBeInTheDocument();
    expect(within(meter).getByLabelText('Қазақша: 9 / 11')).toHaveAttribute('value', '9');
    expect(within(meter).getByLabelText('Орысша: 7 / 11')).toHaveAttribute('value', '7');

    const kk = within(meter).getByRole('region', { name: 'Қазақ тілінде жетіспейді (2)' });
    // The module has no Kazakh title yet, so it is named in Russian (and marked so).
    const moduleTitle = within(kk).getByRole('link', { name: '«Отчёт» модулінің атауы' });
    expect(within(moduleTitle).getByText('Отчёт')).toHaveAttribute('lang', 'ru');
    expect(
      within(kk).getByRole('link', { name: '«Бюджет деген не» сабағының аудармасын тексеру керек' }),
    ).toHaveAttribute('href', '/studio/courses/c-1/lessons/l-1');

    const ru = within(meter).getByRole('region', { name: 'Орыс тілінде жетіспейді (3)' });
    expect(within(ru).getByRole('link', { name: '«Бейне сабақ» сабағының атауы' })).toHaveAttribute(
      'href',
      '/studio/courses/c-1/lessons/l-2',
    );
    expect(
      within(ru).getByRole('link', { name: '«Бейне сабақ» сабағының файлы немесе сілтемесі' }),
    ).toBeInTheDocument();
    const both = within(meter).getByRole('region', { name: 'Екі тілде де жетіспейді (1)' });
    expect(within(both).getByRole('link', { name: '«Отчёт» модулінде сабақ жоқ' })).toBeInTheDocument();

    await user.click(within(ru).getByRole('link', { name: 'Курстың қысқаша сипаттамасы' }));
    await waitFor(() => expect(screen.getByLabelText('Қысқаша сипаттама (орысша)')).toHaveFocus());
  });

  it('edits kk and ru side by side and saves with the version', async () => {
    const api = mockApi({
      'GET /api/courses/c-1': { body: buildDraft() },
      'PATCH /api/courses/c-1': ({ body }) => ({
        body: buildDraft({ ...(body as Partial<CourseDraftResponse>), version: 6 }),
      }),
    });
    const { user } = renderStudioPage(url, routes);

    const summaryRu = await screen.findByLabelText('Қысқаша сипаттама (орысша)');
    expect(summaryRu).toHaveAttribute('lang', 'ru');
    expect(screen.getByLabelText('Қысқаша сипаттама (қазақша)')).toHaveAttribute('lang', 'kk');
    await user.clear(summaryRu);
    await user.type(summaryRu, 'Курс для акимов сельских округов.');
    await user.click(screen.getByLabelText('Құқықтық сауаттылық'));
    const selfEnrolment = screen.getByRole('checkbox', { name: 'Тыңдаушылар курсқа өздері жазыла алады' });
    expect(selfEnrolment).toBeChecked();
    await user.click(selfEnrolment);
    await user.click(screen.getByRole('button', { name: 'Сақтау' }));

    expect(await screen.findByText('Өзгерістер сақталды.')).toBeInTheDocument();
    expect(api.callsTo('PATCH', '/api/courses/c-1')[0]?.body).toEqual({
      version: 5,
      code: 'AKIM-101',
      title: { kk: 'Ауыл бюджеті', ru: 'Бюджет села' },
      summary: { kk: 'Ауыл әкімдеріне арналған курс.', ru: 'Курс для акимов сельских округов.' },
      audience: 'rural_akims',
      academicHours: 12,
      topics: ['local_budget', 'legal_literacy'],
      coverMediaId: null,
      selfEnrolment: false,
    });

    // The next save sends the version the server gave back.
    await user.type(screen.getByLabelText('Атауы (орысша)'), '!');
    await user.click(screen.getByRole('button', { name: 'Сақтау' }));
    await waitFor(() => expect(api.callsTo('PATCH', '/api/courses/c-1')[1]?.body).toMatchObject({ version: 6 }));
  });

  it('keeps the typed text on a stale version and loads the other version only when asked', async () => {
    let server = buildDraft();
    const api = mockApi({
      'GET /api/courses/c-1': () => ({ body: server }),
      'PATCH /api/courses/c-1': {
        status: 409,
        body: errorBody('resource.staleVersion', { params: { currentVersion: 6 } }),
      },
    });
    const { user } = renderStudioPage(url, routes);

    const titleKk = await screen.findByLabelText('Атауы (қазақша)');
    await user.clear(titleKk);
    await user.type(titleKk, 'Ауыл бюджетін жоспарлау');
    server = buildDraft({ title: { kk: 'Ауыл бюджеті (жаңартылған)', ru: 'Бюджет села' }, version: 6 });
    await user.click(screen.getByRole('button', { name: 'Сақтау' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Сіз өңдеп жатқанда бұл жазбаны басқа біреу сақтап қойды.');
    expect(titleKk).toHaveValue('Ауыл бюджетін жоспарлау');
    expect(api.callsTo('PATCH', '/api/courses/c-1')[0]?.body).toMatchObject({ version: 5 });

    await user.click(within(alert).getByRole('button', { name: 'Соңғы нұсқаны жүктеу' }));

    await waitFor(() => expect(screen.getByLabelText('Атауы (қазақша)')).toHaveValue('Ауыл бюджеті (жаңартылған)'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByText('Соңғы сақталған нұсқа жүктелді.')).toBeInTheDocument();
  });

  it('shows the gaps of a refused publication in each language, in the dialog', async () => {
    const api = mockApi({
      'GET /api/courses/c-1': { body: draftWithGaps() },
      'POST /api/courses/c-1/publish': {
        status: 422,
        body: errorBody('courses.incomplete', { gaps: gaps.slice(0, 2) }),
      },
    });
    const { user } = renderStudioPage(url, routes);

    await user.click(await screen.findByRole('button', { name: 'Жариялау' }));
    const dialog = screen.getByRole('dialog', { name: 'Курсты жариялау' });
    await user.type(within(dialog).getByLabelText('Не өзгерді (қазақша)'), 'Бірінші басылым');
    await user.type(within(dialog).getByLabelText('Не өзгерді (орысша)'), 'Первое издание');
    await user.click(within(dialog).getByRole('button', { name: 'Жариялау' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Курс әлі екі тілде де толық емес.');
    const kk = within(dialog).getByRole('region', { name: 'Қазақ тілінде жетіспейді (1)' });
    expect(within(kk).getByRole('link', { name: '«Отчёт» модулінің атауы' })).toBeInTheDocument();
    const ru = within(dialog).getByRole('region', { name: 'Орыс тілінде жетіспейді (1)' });
    expect(within(ru).getByRole('link', { name: 'Курстың қысқаша сипаттамасы' })).toBeInTheDocument();
    expect(api.callsTo('POST', '/api/courses/c-1/publish')[0]?.body).toEqual({
      changeNote: { kk: 'Бірінші басылым', ru: 'Первое издание' },
    });
  });

  it('asks for the change note in each language, marked with its language, before sending anything', async () => {
    const api = mockApi({
      'GET /api/courses/c-1': { body: buildDraft() },
      'POST /api/courses/c-1/publish': { status: 201, body: buildVersion({ id: 'v-3', number: 3 }) },
    });
    const { user } = renderStudioPage(url, routes);

    await user.click(await screen.findByRole('button', { name: 'Жариялау' }));
    const dialog = screen.getByRole('dialog', { name: 'Курсты жариялау' });
    const kk = within(dialog).getByLabelText('Не өзгерді (қазақша)');
    const ru = within(dialog).getByLabelText('Не өзгерді (орысша)');
    expect(kk).toHaveFocus();
    expect(kk).toHaveAttribute('lang', 'kk');
    expect(ru).toHaveAttribute('lang', 'ru');

    // Only the Kazakh note (the Russian one is blank): the Russian field says so and takes the focus.
    await user.type(kk, 'Жаңа модуль қосылды.');
    await user.type(ru, '   ');
    await user.click(within(dialog).getByRole('button', { name: 'Жариялау' }));
    expect(ru).toHaveAccessibleDescription(expect.stringContaining('Бұл өрісті толтыру міндетті.'));
    expect(ru).toHaveAttribute('aria-invalid', 'true');
    expect(ru).toHaveFocus();
    expect(kk).not.toHaveAccessibleDescription(expect.stringContaining('Бұл өрісті толтыру міндетті.'));
    expect(api.callsTo('POST', '/api/courses/c-1/publish')).toHaveLength(0);

    // Only the Russian note: now the Kazakh field is the one missing.
    await user.clear(kk);
    await user.type(ru, 'Добавлен новый модуль.');
    await user.click(within(dialog).getByRole('button', { name: 'Жариялау' }));
    expect(kk).toHaveAccessibleDescription(expect.stringContaining('Бұл өрісті толтыру міндетті.'));
    expect(kk).toHaveFocus();
    expect(ru).not.toHaveAttribute('aria-invalid', 'true');
    expect(api.callsTo('POST', '/api/courses/c-1/publish')).toHaveLength(0);

    await user.type(kk, '  Жаңа модуль қосылды.  ');
    await user.click(within(dialog).getByRole('button', { name: 'Жариялау' }));
    expect(await within(dialog).findByText('3-нұсқа жарияланды.')).toBeInTheDocument();
    expect(api.callsTo('POST', '/api/courses/c-1/publish')[0]?.body).toEqual({
      changeNote: { kk: 'Жаңа модуль қосылды.', ru: 'Добавлен новый модуль.' },
    });
  });

  it("shows the API's refusal of one language's change note under that field", async () => {
    mockApi({
      'GET /api/courses/c-1': { body: buildDraft() },
      'POST /api/courses/c-1/publish': {
        status: 422,
        body: errorBody('validation.failed', {
          fields: { 'changeNote.ru': { code: 'tooLong', params: { max: 1000 } } },
        }),
      },
    });
    const { user } = renderStudioPage(url, routes, { locale: 'ru' });

    await user.click(await screen.findByRole('button', { name: 'Опубликовать' }));
    const dialog = screen.getByRole('dialog', { name: 'Публикация курса' });
    await user.type(within(dialog).getByLabelText('Что изменилось (на казахском)'), 'Жаңа модуль');
    await user.type(within(dialog).getByLabelText('Что изменилось (на русском)'), 'Новый модуль');
    await user.click(within(dialog).getByRole('button', { name: 'Опубликовать' }));

    const ru = within(dialog).getByLabelText('Что изменилось (на русском)');
    await waitFor(() => expect(ru).toHaveAttribute('aria-invalid', 'true'));
    expect(ru).toHaveAccessibleDescription(expect.stringContaining('Не более 1000 символов.'));
    expect(within(dialog).getByLabelText('Что изменилось (на казахском)')).not.toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('publishes and tells the new version number', async () => {
    const api = mockApi({
      'GET /api/courses/c-1': { body: buildDraft({ publishedVersion: buildVersion() }) },
      'POST /api/courses/c-1/publish': { status: 201, body: buildVersion({ id: 'v-3', number: 3 }) },
    });
    const { user } = renderStudioPage(url, routes, { locale: 'ru' });

    await user.click(await screen.findByRole('button', { name: 'Опубликовать' }));
    const dialog = screen.getByRole('dialog', { name: 'Публикация курса' });
    expect(within(dialog).getByText('Сейчас слушатели видят версию 2. Новая версия заменит её.')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Что изменилось (на казахском)')).toHaveFocus();
    await user.type(within(dialog).getByLabelText('Что изменилось (на казахском)'), 'Сатып алу туралы модуль қосылды.');
    await user.type(within(dialog).getByLabelText('Что изменилось (на русском)'), 'Добавлен модуль о закупках.');
    await user.click(within(dialog).getByRole('button', { name: 'Опубликовать' }));

    expect(await within(dialog).findByText('Опубликована версия 3.')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Закрыть' })).toHaveFocus();
    expect(api.callsTo('POST', '/api/courses/c-1/publish')[0]?.body).toEqual({
      changeNote: { kk: 'Сатып алу туралы модуль қосылды.', ru: 'Добавлен модуль о закупках.' },
    });
    await user.click(within(dialog).getByRole('button', { name: 'Закрыть' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Опубликовать' })).toHaveFocus();
  });

  it('adds a co-author by email and removes one', async () => {
    const coauthor = {
      id: 'u-co',
      fullName: 'Дамир Сейітов',
      email: 'damir@example.kz',
      role: 'coauthor' as const,
      addedAt: '2026-02-02T08:00:00.000Z',
    };
    const owner = buildDraft().authors[0]!;
    let authors = [owner];
    const api = mockApi({
      'GET /api/courses/c-1': () => ({ body: buildDraft({ authors }) }),
      'POST /api/courses/c-1/authors': () => ({ body: (authors = [owner, coauthor]) }),
      'DELETE /api/courses/c-1/authors/u-co': () => ({ body: (authors = [owner]) }),
    });
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    const { user } = renderStudioPage(url, routes);

    const panel = await screen.findByRole('region', { name: 'Авторлар' });
    await user.type(within(panel).getByLabelText('Оқытушының электрондық поштасы'), 'damir@example.kz');
    await user.click(within(panel).getByRole('button', { name: 'Тең автор қосу' }));

    expect(await within(panel).findByText('damir@example.kz тең автор ретінде қосылды.')).toBeInTheDocument();
    expect(api.callsTo('POST', '/api/courses/c-1/authors')[0]?.body).toEqual({ email: 'damir@example.kz' });
    expect(within(panel).queryByRole('button', { name: 'Авторды алып тастау: Сәуле Омарова' })).not.toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'Авторды алып тастау: Дамир Сейітов' }));
    expect(await within(panel).findByText('Дамир Сейітов авторлар тізімінен алынды.')).toBeInTheDocument();
    expect(within(panel).queryByText('damir@example.kz')).not.toBeInTheDocument();
  });
});
