import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { errorBody, mockApi } from '../../../test/mock-api';
import { renderPage } from '../../../test/render-page';
import { buildCourse } from '../test/catalog-fixtures';
import { CoursePage } from './course-page';

const routes = { '/courses/:courseId': <CoursePage /> };

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
