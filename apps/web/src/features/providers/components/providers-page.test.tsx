import type { MediaResponse, ProviderRequest } from '@bilikti/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { buildProvider, providers } from '../../../test/fixtures';
import { errorBody, mockApi } from '../../../test/mock-api';
import { renderProvidersPage } from '../../../test/render-providers-page';

const MB = 1024 * 1024;
const limits = { body: { image: 2 * MB, video: 500 * MB, pdf: 50 * MB } };

/** Stands in for the browser's XMLHttpRequest: records each upload and answers when told. */
class FakeUpload {
  static sent: FakeUpload[] = [];
  method = '';
  url = '';
  body: unknown = null;
  status = 0;
  responseText = '';
  upload: { onprogress: ((event: Partial<ProgressEvent>) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader() {}
  send(body: unknown) {
    this.body = body;
    FakeUpload.sent.push(this);
  }
  abort() {
    this.onabort?.();
  }
  progress(loaded: number, total: number) {
    this.upload.onprogress?.({ lengthComputable: true, loaded, total });
  }
  respond(status: number, body: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.onload?.();
  }
}

function stubUploads() {
  FakeUpload.sent = [];
  vi.stubGlobal('XMLHttpRequest', FakeUpload);
}

const png = (bytes: number, name = 'logo.png') => new File([new Uint8Array(bytes)], name, { type: 'image/png' });

describe('providers page', () => {
  it('lists each provider with both names, its logo and its published courses', async () => {
    mockApi({ 'GET /api/providers': { body: providers } });
    renderProvidersPage({ locale: 'ru' });

    const list = await screen.findByRole('list');
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => within(item).getByRole('heading').textContent)).toEqual([
      'Академия государственного управления при Президенте РК',
      'Институт парламентаризма',
    ]);
    const academy = screen.getByRole('listitem', { name: 'Академия государственного управления при Президенте РК' });
    expect(within(academy).getByRole('heading')).toHaveAttribute('lang', 'ru');
    expect(within(academy).getByText('ҚР Президенті жанындағы Мемлекеттік басқару академиясы')).toHaveAttribute(
      'lang',
      'kk',
    );
    expect(within(academy).getByText('5 опубликованных курсов')).toBeInTheDocument();
    expect(academy.querySelector('img')).toHaveAttribute('src', '/api/media/m-academy-logo');
    const institute = screen.getByRole('listitem', { name: 'Институт парламентаризма' });
    expect(within(institute).getByText('Парламентаризм институты')).toHaveAttribute('lang', 'kk');
    expect(within(institute).getByText('1 опубликованный курс')).toBeInTheDocument();
  });

  it('creates a provider with both names and an uploaded logo, then says so', async () => {
    stubUploads();
    const created = buildProvider({
      id: 'p-new',
      name: { kk: 'Жергілікті өзін-өзі басқару орталығы', ru: 'Центр местного самоуправления' },
      logoMediaId: 'm-logo',
    });
    const api = mockApi({
      'GET /api/media/limits': limits,
      'POST /api/providers': { status: 201, body: created },
    });
    const { user } = renderProvidersPage();

    expect(await screen.findByText('Әзірге бірде-бір провайдер қосылмаған.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Провайдер қосу' }));
    const form = screen.getByRole('region', { name: 'Жаңа провайдер' });
    const nameKk = within(form).getByLabelText('Қазақша атауы');
    expect(nameKk).toHaveFocus();
    expect(nameKk).toHaveAttribute('lang', 'kk');
    expect(within(form).getByLabelText('Орысша атауы')).toHaveAttribute('lang', 'ru');
    await user.type(nameKk, '  Жергілікті өзін-өзі басқару орталығы ');
    await user.type(within(form).getByLabelText('Орысша атауы'), 'Центр местного самоуправления');

    const logo = within(form).getByLabelText('Логотип');
    expect(logo).toHaveAccessibleDescription('PNG, JPEG немесе WebP суреті, көлемі 2 МБ-тан аспауы керек.');
    await user.upload(logo, png(1000));
    const upload = FakeUpload.sent[0]!;
    expect(upload.method).toBe('POST');
    expect(upload.url).toBe('/api/media');
    expect((upload.body as FormData).get('file')).toBeInstanceOf(File);
    upload.progress(500, 1000);
    expect(await within(form).findByRole('progressbar', { name: 'Логотип жүктелуде…' })).toHaveValue(50);
    expect(within(form).getByRole('button', { name: 'Қосу' })).toBeDisabled();

    upload.respond(201, { id: 'm-logo', kind: 'image' } satisfies Partial<MediaResponse>);
    expect(await within(form).findByRole('img', { name: 'Провайдер логотипі' })).toHaveAttribute(
      'src',
      '/api/media/m-logo',
    );
    await user.click(within(form).getByRole('button', { name: 'Қосу' }));

    expect(await screen.findByText('«Жергілікті өзін-өзі басқару орталығы» провайдері қосылды.')).toBeInTheDocument();
    expect(api.callsTo('POST', '/api/providers')[0]?.body).toEqual({
      name: { kk: 'Жергілікті өзін-өзі басқару орталығы', ru: 'Центр местного самоуправления' },
      logoMediaId: 'm-logo',
    } satisfies ProviderRequest);
    expect(screen.queryByRole('region', { name: 'Жаңа провайдер' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Провайдер қосу' })).toHaveFocus();
    await waitFor(() => expect(api.callsTo('GET', '/api/providers')).toHaveLength(2));
  });

  it('shows a duplicate name refused by the API next to that name', async () => {
    const api = mockApi({
      'GET /api/media/limits': limits,
      'POST /api/providers': {
        status: 422,
        body: errorBody('validation.failed', { fields: { 'name.ru': { code: 'invalidValue' } } }),
      },
    });
    const { user } = renderProvidersPage({ locale: 'ru' });

    await user.click(await screen.findByRole('button', { name: 'Добавить провайдера' }));
    await user.type(screen.getByLabelText('Название на казахском'), 'Парламентаризм институты');
    await user.type(screen.getByLabelText('Название на русском'), 'Институт парламентаризма');
    await user.click(screen.getByRole('button', { name: 'Добавить' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Проверьте отмеченные поля.');
    const nameRu = screen.getByLabelText('Название на русском');
    expect(nameRu).toHaveAttribute('aria-invalid', 'true');
    expect(nameRu).toHaveAccessibleDescription('Провайдер с таким названием уже есть.');
    expect(nameRu).toHaveFocus();
    expect(screen.getByLabelText('Название на казахском')).not.toHaveAttribute('aria-invalid');
    expect(api.callsTo('POST', '/api/providers')).toHaveLength(1);
  });

  it('asks for both names before sending anything', async () => {
    const api = mockApi({ 'GET /api/media/limits': limits });
    const { user } = renderProvidersPage();

    await user.click(await screen.findByRole('button', { name: 'Провайдер қосу' }));
    await user.type(screen.getByLabelText('Орысша атауы'), 'Институт парламентаризма');
    await user.click(screen.getByRole('button', { name: 'Қосу' }));

    const nameKk = screen.getByLabelText('Қазақша атауы');
    expect(nameKk).toHaveAccessibleDescription('Бұл өрісті толтыру міндетті.');
    expect(nameKk).toHaveFocus();
    expect(api.callsTo('POST', '/api/providers')).toHaveLength(0);
  });

  it('refuses a logo over the size limit, or not an image, without uploading it', async () => {
    stubUploads();
    mockApi({ 'GET /api/media/limits': limits });
    const { user } = renderProvidersPage({ locale: 'ru' });

    await user.click(await screen.findByRole('button', { name: 'Добавить провайдера' }));
    const logo = screen.getByLabelText('Логотип');
    await waitFor(() => expect(logo).toHaveAccessibleDescription(expect.stringContaining('не более 2 МБ')));

    await user.upload(logo, png(2 * MB + 1));
    expect(logo).toHaveAttribute('aria-invalid', 'true');
    expect(logo).toHaveAccessibleDescription(expect.stringContaining('Файл слишком большой: не более 2 МБ.'));
    // Announced too: the error text itself is not a live region.
    expect(within(logo.parentElement!).getByRole('status')).toHaveTextContent('Файл слишком большой: не более 2 МБ.');

    await user.upload(logo, new File(['%PDF'], 'logo.pdf', { type: 'application/pdf' }));
    expect(logo).toHaveAccessibleDescription(expect.stringContaining('Выберите изображение PNG, JPEG или WebP.'));
    expect(FakeUpload.sent).toHaveLength(0);
  });

  it('translates the server refusing an upload', async () => {
    stubUploads();
    mockApi({ 'GET /api/media/limits': limits });
    const { user } = renderProvidersPage();

    await user.click(await screen.findByRole('button', { name: 'Провайдер қосу' }));
    const logo = screen.getByLabelText('Логотип');
    await user.upload(logo, png(1000));
    FakeUpload.sent[0]!.respond(413, errorBody('media.tooLarge', { params: { maxMegabytes: 2 } }));

    await waitFor(() =>
      expect(logo).toHaveAccessibleDescription(expect.stringContaining('Файл тым үлкен: 2 МБ-тан аспауы керек.')),
    );
    expect(screen.queryByRole('img', { name: 'Провайдер логотипі' })).not.toBeInTheDocument();
  });

  it('edits a provider in place and can remove its logo', async () => {
    const academy = providers[0]!;
    let stored = providers;
    const api = mockApi({
      'GET /api/providers': () => ({ body: stored }),
      'GET /api/media/limits': limits,
      'PATCH /api/providers/p-academy': ({ body }) => {
        const saved = { ...academy, ...(body as ProviderRequest) };
        stored = stored.map((item) => (item.id === saved.id ? saved : item));
        return { body: saved };
      },
    });
    const { user } = renderProvidersPage({ locale: 'ru' });

    const item = await screen.findByRole('listitem', {
      name: 'Академия государственного управления при Президенте РК',
    });
    await user.click(within(item).getByRole('button', { name: /^Изменить/ }));
    const nameRu = within(item).getByLabelText('Название на русском');
    expect(nameRu).toHaveValue('Академия государственного управления при Президенте РК');
    await user.clear(nameRu);
    await user.type(nameRu, 'Академия госуправления');
    await user.click(within(item).getByRole('button', { name: 'Убрать логотип' }));
    await user.click(within(item).getByRole('button', { name: 'Сохранить' }));

    expect(await screen.findByText('Изменения провайдера «Академия госуправления» сохранены.')).toBeInTheDocument();
    expect(api.callsTo('PATCH', '/api/providers/p-academy')[0]?.body).toEqual({
      name: { kk: academy.name.kk, ru: 'Академия госуправления' },
      logoMediaId: null,
    });
    const saved = screen.getByRole('listitem', { name: 'Академия госуправления' });
    expect(within(saved).queryByLabelText('Название на русском')).not.toBeInTheDocument();
    expect(within(saved).getByRole('button', { name: /^Изменить/ })).toHaveFocus();
  });
});
