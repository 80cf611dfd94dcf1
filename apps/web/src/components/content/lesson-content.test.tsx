import type { LessonContent, Locale, MediaResponse } from '@bilikti/contracts';
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';

import { createI18n } from '../../lib/i18n';
import { LessonContentView, type LessonContentViewProps } from './lesson-content';

const video: MediaResponse = {
  id: 'm-video',
  kind: 'video',
  contentType: 'video/mp4',
  sizeBytes: 47_395_635,
  originalName: 'budjet.mp4',
  url: '/api/media/m-video',
  createdAt: '2026-01-10T08:00:00.000Z',
};

const pdf: MediaResponse = {
  id: 'm-pdf',
  kind: 'pdf',
  contentType: 'application/pdf',
  sizeBytes: 2_516_582,
  originalName: 'Бюджет кодексі.pdf',
  url: '/api/media/m-pdf',
  createdAt: '2026-01-10T08:00:00.000Z',
};

const content = (overrides: Partial<LessonContent> = {}): LessonContent => ({
  body: '',
  mediaId: null,
  externalUrl: null,
  ...overrides,
});

function renderView(props: Partial<LessonContentViewProps> = {}, uiLocale: Locale = 'kk') {
  const view: LessonContentViewProps = {
    type: 'text',
    title: 'Жергілікті бюджет',
    content: content(),
    media: [],
    locale: 'kk',
    ...props,
  };
  return render(
    <I18nextProvider i18n={createI18n(uiLocale)}>
      <LessonContentView {...view} />
    </I18nextProvider>,
  );
}

