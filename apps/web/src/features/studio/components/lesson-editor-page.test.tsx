import type { LessonResponse, UpdateLessonRequest } from '@bilikti/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { errorBody, mockApi } from '../../../test/mock-api';
import { renderStudioPage } from '../../../test/render-studio-page';
import { buildDraft, buildLesson } from '../test/studio-fixtures';
import { LessonEditorPage } from './lesson-editor-page';

// TipTap needs layout APIs jsdom lacks; a textarea with the same props stands in for it here
// (the editor itself has its own light test).
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

function patchLesson(lesson: () => LessonResponse, update: (next: LessonResponse) => void) {
  return ({ body }: { body: unknown }) => {
    const request = body as UpdateLessonRequest;
    const current = lesson();
    const next: LessonResponse = {
      ...current,
      title: request.title ?? current.title,
      content: {
        kk: { ...current.content.kk, ...request.content?.kk },
        ru: { ...current.content.ru, ...request.content?.ru },
      },
      needsReview: {
        kk: request.confirmReview?.includes('kk') ? false : current.needsReview.kk,
        ru: request.confirmReview?.includes('ru') ? false : current.needsReview.ru,
      },
      version: current.version + 1,
    };
    update(next);
    return { body: next };
  };
}

describe('lesson editor page', () => {
  it('saves with the version and sends only the content that changed', async () => {
    let lesson = buildLesson();
    const api = mockApi({
      'GET /api/lessons/l-1': () => ({ body: lesson }),
      'GET /api/courses/c-1': { body: buildDraft() },
      'PATCH /api/lessons/l-1': patchLesson(
        () => lesson,
        (next) => (lesson = next),
      ),
    });
    const { user } = renderStudioPage(url, routes);

    const ruBody = await screen.findByLabelText('Сабақ мәтіні (орысша)');
    expect(ruBody).toHaveAttribute('lang', 'ru');
    // Results belong to assessment lessons only.
    expect(screen.queryByRole('link', { name: 'Тест нәтижелері' })).toBeNull();
    expect(screen.getByLabelText('Сабақ мәтіні (қазақша)')).toHaveAttribute('lang', 'kk');
    expect(screen.getByRole('link', { name: '← «Ауыл бюджеті» курсына оралу' })).toHaveAttribute(
      'href',
      '/studio/courses/c-1',
    );
    await user.clear(ruBody);
    await user.type(ruBody, '<p>Бюджет села — это план доходов и расходов.</p>');
    expect(screen.getByText('Сақталмаған өзгерістер бар')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Сақтау' }));

    expect(await screen.findByText('Өзгерістер сақталды.')).toBeInTheDocument();
    expect(api.callsTo('PATCH', '/api/lessons/l-1')[0]?.body).toEqual({
      version: 3,
      content: { ru: { body: '<p>Бюджет села — это план доходов и расходов.</p>' } },
    });
    expect(screen.queryByText('Сақталмаған өзгерістер бар')).not.toBeInTheDocument();

    await user.type(screen.getByLabelText('Сабақ атауы (қазақша)'), '?');
    await user.clear(screen.getByLabelText('Ұзақтығы, минут'));
    await user.type(screen.getByLabelText('Ұзақтығы, минут'), '20');
    await user.click(screen.getByRole('button', { name: 'Сақтау' }));
    await waitFor(() =>
      expect(api.callsTo('PATCH', '/api/lessons/l-1')[1]?.body).toEqual({
        version: 4,
        title: { kk: 'Бюджет деген не?', ru: 'Что такое бюджет' },
        durationMinutes: 20,
      }),
    );
  });

  it('confirms a translation flagged for review', async () => {
    let lesson = buildLesson({ needsReview: { kk: false, ru: true } });
    const api = mockApi({
      'GET /api/lessons/l-1': () => ({ body: lesson }),
      'GET /api/courses/c-1': { body: buildDraft() },
      'PATCH /api/lessons/l-1': patchLesson(
        () => lesson,
        (next) => (lesson = next),
      ),
    });
    const { user } = renderStudioPage(url, routes, { locale: 'ru' });

    const ru = await screen.findByRole('region', { name: 'Содержание на русском' });
    expect(within(ru).getByRole('note')).toHaveTextContent('После публикации изменилось содержание на казахском.');
    expect(within(screen.getByRole('region', { name: 'Содержание на казахском' })).queryByRole('note')).toBeNull();
    await user.click(within(ru).getByRole('button', { name: 'Подтвердить, что русский перевод актуален' }));

    expect(await screen.findByText('Актуальность русского перевода подтверждена.')).toBeInTheDocument();
    expect(api.callsTo('PATCH', '/api/lessons/l-1')[0]?.body).toEqual({ version: 3, confirmReview: ['ru'] });
    expect(within(ru).queryByRole('note')).not.toBeInTheDocument();
    expect(within(ru).getByRole('heading', { name: 'Содержание на русском' })).toHaveFocus();
  });

  it('keeps the typed text when someone else saved first, and reloads on request', async () => {
    let lesson = buildLesson();
    const api = mockApi({
      'GET /api/lessons/l-1': () => ({ body: lesson }),
      'GET /api/courses/c-1': { body: buildDraft() },
      'PATCH /api/lessons/l-1': {
        status: 409,
        body: errorBody('resource.staleVersion', { params: { currentVersion: 4 } }),
      },
    });
    const { user } = renderStudioPage(url, routes);

    const kkBody = await screen.findByLabelText('Сабақ мәтіні (қазақша)');
    await user.type(kkBody, '<p>Менің ұзақ мәтінім.</p>');
    lesson = buildLesson({
      content: { ...lesson.content, kk: { ...lesson.content.kk, body: '<p>Басқа автор.</p>' } },
      version: 4,
    });
    await user.click(screen.getByRole('button', { name: 'Сақтау' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('мәтініңіз жоғалған жоқ');
    expect(kkBody).toHaveValue('<p>Бюджет — жоспар.</p><p>Менің ұзақ мәтінім.</p>');
    expect(api.callsTo('PATCH', '/api/lessons/l-1')[0]?.body).toMatchObject({ version: 3 });

    await user.click(within(alert).getByRole('button', { name: 'Соңғы нұсқаны жүктеу' }));
    await waitFor(() => expect(screen.getByLabelText('Сабақ мәтіні (қазақша)')).toHaveValue('<p>Басқа автор.</p>'));
  });

  it('takes a video as an external https link, refusing other addresses', async () => {
    const lesson = buildLesson({
      type: 'video',
      content: {
        kk: { body: '', mediaId: null, externalUrl: null },
        ru: { body: '', mediaId: null, externalUrl: null },
      },
    });
    const api = mockApi({
      'GET /api/lessons/l-1': { body: lesson },
      'GET /api/courses/c-1': { body: buildDraft() },
      'GET /api/media/limits': { body: { image: 1, video: 500 * 1024 * 1024, pdf: 1 } },
      'PATCH /api/lessons/l-1': { body: { ...lesson, version: 4 } },
    });
    const { user } = renderStudioPage(url, routes);

    expect(await screen.findByLabelText('Бейне файлы (қазақша)')).toHaveAttribute('accept', 'video/mp4,video/webm');
    const source = screen.getByRole('group', { name: 'Бейне көзі (орысша нұсқа)' });
    await user.click(within(source).getByLabelText('Сыртқы сілтеме'));
    const link = screen.getByLabelText('Бейне сілтемесі (орысша)');
    await user.type(link, 'http://video.example.kz/1');
    await user.click(screen.getByRole('button', { name: 'Сақтау' }));

    expect(link).toHaveAttribute('aria-invalid', 'true');
    expect(link).toHaveFocus();
    expect(api.callsTo('PATCH', '/api/lessons/l-1')).toHaveLength(0);

    await user.clear(link);
    await user.type(link, 'https://video.example.kz/1');
    await user.click(screen.getByRole('button', { name: 'Сақтау' }));
    await waitFor(() =>
      expect(api.callsTo('PATCH', '/api/lessons/l-1')[0]?.body).toEqual({
        version: 3,
        content: { ru: { externalUrl: 'https://video.example.kz/1' } },
      }),
    );
  });
});
