import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SAMPLE_PDF, signIn } from './support/app';
import { expectAccessible, launchBrowser } from './support/browser';

/** DEMO ONLY credentials, seeded by the app on its first start in this test run. */
const PASSWORD = 'Bilikti-Demo-2026';
const instructor = { email: 'instructor@demo.bilikti.kz', password: PASSWORD };
const deputy = { email: 'deputy@demo.bilikti.kz', password: PASSWORD };

/** The smallest files the API's type check recognises, as a browser would upload them. */
const mp4 = Buffer.concat([
  Buffer.from([0, 0, 0, 0x18]),
  Buffer.from('ftypisom'),
  Buffer.from([0, 0, 2, 0]),
  Buffer.from('isomiso2'),
  Buffer.alloc(256, 1),
]);

const course = {
  code: 'E2E-301',
  kk: 'Ашық бюджет: тұрғындармен жұмыс',
  ru: 'Открытый бюджет: работа с жителями',
};

describe('an instructor builds and publishes a bilingual course; a learner finds it', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const baseUrl = inject('baseUrl');
  let editorUrl = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    page = await context.newPage();
    // The editor's "leave with unsaved changes?" confirm is not expected anywhere in this flow.
    page.on('dialog', (dialog) => void dialog.accept());
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Adds a lesson of a type to the first module, then opens its editor. */
  async function addLesson(type: 'text' | 'video' | 'document', kk: string, ru: string) {
    await page.goto(editorUrl);
    const add = page.locator('summary', { hasText: 'Добавить урок' }).first();
    await add.click();
    const form = page.locator('details[open]');
    await form.getByLabel('Тип урока').selectOption(type);
    await form.getByLabel('Название урока (на казахском)').fill(kk);
    await form.getByLabel('Название урока (на русском)').fill(ru);
    await form.getByRole('button', { name: 'Добавить урок' }).click();
    await page.getByRole('link', { name: ru }).first().click();
    await page.getByRole('heading', { level: 1, name: ru }).waitFor();
  }

  async function saveLesson() {
    await page.getByRole('button', { name: 'Сохранить', exact: true }).click();
    await page.getByText('Изменения сохранены.').waitFor();
  }

  it('creates the course in the studio (the demo instructor works in Russian)', async () => {
    await signIn(page, baseUrl, instructor);
    await page.goto(`${baseUrl}/studio/new`);
    await page.getByLabel('Код курса').waitFor();
    await expectAccessible(page, 'new course form');
    await page.getByLabel('Код курса').fill(course.code);
    await page.getByLabel('Название (на казахском)').fill(course.kk);
    await page.getByLabel('Название (на русском)').fill(course.ru);
    await page.getByLabel('Депутаты и сельские акимы').check();
    await page.getByLabel('Академические часы').fill('6');
    await page.getByRole('button', { name: 'Создать курс' }).click();
    await page.waitForURL(/\/studio\/courses\/[0-9a-f-]{36}$/);
    editorUrl = page.url();
    await page.getByRole('heading', { name: 'Заполненность на языках' }).waitFor();
    await expectAccessible(page, 'course editor');
  });

  it('fills the summary in both languages and adds a module', async () => {
    await page.getByLabel('Краткое описание (на казахском)').fill('Ауыл бюджетін тұрғындармен бірге талқылау.');
    await page.getByLabel('Краткое описание (на русском)').fill('Как обсуждать бюджет села вместе с жителями.');
    await page.getByRole('button', { name: 'Сохранить', exact: true }).click();
    await page.getByText('Изменения сохранены.').waitFor();

    await page.locator('summary', { hasText: 'Добавить модуль' }).click();
    const form = page.locator('details[open]');
    await form.getByLabel('Название модуля (на казахском)').fill('Бюджет тыңдаулары');
    await form.getByLabel('Название модуля (на русском)').fill('Бюджетные слушания');
    await form.getByRole('button', { name: 'Добавить модуль' }).click();
    await page.getByText('Модуль «Бюджетные слушания» добавлен.').waitFor();
  });

  it('writes a text lesson in both languages with the rich-text editor', async () => {
    await addLesson('text', 'Тыңдауға дайындық', 'Подготовка к слушаниям');
    await page.getByRole('textbox', { name: 'Текст урока (на казахском)' }).fill('Тыңдауды екі апта бұрын жариялаңыз.');
    await page.getByRole('textbox', { name: 'Текст урока (на русском)' }).fill('Объявите слушания за две недели.');
    await page.getByRole('toolbar').first().waitFor();
    await expectAccessible(page, 'text lesson editor');
    await saveLesson();
  });

  it('uploads one video for both languages', async () => {
    await addLesson('video', 'Тыңдау қалай өтеді', 'Как проходят слушания');
    for (const [label, name] of [
      ['Видеофайл (на казахском)', 'hearing-kk.mp4'],
      ['Видеофайл (на русском)', 'hearing-ru.mp4'],
    ] as const) {
      await page.getByLabel(label).setInputFiles({ name, mimeType: 'video/mp4', buffer: mp4 });
      await page.getByText(`Файл «${name}» загружен. Не забудьте сохранить изменения.`).waitFor();
    }
    await saveLesson();
  });

  it('uploads a PDF per language', async () => {
    await addLesson('document', 'Хаттама үлгісі', 'Образец протокола');
    for (const [label, name] of [
      ['PDF-документ (на казахском)', 'protocol-kk.pdf'],
      ['PDF-документ (на русском)', 'protocol-ru.pdf'],
    ] as const) {
      await page.getByLabel(label).setInputFiles({ name, mimeType: 'application/pdf', buffer: SAMPLE_PDF });
      await page.getByText(`Файл «${name}» загружен. Не забудьте сохранить изменения.`).waitFor();
    }
    await saveLesson();
  });

  it('shows the course complete in both languages and publishes it with a change note', async () => {
    await page.goto(editorUrl);
    await page.getByText('Курс заполнен на обоих языках. Его можно публиковать.').waitFor();
    await page.getByRole('button', { name: 'Опубликовать' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Что изменилось (на казахском)').fill('Курстың бірінші нұсқасы');
    await dialog.getByLabel('Что изменилось (на русском)').fill('Первая версия курса');
    await dialog.getByRole('button', { name: 'Опубликовать' }).click();
    await page.getByText('Опубликована версия 1.').waitFor();
  });

  it('lets a learner find the course in the catalog in Kazakh and in Russian and open its lessons', async () => {
    await context.clearCookies();
    const learnerContext = await browser.newContext({
      viewport: { width: 360, height: 740 },
      locale: 'kk-KZ',
      bypassCSP: true,
    });
    const learner = await learnerContext.newPage();
    try {
      await signIn(learner, baseUrl, deputy);
      // Kazakh letters typed without them, in any case.
      await learner.goto(`${baseUrl}/courses?q=${encodeURIComponent('АШЫК БЮДЖЕТ')}`);
      const card = learner.getByRole('link', { name: new RegExp(course.kk) });
      await card.first().waitFor();
      await expectAccessible(learner, 'catalog (kk, 360px)');

      await learner.goto(`${baseUrl}/courses?q=${encodeURIComponent('открытый бюджет')}`);
      await learner
        .getByRole('link', { name: new RegExp(course.kk) })
        .first()
        .click();
      await learner.getByRole('heading', { level: 1, name: course.kk }).waitFor();
      await expectAccessible(learner, 'course page (kk, 360px)');
      await learner
        .getByRole('link', { name: 'Образец протокола' })
        .or(learner.getByRole('link', { name: 'Хаттама үлгісі' }))
        .first()
        .click();
      await learner.locator('a[href^="/api/media/"]').first().waitFor();
      await expectAccessible(learner, 'PDF lesson (kk, 360px)');
      const href = await learner.locator('a[href^="/api/media/"]').first().getAttribute('href');
      const file = await learner.request.get(`${baseUrl}${href}`);
      expect(file.status()).toBe(200);
      expect(file.headers()['content-type']).toBe('application/pdf');
      expect(file.headers()['x-content-type-options']).toBe('nosniff');
    } finally {
      await learnerContext.close();
    }
  });
});
