import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { CurrentUserContext } from '../../../lib/session';
import { buildAdmin, buildUser } from '../../../test/fixtures';
import { errorBody, mockApi } from '../../../test/mock-api';
import { renderPage } from '../../../test/render-page';
import { buildCourse, buildEnrolledCourse, buildEnrolment } from '../test/catalog-fixtures';
import { CoursePage } from './course-page';

const routes = { '/courses/:courseId': <CoursePage /> };

const learnerRoutes = {
  '/courses/:courseId': (
    <CurrentUserContext.Provider value={buildUser()}>
      <CoursePage />
    </CurrentUserContext.Provider>
  ),
};

describe('course page', () => {
  it('shows the course and its syllabus with links to each lesson', async () => {
    mockApi({ 'GET /api/courses/c-budget': { body: buildCourse() } });
    renderPage('/courses/c-budget', routes);

    expect(await screen.findByRole('heading', { level: 1, name: 'Жергілікті бюджет негіздері' })).not.toHaveAttribute(
      'lang',
    );
    expect(document.title).toBe('Жергілікті бюджет негіздері — Білікті');
    expect(screen.getByText('Аудандық бюджет қалай құрылады және депутат оны қалай бақылайды.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Каталогқа оралу' })).toHaveAttribute('href', '/courses');
    expect(document.querySelector('.course-hero img')).toHaveAttribute('src', '/api/media/m-cover');

    const details = screen.getByRole('region', { name: 'Курс туралы' });
    const value = (term: string) => within(details).getByText(term).nextElementSibling?.textContent;
    expect(value('Оқыту ұйымы')).toBe('Мемлекеттік басқару академиясы');
    expect(value('Авторлары')).toBe('Асан Төлеуов, Мария Ким');
    expect(value('Кімге арналған')).toBe('Депутаттар мен ауыл әкімдері');
    expect(value('Көлемі')).toBe('24 академиялық сағат');
    expect(value('Нұсқасы')).toBe('№ 3, 05.01.2026 жарияланған');
    expect(within(details).getByText('Жергілікті бюджет', { selector: 'li' })).toBeInTheDocument();

    const syllabus = screen.getByRole('region', { name: 'Курс бағдарламасы' });
    expect(within(syllabus).getByText('2 модуль, 4 сабақ')).toBeInTheDocument();
    expect(within(syllabus).getByRole('link', { name: 'Бірінші сабақтан бастау' })).toHaveAttribute(
      'href',
      '/courses/c-budget/lessons/l-intro',
    );
    expect(
      within(syllabus)
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent),
    ).toEqual(['1-модуль Бюджет деген не', '2-модуль Бақылау']);
    expect(within(syllabus).getByRole('link', { name: 'Бюджет циклі' })).toHaveAttribute(
      'href',
      '/courses/c-budget/lessons/l-video',
    );
    const lessonRow = (name: string) => within(syllabus).getByRole('link', { name }).closest('li')!;
    expect(lessonRow('Бюджет циклі')).toHaveTextContent('Бейне21 минут');
    expect(lessonRow('Бюджет кодексі')).toHaveTextContent(/Құжат$/);
    expect(lessonRow('Қорытынды тест')).toHaveTextContent('Білімді тексеру5 минут');
  });

  it('lets a learner read the content in the other language, carried to the lesson links', async () => {
    mockApi({ 'GET /api/courses/c-budget': { body: buildCourse() } });
    const { user, location } = renderPage('/courses/c-budget', routes);

    expect(await screen.findByText('Курс материалдары қазақ тілінде көрсетілген.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Орыс тілінде оқу' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Основы местного бюджета' })).toHaveAttribute(
      'lang',
      'ru',
    );
    expect(location()).toBe('/courses/c-budget?lang=ru');
    expect(screen.getByText('Курс материалдары орыс тілінде көрсетілген.')).toBeInTheDocument();
    // The interface itself stays in Kazakh.
    expect(screen.getByRole('heading', { level: 2, name: 'Курс бағдарламасы' })).toBeInTheDocument();
    const lesson = screen.getByRole('link', { name: 'Бюджетный цикл' });
    expect(lesson).toHaveAttribute('href', '/courses/c-budget/lessons/l-video?lang=ru');
    expect(lesson).toHaveAttribute('lang', 'ru');

    await user.click(screen.getByRole('button', { name: 'Қазақ тілінде оқу' }));
    await waitFor(() => expect(location()).toBe('/courses/c-budget'));
    expect(screen.getByRole('link', { name: 'Бюджет циклі' })).toHaveAttribute(
      'href',
      '/courses/c-budget/lessons/l-video',
    );
  });

  it('renders in Russian with Russian plurals', async () => {
    mockApi({
      'GET /api/courses/c-budget': {
        body: buildCourse({ academicHours: 21, authors: [], languages: ['ru'] }),
      },
    });
    renderPage('/courses/c-budget', routes, { locale: 'ru' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Основы местного бюджета' })).toBeInTheDocument();
    expect(screen.getByText('21 академический час')).toBeInTheDocument();
    expect(screen.getByText('2 модуля, 4 урока')).toBeInTheDocument();
    expect(screen.getByText('№ 3, опубликована 05.01.2026')).toBeInTheDocument();
    expect(screen.getByText('Модуль 1')).toBeInTheDocument();
    expect(screen.queryByText('Авторы')).toBeNull();
    // Complete in Russian only: nothing to switch to.
    expect(screen.getByText('Материалы курса показаны на русском языке.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Читать на казахском' })).toBeNull();
  });

  it('says so when the course is not in the catalog', async () => {
    mockApi({ 'GET /api/courses/c-gone': { status: 404, body: errorBody('resource.notFound') } });
    renderPage('/courses/c-gone', routes);

    expect(await screen.findByRole('alert')).toHaveTextContent('Жазба табылмады немесе оны көруге құқығыңыз жоқ.');
    expect(screen.getByRole('heading', { level: 1, name: 'Курс' })).toBeInTheDocument();
  });
});