describe('LessonContentView', () => {
  it('shows a text lesson under its title, in the content language', () => {
    renderView({
      locale: 'ru',
      title: 'Местный бюджет',
      durationMinutes: 15,
      content: content({ body: '<h2>Введение</h2><p>Бюджет <strong>района</strong></p>' }),
    });

    const article = screen.getByRole('article', { name: 'Местный бюджет' });
    expect(screen.getByRole('heading', { level: 1, name: 'Местный бюджет' })).toHaveAttribute('lang', 'ru');
    expect(screen.getByRole('heading', { level: 2, name: 'Введение' }).closest('[lang]')).toHaveAttribute('lang', 'ru');
    expect(article).toHaveTextContent('Мәтін');
    expect(article).toHaveTextContent('15 минут');
  });

  it('never lets script, event handlers, javascript: links or frames reach the page', () => {
    const alert = vi.spyOn(window, 'alert').mockImplementation(() => undefined);
    const { container } = renderView({
      content: content({
        body:
          '<p>Сабақ мәтіні</p><script>window.alert(1)</script><img src="x" onerror="window.alert(2)">' +
          '<a href="javascript:window.alert(3)">сілтеме</a><iframe src="https://evil.example"></iframe>',
      }),
    });

    expect(screen.getByText('Сабақ мәтіні')).toBeInTheDocument();
    expect(container.querySelector('script, img, iframe, [onerror]')).toBeNull();
    expect(screen.getByText('сілтеме')).not.toHaveAttribute('href');
    expect(container.innerHTML).not.toMatch(/javascript:/i);
    expect(alert).not.toHaveBeenCalled();
  });

  it('plays an uploaded video with only its metadata preloaded, and offers the file', () => {
    const { container } = renderView({
      type: 'video',
      title: 'Бюджет туралы бейне',
      media: [video],
      content: content({ mediaId: 'm-video', body: '<p>Бейненің сипаттамасы</p>' }),
    });

    const player = container.querySelector('video');
    expect(player).toHaveAttribute('controls');
    expect(player).toHaveAttribute('preload', 'metadata');
    expect(player).toHaveAccessibleName('Бюджет туралы бейне');
    const source = player?.querySelector('source');
    expect(source).toHaveAttribute('src', '/api/media/m-video');
    expect(source).toHaveAttribute('type', 'video/mp4');
    expect(screen.getByRole('link', { name: 'Бейнені жүктеп алу (45 МБ)' })).toHaveAttribute('download', 'budjet.mp4');
    expect(screen.getByText('Бейненің сипаттамасы')).toBeInTheDocument();
  });

  it('links out to an external video instead of embedding it', () => {
    const { container } = renderView(
      {
        type: 'video',
        content: content({ externalUrl: 'https://www.youtube.com/watch?v=abc' }),
      },
      'ru',
    );

    expect(container.querySelector('iframe, video')).toBeNull();
    expect(screen.getByText('Видео откроется в новой вкладке на сайте www.youtube.com.')).toBeInTheDocument();
    const link = screen.getByRole('link', { name: 'Смотреть видео (откроется в новой вкладке)' });
    expect(link).toHaveAttribute('href', 'https://www.youtube.com/watch?v=abc');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('ignores an external address that is not a web page', () => {
    const { container } = renderView({
      type: 'video',
      content: content({ externalUrl: 'javascript:alert(1)' }),
    });
    expect(container.querySelector('a')).toBeNull();
    expect(screen.getByText('Бұл сабақтың файлы әлі жүктелмеген.')).toBeInTheDocument();
  });

  it('offers a PDF to open and to download, with its size', () => {
    const { container } = renderView(
      {
        type: 'document',
        media: [pdf],
        content: content({ mediaId: 'm-pdf', body: '<p>Кодекстің негізгі баптары</p>' }),
      },
      'ru',
    );

    const open = screen.getByRole('link', { name: 'Открыть PDF (откроется в новой вкладке)' });
    expect(open).toHaveAttribute('href', '/api/media/m-pdf');
    expect(open).toHaveAttribute('target', '_blank');
    const download = screen.getByRole('link', { name: 'Скачать (2,4 МБ)' });
    expect(download).toHaveAttribute('href', '/api/media/m-pdf');
    expect(download).toHaveAttribute('download', 'Бюджет кодексі.pdf');
    expect(screen.getByText('Кодекстің негізгі баптары')).toBeInTheDocument();
    expect(container.querySelector('iframe, object, embed')).toBeNull();
  });

  it('says when a lesson file is missing', () => {
    renderView({ type: 'document', content: content({ mediaId: 'm-gone' }) });
    expect(screen.getByText('Бұл сабақтың файлы әлі жүктелмеген.')).toBeInTheDocument();
  });

  it('hosts the quiz panel after an assessment lesson’s instructions', () => {
    renderView({
      type: 'assessment',
      title: 'Қорытынды тест',
      content: content({ body: '<p>Тест 20 минутқа созылады.</p>' }),
      assessment: <section aria-label="Тест">quiz panel</section>,
    });
    const instructions = screen.getByText('Тест 20 минутқа созылады.');
    const panel = screen.getByRole('region', { name: 'Тест' });
    expect(screen.getByRole('article')).toContainElement(panel);
    expect(instructions.compareDocumentPosition(panel) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.queryByText('Бұл сабақтағы білімді тексеру кейінірек қолжетімді болады.')).toBeNull();
  });

  it('without a quiz panel (the studio’s preview), puts a note in its place', () => {
    renderView({ type: 'assessment', title: 'Қорытынды тест' }, 'ru');
    expect(screen.getByText('Проверка знаний по этому уроку станет доступна позже.')).toBeInTheDocument();
    expect(screen.getByRole('article')).toHaveTextContent('Проверка знаний');
  });

  it('can nest its heading under a page of its own', () => {
    renderView({ headingLevel: 2 });
    expect(screen.getByRole('heading', { level: 2, name: 'Жергілікті бюджет' })).toBeInTheDocument();
  });

  it('shows a PDF inside the page only when asked, and only on a wide screen', () => {
    let wide = true;
    vi.stubGlobal(
      'matchMedia',
      vi.fn(() => ({ matches: wide, addEventListener: vi.fn(), removeEventListener: vi.fn() })),
    );
    const pdfLesson = { type: 'document' as const, content: content({ mediaId: 'm-pdf' }), media: [pdf] };

    const { unmount } = renderView(pdfLesson);
    expect(document.querySelector('iframe')).toBeNull();
    unmount();

    const { unmount: unmountWide } = renderView({ ...pdfLesson, pdfViewer: true });
    expect(screen.getByTitle('PDF құжаты: Бюджет кодексі.pdf')).toHaveAttribute('src', '/api/media/m-pdf');
    expect(screen.getByRole('link', { name: 'Жүктеп алу (2,4 МБ)' })).toBeInTheDocument();
    unmountWide();

    wide = false;
    renderView({ ...pdfLesson, pdfViewer: true });
    expect(document.querySelector('iframe')).toBeNull();
    expect(screen.getByRole('link', { name: 'Жүктеп алу (2,4 МБ)' })).toBeInTheDocument();
  });

  it('hands the uploaded video element to a player that follows playback', () => {
    const videoRef = vi.fn();
    renderView({ type: 'video', content: content({ mediaId: 'm-video' }), media: [video], videoRef });
    expect(videoRef).toHaveBeenCalledWith(expect.any(HTMLVideoElement));
  });
});
