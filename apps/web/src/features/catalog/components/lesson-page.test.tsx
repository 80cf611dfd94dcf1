import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { errorBody, mockApi } from '../../../test/mock-api';
import { renderPage } from '../../../test/render-page';
import { buildCourse, buildLesson, pdfFile, videoFile } from '../test/catalog-fixtures';
import { LessonPage, type QuizPanelProps } from './lesson-page';

/** Stands in for the assessment feature's panel, which the app's routes pass in. */
function QuizPanelStub({ lessonId, enrolled, search }: QuizPanelProps) {
  return <p>{`quiz ${lessonId}, enrolled: ${String(enrolled)}, ${search}`}</p>;
}

const routes = { '/courses/:courseId/lessons/:lessonId': <LessonPage quizPanel={QuizPanelStub} /> };

const videoLesson = buildLesson({
  id: 'l-video',
  type: 'video',
  title: { kk: 'Бюджет циклі', ru: 'Бюджетный цикл' },
  content: {
    kk: { body: '<p>Бюджет жылы қалай өтеді.</p>', mediaId: 'm-video', externalUrl: null },
    ru: { body: '<p>Как проходит бюджетный год.</p>', mediaId: 'm-video', externalUrl: null },
  },
  media: [videoFile],
  durationMinutes: 21,
});

const documentLesson = buildLesson({
  id: 'l-code',
  moduleId: 'mod-2',
  type: 'document',
  title: { kk: 'Бюджет кодексі', ru: 'Бюджетный кодекс' },
  content: {
    kk: { body: '<p>Негізгі баптар.</p>', mediaId: 'm-pdf', externalUrl: null },
    ru: { body: '<p>Основные статьи.</p>', mediaId: 'm-pdf', externalUrl: null },
  },
  media: [pdfFile],
  durationMinutes: null,
});

