import type { MediaResponse } from '@bilikti/contracts';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { errorBody, mockApi } from '../../../test/mock-api';
import { renderStudioPage } from '../../../test/render-studio-page';
import { stubXhr } from '../test/fake-xhr';
import { buildDraft } from '../test/studio-fixtures';
import { CourseEditorPage } from './course-editor-page';

const routes = { '/studio/courses/:courseId': <CourseEditorPage /> };
const MB = 1024 * 1024;
const limits = { image: 5 * MB, video: 500 * MB, pdf: 20 * MB };
const png = () => new File(['fake-png-bytes'], 'cover.png', { type: 'image/png' });

const media: MediaResponse = {
  id: 'media-1',
  kind: 'image',
  contentType: 'image/png',
  sizeBytes: 1.5 * MB,
  originalName: 'cover.png',
  url: '/api/media/media-1',
  createdAt: '2026-02-01T10:00:00.000Z',
};

describe('media upload field (course cover)', () => {
  it('uploads with progress, then saves the course with the new cover', async () => {
    const uploads = stubXhr();
    const api = mockApi({
      'GET /api/courses/c-1': { body: buildDraft() },
      'GET /api/media/limits': { body: limits },
      'PATCH /api/courses/c-1': ({ body }) => ({ body: buildDraft({ ...(body as object), version: 6 }) }),
    });
    const { user } = renderStudioPage('/studio/courses/c-1', routes);

    const input = await screen.findByLabelText('Мұқаба суреті');
    await waitFor(() =>
      expect(input).toHaveAccessibleDescription('PNG, JPEG немесе WebP, көлемі 5 МБ-тан аспауы керек.'),
    );
    await user.upload(input, png());

    const xhr = uploads[0]!;
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe('/api/media');
    expect((xhr.body!.get('file') as File).name).toBe('cover.png');
    expect(xhr.body!.get('courseId')).toBe('c-1');

    xhr.progress(45, 100);
    const progress = screen.getByLabelText('Жүктелуде: 45%');
    expect(progress).toHaveAttribute('value', '45');
    expect(input).toBeDisabled();

    xhr.respond(201, media);
    expect(await screen.findByText(/Қазіргі файл: cover\.png/)).toHaveTextContent('(1,5 МБ)');
    expect(screen.getByText('«cover.png» файлы жүктелді. Өзгерістерді сақтауды ұмытпаңыз.')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar', { name: /Жүктелуде/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Сақтау' }));
    await waitFor(() =>
      expect(api.callsTo('PATCH', '/api/courses/c-1')[0]?.body).toMatchObject({ version: 5, coverMediaId: 'media-1' }),
    );
  });

  it('explains a file the server refuses as too large (413) or of an unsupported type (415)', async () => {
    const uploads = stubXhr();
    mockApi({
      'GET /api/courses/c-1': { body: buildDraft() },
      'GET /api/media/limits': { body: limits },
    });
    const { user } = renderStudioPage('/studio/courses/c-1', routes, { locale: 'ru' });

    const input = await screen.findByLabelText('Обложка');
    await user.upload(input, png());
    uploads[0]!.respond(413, errorBody('media.tooLarge', { params: { maxBytes: 5 * MB } }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Файл слишком большой: не более 5 МБ.');
    expect(input).toHaveAttribute('aria-invalid', 'true');

    await user.upload(input, png());
    uploads[1]!.respond(415, errorBody('media.unsupportedType'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Этот тип файла не поддерживается.');
  });

  it('refuses a file that is too large or of the wrong type before uploading it', async () => {
    const uploads = stubXhr();
    mockApi({
      'GET /api/courses/c-1': { body: buildDraft() },
      'GET /api/media/limits': { body: { ...limits, image: 10 } },
    });
    renderStudioPage('/studio/courses/c-1', routes);

    const input = await screen.findByLabelText('Мұқаба суреті');
    await waitFor(() => expect(input).toHaveAccessibleDescription(/0 МБ/));
    fireEvent.change(input, { target: { files: [png()] } });
    expect(await screen.findByRole('alert')).toHaveTextContent('Файл тым үлкен');

    fireEvent.change(input, { target: { files: [new File(['gif'], 'cover.gif', { type: 'image/gif' })] } });
    expect(await screen.findByRole('alert')).toHaveTextContent('Бұл файл түріне қолдау көрсетілмейді.');
    expect(uploads).toHaveLength(0);
  });
});
