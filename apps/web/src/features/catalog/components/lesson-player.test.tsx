import type { LessonProgressResponse } from '@bilikti/contracts';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { reportProgress } from '../../../lib/offline/progress-queue';
import { CurrentUserContext } from '../../../lib/session';
import { buildUser } from '../../../test/fixtures';
import { mockApi } from '../../../test/mock-api';
import { renderPage } from '../../../test/render-page';
import {
  buildCourse,
  buildEnrolledCourse,
  buildEnrolment,
  buildLesson,
  buildProgress,
  lessonProgress,
  pdfFile,
  videoFile,
} from '../test/catalog-fixtures';
import { LessonPage, type QuizPanelProps } from './lesson-page';

const offline = vi.hoisted(() => ({ listeners: new Set<(progress: LessonProgressResponse) => void>() }));

vi.mock('../../../lib/offline/progress-queue', () => ({
  reportProgress: vi.fn(() => Promise.resolve()),
  useSyncStatus: () => ({ state: 'synced', pending: 0 }),
  onProgressApplied: (listener: (progress: LessonProgressResponse) => void) => {
    offline.listeners.add(listener);
    return () => offline.listeners.delete(listener);
  },
}));
vi.mock('../../../lib/offline/sync-indicator', () => ({ SyncIndicator: () => <p>sync-indicator</p> }));

/** What the offline queue does with each server answer. */
function serverApplied(progress: LessonProgressResponse) {
  act(() => offline.listeners.forEach((listener) => listener(progress)));
}

const routes = {
  '/courses/:courseId/lessons/:lessonId': (
    <CurrentUserContext.Provider value={buildUser()}>
      <LessonPage />
    </CurrentUserContext.Provider>
  ),
};