describe('lesson page', () => {
  it('shows a text lesson as sanitized HTML, with a way back and to the next lesson', async () => {
    mockApi({
      'GET /api/courses/c-budget': { body: buildCourse() },
      'GET /api/lessons/l-intro': {
        body: buildLesson({
          content: {
            kk: {
              body: '<p>Бюджет — <strong>ауданның</strong> қаржы жоспары.</p><script>window.bad = 1</script><img src=x onerror="window.bad = 2">',
              mediaId: null,
              externalUrl: null,
            },
            ru: { body: '<p>—</p>', mediaId: null, externalUrl: null },
          },
        }),
      },
    });
    const { container } = renderPage('/courses/c-budget/lessons/l-intro', routes);

    expect(await screen.findByRole('heading', { level: 1, name: 'Кіріспе' })).toBeInTheDocument();
    expect(document.title).toBe('Кіріспе — Білікті');
    expect(screen.getByText('ауданның', { selector: 'strong' })).toBeInTheDocument();
    expect(container.querySelector('script, img')).toBeNull();
    expect(screen.getByRole('link', { name: 'Курсқа оралу' })).toHaveAttribute('href', '/courses/c-budget');

    const nav = await screen.findByRole('navigation', { name: 'Сабақтар бойынша өту' });
    expect(within(nav).getByText('4 сабақтың 1-сабағы')).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: /Алдыңғы сабақ/ })).toBeNull();
    expect(within(nav).getByRole('link', { name: 'Келесі сабақ Бюджет циклі' })).toHaveAttribute(
      'href',
      '/courses/c-budget/lessons/l-video',
    );
    expect(screen.getByText('1-модуль:', { exact: false })).toHaveTextContent('1-модуль: Бюджет деген не');
  });

  it('moves to the next lesson and plays its uploaded video', async () => {
    mockApi({
      'GET /api/courses/c-budget': { body: buildCourse() },
      'GET /api/lessons/l-intro': { body: buildLesson() },
      'GET /api/lessons/l-video': { body: videoLesson },
    });
    const { user, container, location } = renderPage('/courses/c-budget/lessons/l-intro', routes);

    await user.click(await screen.findByRole('link', { name: 'Келесі сабақ Бюджет циклі' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Бюджет циклі' })).toBeInTheDocument();
    expect(location()).toBe('/courses/c-budget/lessons/l-video');
    const source = container.querySelector('video[preload="metadata"] source');
    expect(source).toHaveAttribute('src', '/api/media/m-video');
    expect(source).toHaveAttribute('type', 'video/webm');
    expect(screen.getByRole('link', { name: 'Бейнені жүктеп алу (8,5 МБ)' })).toBeInTheDocument();
    expect(screen.getByRole('article')).toHaveTextContent('21 минут');
    const nav = screen.getByRole('navigation', { name: 'Сабақтар бойынша өту' });
    expect(within(nav).getByRole('link', { name: 'Алдыңғы сабақ Кіріспе' })).toHaveAttribute(
      'href',
      '/courses/c-budget/lessons/l-intro',
    );
  });

  it('offers a PDF lesson in Russian with open and download links', async () => {
    mockApi({
      'GET /api/courses/c-budget': { body: buildCourse() },
      'GET /api/lessons/l-code': { body: documentLesson },
    });
    renderPage('/courses/c-budget/lessons/l-code', routes, { locale: 'ru' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Бюджетный кодекс' })).toBeInTheDocument();
    expect(screen.getByText('Основные статьи.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Открыть PDF (откроется в новой вкладке)' })).toHaveAttribute(
      'href',
      '/api/media/m-pdf',
    );
    expect(screen.getByRole('link', { name: 'Скачать (380 КБ)' })).toHaveAttribute('download', 'kodeks.pdf');
    const nav = await screen.findByRole('navigation', { name: 'Переход между уроками' });
    expect(within(nav).getByText('Урок 3 из 4')).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Следующий урок Итоговый тест' })).toBeInTheDocument();
  });

  it('keeps the chosen content language in its links and says when the course ends', async () => {
    mockApi({
      'GET /api/courses/c-budget': { body: buildCourse() },
      'GET /api/lessons/l-test': {
        body: buildLesson({
          id: 'l-test',
          moduleId: 'mod-2',
          type: 'assessment',
          title: { kk: 'Қорытынды тест', ru: 'Итоговый тест' },
          content: {
            kk: { body: '', mediaId: null, externalUrl: null },
            ru: { body: '', mediaId: null, externalUrl: null },
          },
        }),
      },
    });
    renderPage('/courses/c-budget/lessons/l-test?lang=ru', routes);

    expect(await screen.findByRole('heading', { level: 1, name: 'Итоговый тест' })).toHaveAttribute('lang', 'ru');
    // Not enrolled: the quiz panel is told so, and gets the content language to carry into an attempt.
    expect(await screen.findByText('quiz l-test, enrolled: false, ?lang=ru')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Курсқа оралу' })).toHaveAttribute('href', '/courses/c-budget?lang=ru');
    const nav = await screen.findByRole('navigation', { name: 'Сабақтар бойынша өту' });
    expect(within(nav).getByRole('link', { name: 'Алдыңғы сабақ Бюджетный кодекс' })).toHaveAttribute(
      'href',
      '/courses/c-budget/lessons/l-code?lang=ru',
    );
    expect(within(nav).getByText('Бұл — курстың соңғы сабағы.', { exact: false })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Курс бағдарламасына оралу' })).toHaveAttribute(
      'href',
      '/courses/c-budget?lang=ru',
    );
  });

  it('explains a lesson that cannot be shown and still leads back to the course', async () => {
    mockApi({
      'GET /api/courses/c-budget': { body: buildCourse() },
      'GET /api/lessons/l-gone': { status: 404, body: errorBody('resource.notFound') },
    });
    renderPage('/courses/c-budget/lessons/l-gone', routes, { locale: 'ru' });

    expect(await screen.findByRole('alert')).toHaveTextContent('Запись не найдена или у вас нет к ней доступа.');
    expect(screen.getByRole('heading', { level: 1, name: 'Урок' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Урок — Bilikti'));
    expect(screen.getByRole('link', { name: 'Вернуться к курсу' })).toHaveAttribute('href', '/courses/c-budget');
  });
});
