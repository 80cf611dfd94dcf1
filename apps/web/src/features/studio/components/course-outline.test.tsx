import type { CourseDraftResponse, LessonResponse, ModuleResponse } from '@bilikti/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { mockApi } from '../../../test/mock-api';
import { renderStudioPage } from '../../../test/render-studio-page';
import { buildDraft, buildLesson, buildModule } from '../test/studio-fixtures';
import { CourseEditorPage } from './course-editor-page';

const routes = { '/studio/courses/:courseId': <CourseEditorPage /> };
const url = '/studio/courses/c-1';

function twoModules(): CourseDraftResponse {
  return buildDraft({
    modules: [
      buildModule({
        lessons: [
          buildLesson(),
          buildLesson({ id: 'l-2', position: 1, title: { kk: 'Бюджет кірістері', ru: 'Доходы бюджета' }, version: 4 }),
        ],
      }),
      buildModule({
        id: 'm-2',
        position: 1,
        title: { kk: 'Сатып алу', ru: 'Закупки' },
        version: 7,
        lessons: [buildLesson({ id: 'l-3', moduleId: 'm-2', title: { kk: 'Конкурс', ru: 'Конкурс' }, version: 2 })],
      }),
    ],
  });
}

const moduleTitles = () =>
  screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent?.replace(/^\d+\.\s*/, ''));

/** jsdom lays nothing out: give each sortable row a place (50 px per row) so keyboard moves have targets. */
function layOutRows() {
  return vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    const row = this.closest('li');
    const index = row?.parentElement ? [...row.parentElement.children].indexOf(row) : 0;
    const top = index * 50;
    return { x: 0, y: top, top, left: 0, width: 300, height: 40, right: 300, bottom: top + 40, toJSON: () => ({}) };
  });
}