const uploadedVideo = buildLesson({
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

const linkedVideo = buildLesson({
  ...uploadedVideo,
  content: {
    kk: { body: '', mediaId: null, externalUrl: 'https://www.youtube.com/watch?v=budget' },
    ru: { body: '', mediaId: null, externalUrl: 'https://www.youtube.com/watch?v=budget' },
  },
  media: [],
});

const pdfLesson = buildLesson({
  id: 'l-code',
  moduleId: 'mod-2',
  type: 'document',
  title: { kk: 'Бюджет кодексі', ru: 'Бюджетный кодекс' },
  content: {
    kk: { body: '', mediaId: 'm-pdf', externalUrl: null },
    ru: { body: '', mediaId: 'm-pdf', externalUrl: null },
  },
  media: [pdfFile],
});

/** The first lesson not started yet, the rest as in the fixture. */
const freshEnrolment = () =>
  buildEnrolment({
    lessons: [
      lessonProgress('l-intro'),
      lessonProgress('l-video', { status: 'in_progress', positionSeconds: 640 }),
      lessonProgress('l-code'),
      lessonProgress('l-test'),
    ],
  });

function enrolledApi(lessonId: string, lesson = buildLesson(), enrolment = freshEnrolment()) {
  return mockApi({
    'GET /api/courses/c-budget': { body: buildEnrolledCourse() },
    'GET /api/enrolments/e-budget': { body: enrolment },
    [`GET /api/lessons/${lessonId}`]: { body: lesson },
  });
}

const reports = () => vi.mocked(reportProgress).mock.calls;

beforeEach(() => {
  vi.mocked(reportProgress).mockClear();
  offline.listeners.clear();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('lesson player', () => {
  it('gives an enrolled learner the quiz of an assessment lesson, and no "Mark as done"', async () => {
    const quizPanel = vi.fn(({ lessonId, enrolled }: QuizPanelProps) => (
      <p>{`quiz ${lessonId}: ${String(enrolled)}`}</p>
    ));
    enrolledApi(
      'l-test',
      buildLesson({
        id: 'l-test',
        moduleId: 'mod-2',
        type: 'assessment',
        title: { kk: 'Қорытынды тест', ru: 'Итоговый тест' },
        content: {
          kk: { body: '<p>Тест 20 минутқа созылады.</p>', mediaId: null, externalUrl: null },
          ru: { body: '<p>Тест длится 20 минут.</p>', mediaId: null, externalUrl: null },
        },
      }),
    );
    renderPage('/courses/c-budget/lessons/l-test', {
      '/courses/:courseId/lessons/:lessonId': (
        <CurrentUserContext.Provider value={buildUser()}>
          <LessonPage quizPanel={quizPanel} />
        </CurrentUserContext.Provider>
      ),
    });

    expect(await screen.findByText('quiz l-test: true')).toBeInTheDocument();
    expect(screen.getByText('Тест 20 минутқа созылады.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Аяқталды деп белгілеу' })).toBeNull();
    // Never told "not enrolled" while the course was still loading.
    expect(quizPanel.mock.calls.map(([props]) => props.enrolled)).not.toContain(false);
  });

  it('reports the lesson opened once, and marks a text lesson done when the learner says so', async () => {
    enrolledApi('l-intro');
    const { user } = renderPage('/courses/c-budget/lessons/l-intro', routes);

    const markDone = await screen.findByRole('button', { name: 'Аяқталды деп белгілеу' });
    await waitFor(() => expect(markDone).toBeEnabled());
    expect(reports()).toEqual([['l-intro', { opened: true }]]);
    expect(screen.getByText('sync-indicator')).toBeInTheDocument();

    await user.click(markDone);

    expect(reports()).toEqual([
      ['l-intro', { opened: true }],
      ['l-intro', { markedDone: true }],
    ]);
    expect(screen.getByText('Сабақ аяқталды деп белгіленді.').closest('p')).toHaveFocus();
  });

  it('keeps "Mark as done" disabled until the opened report is saved', async () => {
    let saved: () => void = () => undefined;
    vi.mocked(reportProgress).mockImplementationOnce(() => new Promise<void>((resolve) => (saved = resolve)));
    enrolledApi('l-intro');
    renderPage('/courses/c-budget/lessons/l-intro', routes);

    const markDone = await screen.findByRole('button', { name: 'Аяқталды деп белгілеу' });
    expect(markDone).toBeDisabled();
    act(() => saved());
    await waitFor(() => expect(markDone).toBeEnabled());
  });

  it('shows each lesson’s status in the outline and updates it from the server’s answer', async () => {
    enrolledApi('l-intro');
    renderPage('/courses/c-budget/lessons/l-intro', routes);

    const outline = await screen.findByRole('navigation', { name: 'Курс мазмұны' });
    await within(outline).findByRole('link', { name: 'Кіріспе Басталмаған' });
    const statusOf = (title: string) => within(outline).getByRole('link', { name: new RegExp(`^${title}`) });
    expect(statusOf('Кіріспе')).toHaveAttribute('aria-current', 'page');
    expect(statusOf('Бюджет циклі')).toHaveTextContent('Оқылуда');
    expect(statusOf('Бюджет циклі')).toHaveAttribute('href', '/courses/c-budget/lessons/l-video');
    expect(statusOf('Бюджет кодексі')).toHaveTextContent('Басталмаған');
    expect(within(outline).getByRole('button', { name: /Курс мазмұны/ })).toHaveAttribute('aria-expanded', 'false');
    expect(within(outline).getAllByText('Аяқталды: 0 / 4')).not.toHaveLength(0);

    serverApplied(buildProgress({ lessonId: 'l-intro', status: 'completed', coursePercent: 25 }));

    await waitFor(() => expect(statusOf('Кіріспе')).toHaveTextContent('Аяқталды'));
    expect(within(outline).getAllByText('Аяқталды: 1 / 4')).not.toHaveLength(0);
    expect(screen.getByText('Бұл сабақ аяқталды.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Аяқталды деп белгілеу' })).toBeNull();
  });

  it('opens and folds the outline on a phone', async () => {
    enrolledApi('l-intro');
    const { user } = renderPage('/courses/c-budget/lessons/l-intro', routes, { locale: 'ru' });

    const toggle = await screen.findByRole('button', { name: /Содержание курса/ });
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const outline = screen.getByRole('navigation', { name: 'Содержание курса' });
    expect(await within(outline).findByRole('link', { name: 'Бюджетный цикл В процессе' })).toBeInTheDocument();

    await user.click(within(outline).getByRole('link', { name: 'Бюджетный цикл В процессе' }));
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });

  it('reports time on the page every 30 seconds while visible, and on leaving', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    enrolledApi('l-intro');
    const { unmount } = renderPage('/courses/c-budget/lessons/l-intro', routes);
    await waitFor(() => expect(reports()).toEqual([['l-intro', { opened: true }]]));

    act(() => {
      vi.advanceTimersByTime(30_000);
    });
    expect(reports().at(-1)).toEqual(['l-intro', { timeSpentSeconds: 30 }]);

    // Hidden time does not count.
    act(() => {
      vi.advanceTimersByTime(4_000);
    });
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    fireEvent(document, new Event('visibilitychange'));
    expect(reports().at(-1)).toEqual(['l-intro', { timeSpentSeconds: 4 }]);
    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(reports()).toHaveLength(3);

    visibility.mockReturnValue('visible');
    fireEvent(document, new Event('visibilitychange'));
    act(() => {
      vi.advanceTimersByTime(7_000);
    });
    unmount();
    expect(reports().at(-1)).toEqual(['l-intro', { timeSpentSeconds: 7 }]);
  });

  it('resumes an uploaded video where the learner stopped and reports what was watched', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    enrolledApi('l-video', uploadedVideo);
    const { container } = renderPage('/courses/c-budget/lessons/l-video', routes);

    expect(await screen.findByText('Бейненің кемінде 90%-ын көргенде сабақ аяқталады.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Аяқталды деп белгілеу' })).toBeNull();
    await screen.findByRole('link', { name: 'Бюджет циклі Оқылуда' });
    const video = container.querySelector('video')!;
    let paused = true;
    Object.defineProperty(video, 'paused', { configurable: true, get: () => paused });
    Object.defineProperty(video, 'duration', { configurable: true, value: 1260 });

    fireEvent(video, new Event('loadedmetadata'));
    expect(video.currentTime).toBe(640);

    // Plays 15 s: one stretch is reported, the next one begins.
    const started = new Date(Date.now()).toISOString();
    paused = false;
    fireEvent.play(video);
    video.currentTime = 655;
    act(() => {
      vi.advanceTimersByTime(15_000);
    });
    expect(reports().at(-1)).toEqual([
      'l-video',
      { positionSeconds: 655, durationSeconds: 1260, watched: { from: 640, to: 655, startedAt: started } },
    ]);

    // 4 more seconds, then the learner jumps ahead: the stretch ends where playback was.
    const resumed = new Date(Date.now()).toISOString();
    act(() => {
      vi.advanceTimersByTime(4_000);
    });
    video.currentTime = 659;
    fireEvent.timeUpdate(video);
    video.currentTime = 900;
    fireEvent.seeking(video);
    expect(reports().at(-1)).toEqual([
      'l-video',
      { positionSeconds: 659, durationSeconds: 1260, watched: { from: 655, to: 659, startedAt: resumed } },
    ]);

    // From the new place until the pause.
    const afterSeek = new Date(Date.now()).toISOString();
    act(() => {
      vi.advanceTimersByTime(10_000);
    });
    video.currentTime = 910;
    paused = true;
    fireEvent.pause(video);
    expect(reports().at(-1)).toEqual([
      'l-video',
      { positionSeconds: 910, durationSeconds: 1260, watched: { from: 900, to: 910, startedAt: afterSeek } },
    ]);
    expect(reports().filter(([, report]) => report.watched)).toHaveLength(3);
  });

  it('offers "Mark as done" for a video that is only a link to another site', async () => {
    enrolledApi('l-video', linkedVideo);
    const { user } = renderPage('/courses/c-budget/lessons/l-video', routes, { locale: 'ru' });

    const markDone = await screen.findByRole('button', { name: 'Отметить как пройденный' });
    await waitFor(() => expect(markDone).toBeEnabled());
    await user.click(markDone);
    expect(reports().at(-1)).toEqual(['l-video', { markedDone: true }]);
    expect(screen.getByText('Урок отмечен как пройденный.')).toBeInTheDocument();
  });

  it('shows a PDF inside the page on a wide screen, with the links always there', async () => {
    vi.stubGlobal(
      'matchMedia',
      vi.fn((query: string) => ({
        matches: query === '(min-width: 48rem)',
        addEventListener: vi.fn(),
        removeEventListener: vi.fn(),
      })),
    );
    enrolledApi('l-code', pdfLesson);
    renderPage('/courses/c-budget/lessons/l-code', routes, { locale: 'ru' });

    expect(await screen.findByTitle('PDF-документ: kodeks.pdf')).toHaveAttribute('src', '/api/media/m-pdf');
    expect(screen.getByRole('link', { name: 'Открыть PDF (откроется в новой вкладке)' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Скачать (380 КБ)' })).toBeInTheDocument();
    expect(screen.getByText('Урок засчитывается, когда документ открыт.')).toBeInTheDocument();
    await waitFor(() => expect(reports()).toEqual([['l-code', { opened: true }]]));
  });

  it('shows only the links for a PDF on a phone', async () => {
    enrolledApi('l-code', pdfLesson);
    renderPage('/courses/c-budget/lessons/l-code', routes);

    expect(await screen.findByRole('link', { name: 'Жүктеп алу (380 КБ)' })).toBeInTheDocument();
    expect(document.querySelector('iframe')).toBeNull();
  });

  it('lets anyone read the lesson without an enrolment, reports nothing, and offers to enrol', async () => {
    const api = mockApi({
      'GET /api/courses/c-budget': { body: buildCourse() },
      'GET /api/lessons/l-intro': { body: buildLesson() },
      'POST /api/courses/c-budget/enrolments': { status: 201, body: freshEnrolment() },
      'GET /api/enrolments/e-budget': { body: freshEnrolment() },
    });
    const { user } = renderPage('/courses/c-budget/lessons/l-intro', routes);

    expect(await screen.findByRole('heading', { level: 1, name: 'Кіріспе' })).toBeInTheDocument();
    const prompt = await screen.findByRole('complementary', { name: 'Сіздің оқуыңыз' });
    expect(prompt).toHaveTextContent('Бұл — алдын ала қарау. Үлгеріміңіз сақталуы үшін курсқа жазылыңыз.');
    expect(screen.queryByRole('button', { name: 'Аяқталды деп белгілеу' })).toBeNull();
    expect(screen.queryByText('sync-indicator')).toBeNull();
    expect(reports()).toEqual([]);

    await user.click(within(prompt).getByRole('button', { name: 'Курсқа жазылу' }));

    expect(await screen.findByRole('button', { name: 'Аяқталды деп белгілеу' })).toBeInTheDocument();
    expect(api.callsTo('POST', '/api/courses/c-budget/enrolments')).toHaveLength(1);
    expect(screen.queryByRole('complementary', { name: 'Сіздің оқуыңыз' })).toBeNull();
    await waitFor(() => expect(reports()).toEqual([['l-intro', { opened: true }]]));
  });

  it('says when a course is assigned by a coordinator, without an enrol button', async () => {
    mockApi({
      'GET /api/courses/c-budget': { body: buildCourse({ selfEnrolment: false }) },
      'GET /api/lessons/l-intro': { body: buildLesson() },
    });
    renderPage('/courses/c-budget/lessons/l-intro', routes, { locale: 'ru' });

    const prompt = await screen.findByRole('complementary', { name: 'Ваше обучение' });
    expect(prompt).toHaveTextContent('Этот курс назначает координатор');
    expect(within(prompt).queryByRole('button')).toBeNull();
  });
});