describe('course page: enrolment', () => {
  it('enrols the learner and opens the first lesson', async () => {
    const api = mockApi({
      'GET /api/courses/c-budget': { body: buildCourse() },
      'POST /api/courses/c-budget/enrolments': {
        status: 201,
        body: buildEnrolment({ percent: 0, completedLessons: 0, continueLessonId: 'l-intro', lessons: [] }),
      },
    });
    const { user, location } = renderPage('/courses/c-budget?lang=ru', learnerRoutes);

    const panel = await screen.findByRole('region', { name: 'Сіздің оқуыңыз' });
    expect(panel).toHaveTextContent('Жазылсаңыз, әр сабақ бойынша үлгеріміңіз сақталады.');
    await user.click(within(panel).getByRole('button', { name: 'Курсқа жазылу' }));

    await waitFor(() => expect(location()).toBe('/courses/c-budget/lessons/l-intro?lang=ru'));
    expect(api.callsTo('POST', '/api/courses/c-budget/enrolments')).toHaveLength(1);
  });

  it('explains that the course is assigned by a coordinator when the server refuses self-enrolment', async () => {
    mockApi({
      'GET /api/courses/c-budget': { body: buildCourse() },
      'POST /api/courses/c-budget/enrolments': { status: 409, body: errorBody('enrolments.closed') },
    });
    const { user, location } = renderPage('/courses/c-budget', learnerRoutes, { locale: 'ru' });

    await user.click(await screen.findByRole('button', { name: 'Записаться на курс' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'На этот курс нельзя записаться самостоятельно: его назначает координатор.',
    );
    expect(location()).toBe('/courses/c-budget');
  });

  it('offers no enrol button for a course a coordinator assigns, and nothing to non-learners', async () => {
    mockApi({ 'GET /api/courses/c-budget': { body: buildCourse({ selfEnrolment: false }) } });
    const { unmount } = renderPage('/courses/c-budget', learnerRoutes, { locale: 'ru' });

    const panel = await screen.findByRole('region', { name: 'Ваше обучение' });
    expect(panel).toHaveTextContent('Этот курс назначает координатор. Читать материалы можно уже сейчас.');
    expect(within(panel).queryByRole('button')).toBeNull();
    // Reading stays open to everyone.
    expect(screen.getByRole('link', { name: 'Начать с первого урока' })).toBeInTheDocument();
    unmount();

    renderPage('/courses/c-budget', {
      '/courses/:courseId': (
        <CurrentUserContext.Provider value={buildAdmin()}>
          <CoursePage />
        </CurrentUserContext.Provider>
      ),
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Жергілікті бюджет негіздері' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Сіздің оқуыңыз' })).toBeNull();
  });

  it('shows an enrolled learner their progress, where to continue, and each lesson’s status', async () => {
    mockApi({
      'GET /api/courses/c-budget': { body: buildEnrolledCourse() },
      'GET /api/enrolments/e-budget': { body: buildEnrolment() },
    });
    renderPage('/courses/c-budget', learnerRoutes);

    const panel = await screen.findByRole('region', { name: 'Сіздің оқуыңыз' });
    expect(within(panel).getByRole('progressbar', { name: 'Курс бойынша үлгерім' })).toHaveAttribute('value', '25');
    expect(panel).toHaveTextContent('25% аяқталды');
    expect(await within(panel).findByRole('link', { name: 'Жалғастыру' })).toHaveAttribute(
      'href',
      '/courses/c-budget/lessons/l-video',
    );
    expect(panel).toHaveTextContent('Аяқталған сабақтар: 1 / 4');
    expect(within(panel).queryByRole('button', { name: 'Курсқа жазылу' })).toBeNull();

    const syllabus = screen.getByRole('region', { name: 'Курс бағдарламасы' });
    expect(within(syllabus).queryByRole('link', { name: 'Бірінші сабақтан бастау' })).toBeNull();
    const row = (name: string) => within(syllabus).getByRole('link', { name }).closest('li')!;
    expect(row('Кіріспе')).toHaveTextContent('Аяқталды');
    expect(row('Бюджет циклі')).toHaveTextContent('Оқылуда');
    expect(row('Бюджет кодексі')).toHaveTextContent('Басталмаған');
  });

  it('withdraws after the learner confirms, and offers to enrol again', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    const api = mockApi({
      'GET /api/courses/c-budget': { body: buildEnrolledCourse() },
      'GET /api/enrolments/e-budget': { body: buildEnrolment() },
      'DELETE /api/enrolments/e-budget': { status: 204 },
    });
    const { user } = renderPage('/courses/c-budget', learnerRoutes, { locale: 'ru' });

    const withdraw = await screen.findByRole('button', { name: 'Выйти из курса' });
    await user.click(withdraw);
    expect(confirm).toHaveBeenCalledWith('Выйти из курса? Прогресс сохранится, и вы сможете записаться снова.');
    expect(api.callsTo('DELETE', '/api/enrolments/e-budget')).toHaveLength(0);

    await user.click(withdraw);

    expect(await screen.findByText('Вы вышли из курса.')).toBeInTheDocument();
    expect(api.callsTo('DELETE', '/api/enrolments/e-budget')).toHaveLength(1);
    const panel = screen.getByRole('region', { name: 'Ваше обучение' });
    expect(panel).toHaveTextContent(
      'Вы выходили из этого курса. Если записаться снова, прежний прогресс восстановится.',
    );
    expect(within(panel).getByRole('button', { name: 'Записаться на курс' })).toBeInTheDocument();
    expect(within(panel).queryByRole('progressbar')).toBeNull();
  });

  it('does not offer to leave a course a coordinator assigned, and marks a completed one', async () => {
    mockApi({
      'GET /api/courses/c-budget': {
        body: buildEnrolledCourse({ enrolment: { id: 'e-budget', status: 'completed', percent: 100 } }),
      },
      'GET /api/enrolments/e-budget': {
        body: buildEnrolment({
          source: 'assignment',
          status: 'completed',
          percent: 100,
          completedLessons: 4,
          completedAt: new Date(2026, 1, 20, 15, 0).toISOString(),
          continueLessonId: null,
        }),
      },
    });
    renderPage('/courses/c-budget', learnerRoutes, { locale: 'ru' });

    const panel = await screen.findByRole('region', { name: 'Ваше обучение' });
    expect(await within(panel).findByText('Курс пройден 20.02.2026.')).toBeInTheDocument();
    expect(within(panel).getByRole('link', { name: 'Повторить курс' })).toHaveAttribute(
      'href',
      '/courses/c-budget/lessons/l-intro',
    );
    expect(within(panel).queryByRole('button', { name: 'Выйти из курса' })).toBeNull();
  });
});
