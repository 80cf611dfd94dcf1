import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { errorBody, mockApi } from '../../../test/mock-api';
import { renderPage } from '../../../test/render-page';
import { buildCourseListItem, coursePage, providers } from '../test/catalog-fixtures';
import { CatalogPage } from './catalog-page';

const routes = { '/courses': <CatalogPage /> };

const withoutCover = buildCourseListItem({
  id: 'c-dialogue',
  code: 'DIALOG-1',
  title: { kk: 'Азаматтармен диалог', ru: 'Диалог с гражданами' },
  summary: { kk: 'Қабылдау мен есеп беру кездесулері.', ru: '' },
  audience: 'rural_akims',
  academicHours: 2,
  topics: ['citizen_dialogue'],
  coverMediaId: null,
  provider: { id: 'p-center', name: providers[2]!.name },
  languages: ['kk'],
  moduleCount: 1,
  lessonCount: 5,
});

const lastCatalogQuery = (api: ReturnType<typeof mockApi>) =>
  Object.fromEntries(api.callsTo('GET', '/api/courses').at(-1)!.search);

describe('catalog page', () => {
  it('lists published courses as cards in Kazakh', async () => {
    const api = mockApi({
      'GET /api/courses': coursePage([buildCourseListItem(), withoutCover], 14),
      'GET /api/providers': { body: providers },
    });
    renderPage('/courses', routes);

    expect(await screen.findByRole('heading', { level: 1, name: 'Курстар каталогы' })).toBeInTheDocument();
    expect(await screen.findByText('14 курс табылды')).toBeInTheDocument();
    expect(document.title).toBe('Курстар каталогы — Білікті');
    expect(lastCatalogQuery(api)).toEqual({
      scope: 'catalog',
      sort: 'title',
      locale: 'kk',
      page: '1',
      pageSize: '12',
    });

    const card = screen.getByRole('article', { name: 'Жергілікті бюджет негіздері' });
    expect(within(card).getByRole('link', { name: 'Жергілікті бюджет негіздері' })).toHaveAttribute(
      'href',
      '/courses/c-budget',
    );
    const cover = card.querySelector('img');
    expect(cover).toHaveAttribute('src', '/api/media/m-cover');
    expect(cover).toHaveAttribute('loading', 'lazy');
    expect(cover).toHaveAttribute('width');
    expect(cover).toHaveAttribute('height');
    expect(cover).toHaveAttribute('alt', '');
    expect(within(card).getByText('Мемлекеттік басқару академиясы')).toBeInTheDocument();
    expect(within(card).getByText('Мәслихат депутаттары')).toBeInTheDocument();
    expect(within(card).getByText('24 академиялық сағат')).toBeInTheDocument();
    expect(within(card).getByText('3 модуль, 12 сабақ')).toBeInTheDocument();
    expect(within(card).getByText('Қазақ тілі, Орыс тілі')).toBeInTheDocument();
    const topics = within(card).getByRole('list', { name: 'Тақырыптар' });
    expect(
      within(topics)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Жергілікті бюджет', 'Мемлекеттік сатып алу']);

    const plain = screen.getByRole('article', { name: 'Азаматтармен диалог' });
    expect(plain.querySelector('img')).toBeNull();
    expect(plain.querySelector('.course-cover--placeholder')).toHaveAttribute('aria-hidden', 'true');

    const pagination = screen.getByRole('navigation', { name: 'Беттер' });
    expect(within(pagination).getByRole('link', { name: 'Келесі бет' })).toHaveAttribute('href', '/courses?page=2');
  });

  it('shows Russian texts with Russian plurals, and falls back to Kazakh with a lang attribute', async () => {
    const api = mockApi({
      'GET /api/courses': coursePage([withoutCover], 3),
      'GET /api/providers': { body: providers },
    });
    renderPage('/courses', routes, { locale: 'ru' });

    expect(await screen.findByText('Найдено 3 курса')).toBeInTheDocument();
    expect(lastCatalogQuery(api).locale).toBe('ru');
    const card = screen.getByRole('article', { name: 'Диалог с гражданами' });
    expect(within(card).getByRole('heading', { level: 2 })).not.toHaveAttribute('lang');
    // No Russian summary: the Kazakh one, marked as Kazakh for screen readers and hyphenation.
    expect(within(card).getByText('Қабылдау мен есеп беру кездесулері.')).toHaveAttribute('lang', 'kk');
    expect(within(card).getByText('Сельские акимы')).toBeInTheDocument();
    expect(within(card).getByText('2 академических часа')).toBeInTheDocument();
    expect(within(card).getByText('1 модуль, 5 уроков')).toBeInTheDocument();
    expect(within(card).getByText('Региональный учебный центр')).toBeInTheDocument();
    expect(within(card).getByText('Диалог с гражданами', { selector: 'li' })).toBeInTheDocument();
  });

  it('applies each filter at once, keeps it in the address, and starts again from page 1', async () => {
    const api = mockApi({
      'GET /api/courses': coursePage([buildCourseListItem()], 1),
      'GET /api/providers': { body: providers },
    });
    const { user, location } = renderPage('/courses?topic=local_budget&page=2', routes);

    const provider = await screen.findByLabelText('Оқыту ұйымы');
    expect(screen.getByLabelText('Тақырып')).toHaveValue('local_budget');
    // Providers without published courses are not offered; the others are sorted by name.
    await waitFor(() =>
      expect(
        within(provider)
          .getAllByRole('option')
          .map((option) => option.textContent),
      ).toEqual(['Барлық ұйымдар', 'Аймақтық оқу орталығы', 'Мемлекеттік басқару академиясы']),
    );

    await user.selectOptions(provider, 'p-center');
    await waitFor(() => expect(location()).toBe('/courses?providerId=p-center&topic=local_budget'));
    await user.selectOptions(screen.getByLabelText('Кімге арналған'), 'rural_akims');
    await user.selectOptions(screen.getByLabelText('Курс тілі'), 'ru');
    await user.selectOptions(screen.getByLabelText('Сұрыптау'), 'newest');

    await waitFor(() =>
      expect(location()).toBe(
        '/courses?providerId=p-center&audience=rural_akims&topic=local_budget&language=ru&sort=newest',
      ),
    );
    await waitFor(() =>
      expect(lastCatalogQuery(api)).toEqual({
        scope: 'catalog',
        providerId: 'p-center',
        audience: 'rural_akims',
        topic: 'local_budget',
        language: 'ru',
        sort: 'newest',
        locale: 'kk',
        page: '1',
        pageSize: '12',
      }),
    );
    expect(screen.getByLabelText('Курс тілі')).toHaveValue('ru');
  });

  it('searches once typing pauses and puts the words into the address', async () => {
    const api = mockApi({
      'GET /api/courses': ({ search }) =>
        search.get('q') ? coursePage([], 0) : coursePage([buildCourseListItem()], 1),
      'GET /api/providers': { body: providers },
    });
    const { user, location } = renderPage('/courses?audience=deputies&page=3', routes);

    await user.type(await screen.findByRole('searchbox', { name: 'Іздеу' }), 'әкім бюджет');

    await waitFor(() =>
      expect(location()).toBe(`/courses?q=${encodeURIComponent('әкім бюджет').replace(/%20/g, '+')}&audience=deputies`),
    );
    await waitFor(() => expect(lastCatalogQuery(api).q).toBe('әкім бюджет'));
    // One request for the whole phrase, not one per letter.
    expect(api.callsTo('GET', '/api/courses').filter((call) => call.search.has('q'))).toHaveLength(1);
    expect(await screen.findByText('Сүзгілерге сәйкес курс табылмады.')).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Іздеу' })).toHaveValue('әкім бюджет');
  });

  it('keeps the search after a reload and offers to clear everything when nothing matches', async () => {
    mockApi({
      'GET /api/courses': coursePage([], 0),
      'GET /api/providers': { body: providers },
    });
    const { user, location } = renderPage('/courses?q=%D0%B0%D0%BA%D1%96%D0%BC&sort=newest', routes);

    expect(await screen.findByRole('searchbox', { name: 'Іздеу' })).toHaveValue('акім');
    expect(screen.getByLabelText('Сұрыптау')).toHaveValue('newest');
    expect(await screen.findByText('0 курс табылды')).toBeInTheDocument();
    expect(screen.getByText('Іздеу сөзін өзгертіп немесе сүзгілерді тазартып көріңіз.')).toBeInTheDocument();

    const [formReset] = screen.getAllByRole('link', { name: 'Сүзгілерді тазарту' });
    await user.click(formReset!);
    await waitFor(() => expect(location()).toBe('/courses?sort=newest'));
    expect(screen.getByRole('searchbox', { name: 'Іздеу' })).toHaveValue('');
  });

  it('says when the catalog has no courses at all', async () => {
    mockApi({ 'GET /api/courses': coursePage([], 0), 'GET /api/providers': { body: [] } });
    renderPage('/courses', routes, { locale: 'ru' });
    expect(await screen.findByText('В каталоге пока нет курсов.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Сбросить фильтры' })).toBeNull();
  });

  it('explains a failed load and tries again on request', async () => {
    const api = mockApi({
      'GET /api/courses': { status: 503, body: errorBody('server.unavailable') },
      'GET /api/providers': { body: providers },
    });
    const { user } = renderPage('/courses', routes, { locale: 'ru' });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Сервис временно недоступен. Попробуйте через несколько минут.');
    api.set('GET /api/courses', coursePage([buildCourseListItem()], 1));
    await user.click(within(alert).getByRole('button', { name: 'Повторить' }));
    expect(await screen.findByRole('article', { name: 'Основы местного бюджета' })).toBeInTheDocument();
  });
});