describe('course outline', () => {
  beforeEach(() => {
    vi.spyOn(window, 'confirm').mockReturnValue(true);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('moves a module down with its button: PATCH with the new position, focus stays on the moved module', async () => {
    let server = twoModules();
    const api = mockApi({
      'GET /api/courses/c-1': () => ({ body: server }),
      'PATCH /api/modules/m-1': ({ body }) => {
        const [first, second] = server.modules as [ModuleResponse, ModuleResponse];
        server = {
          ...server,
          modules: [
            { ...second, position: 0 },
            { ...first, position: 1, version: 2 },
          ],
        };
        return { body: { ...first, ...(body as object), version: 2 } };
      },
    });
    const { user } = renderStudioPage(url, routes);

    const down = await screen.findByRole('button', { name: '«Жергілікті бюджет» модулін төмен жылжыту' });
    await user.click(down);

    await waitFor(() => expect(moduleTitles()).toEqual(['Сатып алу', 'Жергілікті бюджет']));
    expect(api.callsTo('PATCH', '/api/modules/m-1')[0]?.body).toEqual({ version: 1, position: 1 });
    // Now last, its "down" button is disabled, so "up" takes the focus.
    await waitFor(() =>
      expect(screen.getByRole('button', { name: '«Жергілікті бюджет» модулін жоғары жылжыту' })).toHaveFocus(),
    );
    expect(await screen.findByText('«Жергілікті бюджет» модулі жылжытылды, орны: 2 / 2.')).toBeInTheDocument();
  });

  it('moves the last lesson of a module down into the next module', async () => {
    const api = mockApi({
      'GET /api/courses/c-1': { body: twoModules() },
      'PATCH /api/lessons/l-2': ({ body }) => ({
        body: buildLesson({ id: 'l-2', ...(body as Partial<LessonResponse>) }),
      }),
    });
    const { user } = renderStudioPage(url, routes);

    await user.click(await screen.findByRole('button', { name: '«Бюджет кірістері» сабағын төмен жылжыту' }));

    await waitFor(() =>
      expect(api.callsTo('PATCH', '/api/lessons/l-2')[0]?.body).toEqual({ version: 4, position: 0, moduleId: 'm-2' }),
    );
  });

  it('reorders lessons with the keyboard (Space, arrow, Space) and announces it', async () => {
    layOutRows();
    const api = mockApi({
      'GET /api/courses/c-1': { body: twoModules() },
      'PATCH /api/lessons/l-1': ({ body }) => ({ body: buildLesson({ ...(body as Partial<LessonResponse>) }) }),
    });
    const { user } = renderStudioPage(url, routes);

    const handle = await screen.findByRole('button', { name: '«Бюджет деген не» сабағын жылжыту' });
    expect(handle).toHaveAttribute('aria-roledescription', 'жылжытылатын элемент');
    handle.focus();
    await user.keyboard('[Space]');
    expect(await screen.findByText('«Бюджет деген не» сабағы алынды, орны: 1 / 2.')).toBeInTheDocument();
    await user.keyboard('[ArrowDown]');
    expect(await screen.findByText('«Бюджет деген не» сабағы: 2 / 2 орын.')).toBeInTheDocument();
    await user.keyboard('[Space]');

    await waitFor(() => expect(api.callsTo('PATCH', '/api/lessons/l-1')[0]?.body).toEqual({ version: 3, position: 1 }));
    expect(await screen.findByText('«Бюджет деген не» сабағы қойылды, орны: 2 / 2.')).toBeInTheDocument();
    // The row moved in the DOM; the handle gets the focus back there.
    await waitFor(() =>
      expect(screen.getByRole('button', { name: '«Бюджет деген не» сабағын жылжыту' })).toHaveFocus(),
    );
  });

  it('adds a module and a lesson, and deletes a lesson after confirming', async () => {
    let server = buildDraft({ modules: [buildModule({ lessons: [] })] });
    const api = mockApi({
      'GET /api/courses/c-1': () => ({ body: server }),
      'POST /api/courses/c-1/modules': ({ body }) => {
        const module = buildModule({ id: 'm-9', position: 1, lessons: [], ...(body as object) });
        server = { ...server, modules: [...server.modules, module] };
        return { status: 201, body: module };
      },
      'POST /api/modules/m-9/lessons': ({ body }) => {
        const lesson = buildLesson({ id: 'l-9', moduleId: 'm-9', position: 0, ...(body as object) });
        server = {
          ...server,
          modules: server.modules.map((module) => (module.id === 'm-9' ? { ...module, lessons: [lesson] } : module)),
        };
        return { status: 201, body: lesson };
      },
      'DELETE /api/lessons/l-9': () => {
        server = { ...server, modules: server.modules.map((module) => ({ ...module, lessons: [] })) };
        return { status: 204 };
      },
    });
    const { user } = renderStudioPage(url, routes, { locale: 'ru' });

    const outline = await screen.findByRole('region', { name: 'Модули и уроки' });
    await user.click(within(outline).getByText('Добавить модуль', { selector: 'summary' }));
    await user.type(within(outline).getByLabelText('Название модуля (на русском)'), 'Закупки');
    await user.click(within(outline).getByRole('button', { name: 'Добавить модуль' }));

    const heading = await within(outline).findByRole('heading', { name: /Закупки/ });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(api.callsTo('POST', '/api/courses/c-1/modules')[0]?.body).toEqual({ title: { kk: '', ru: 'Закупки' } });

    const module = heading.closest('li')!;
    await user.click(within(module).getByText('Добавить урок', { selector: 'summary' }));
    await user.selectOptions(within(module).getByLabelText('Тип урока'), 'video');
    await user.type(within(module).getByLabelText('Название урока (на казахском)'), 'Конкурс өткізу');
    await user.click(within(module).getByRole('button', { name: 'Добавить урок' }));

    const link = await within(module).findByRole('link', { name: 'Конкурс өткізу' });
    expect(link).toHaveAttribute('href', '/studio/courses/c-1/lessons/l-9');
    expect(link).toHaveAttribute('lang', 'kk');
    await waitFor(() => expect(link).toHaveFocus());
    expect(api.callsTo('POST', '/api/modules/m-9/lessons')[0]?.body).toEqual({
      type: 'video',
      title: { kk: 'Конкурс өткізу', ru: '' },
    });

    await user.click(within(module).getByRole('button', { name: 'Удалить урок «Конкурс өткізу»' }));
    expect(window.confirm).toHaveBeenCalledWith('Удалить урок «Конкурс өткізу» без возможности восстановления?');
    expect(await screen.findByText('Урок «Конкурс өткізу» удалён.')).toBeInTheDocument();
    expect(api.callsTo('DELETE', '/api/lessons/l-9')).toHaveLength(1);
  });
});
