import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SAMPLE_PDF, signIn } from './support/app';
import { expectAccessible, launchBrowser } from './support/browser';

/** DEMO ONLY credentials, seeded by the app on its first start in this test run. */
const PASSWORD = 'Bilikti-Demo-2026';
/** Works in Russian (the account's language). */
const learner = { email: 'district.deputy@demo.bilikti.kz', password: PASSWORD };
const instructor = { email: 'instructor@demo.bilikti.kz', password: PASSWORD };

/** A real 10-second VP8 video (96×54, 26 KB) so that the browser actually plays it. */
const webm = readFileSync(join(import.meta.dirname, 'fixtures/lesson-10s.webm'));

async function ok<T>(response: Awaited<ReturnType<APIRequestContext['get']>>): Promise<T> {
  if (!response.ok()) throw new Error(`${response.url()}: ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

/** The instructor publishes a course with a text, a video and a PDF lesson, through the API. */
async function publishCourse(request: APIRequestContext, baseUrl: string) {
  await ok(await request.post(`${baseUrl}/api/auth/login`, { data: instructor }));
  const course = await ok<{ id: string }>(
    await request.post(`${baseUrl}/api/courses`, {
      data: {
        code: 'E2E-LEARN',
        title: { kk: 'Бюджет комиссиясы', ru: 'Бюджетная комиссия' },
        summary: { kk: 'Комиссия жұмысы.', ru: 'Работа комиссии.' },
        audience: 'deputies',
        academicHours: 2,
      },
    }),
  );
  const upload = async (name: string, mimeType: string, buffer: Buffer) =>
    (
      await ok<{ id: string }>(
        await request.post(`${baseUrl}/api/media`, {
          multipart: { courseId: course.id, file: { name, mimeType, buffer } },
        }),
      )
    ).id;
  const video = await upload('lesson.webm', 'video/webm', webm);
  const document = await upload('memo.pdf', 'application/pdf', SAMPLE_PDF);
  const module = await ok<{ id: string }>(
    await request.post(`${baseUrl}/api/courses/${course.id}/modules`, {
      data: { title: { kk: 'Комиссия', ru: 'Комиссия' } },
    }),
  );
  const lesson = (data: object) => request.post(`${baseUrl}/api/modules/${module.id}/lessons`, { data });
  await ok(
    await lesson({
      type: 'text',
      title: { kk: 'Комиссия не істейді', ru: 'Чем занимается комиссия' },
      content: {
        kk: { body: '<p>Комиссия жобаны қарайды.</p>' },
        ru: { body: '<p>Комиссия рассматривает проект.</p>' },
      },
    }),
  );
  await ok(
    await lesson({
      type: 'video',
      title: { kk: 'Отырыс қалай өтеді', ru: 'Как проходит заседание' },
      content: { kk: { mediaId: video }, ru: { mediaId: video } },
    }),
  );
  await ok(
    await lesson({
      type: 'document',
      title: { kk: 'Жадынама', ru: 'Памятка' },
      content: { kk: { mediaId: document }, ru: { mediaId: document } },
    }),
  );
  await ok(
    await request.post(`${baseUrl}/api/courses/${course.id}/publish`, {
      data: { changeNote: { kk: 'v1', ru: 'v1' } },
    }),
  );
  return course.id;
}

/** Plays the page's video at twice the speed (the fastest the server believes) for `seconds`. */
async function play(page: Page, seconds: number) {
  await page.locator('video').waitFor();
  await page.evaluate(async () => {
    const video = document.querySelector('video')!;
    video.muted = true;
    video.playbackRate = 2;
    await video.play();
  });
  await page.waitForTimeout(seconds * 1000);
}

describe('a deputy enrols, learns, closes the browser, comes back and finishes', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let courseId: string;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    browser = await launchBrowser();
    const setup = await browser.newContext();
    courseId = await publishCourse(setup.request, baseUrl);
    await setup.close();
    context = await browser.newContext({ viewport: { width: 390, height: 844 }, bypassCSP: true });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('enrols from the course page and lands on the first lesson', async () => {
    await signIn(page, baseUrl, learner);
    await page.goto(`${baseUrl}/courses/${courseId}`);
    await page.getByRole('button', { name: 'Записаться на курс' }).waitFor();
    await expectAccessible(page, 'course page (ru, phone)');
    await page.getByRole('button', { name: 'Записаться на курс' }).click();
    await page.waitForURL(/\/lessons\//);
    await page.getByRole('heading', { level: 1, name: 'Чем занимается комиссия' }).waitFor();
    await expectAccessible(page, 'lesson player (ru, phone)');
  });

  it('marks the text lesson done and watches part of the video', async () => {
    const markDone = page.getByRole('button', { name: 'Отметить как пройденный' });
    await expect.poll(() => markDone.isEnabled(), { timeout: 10_000 }).toBe(true);
    await markDone.click();
    await page.getByText('Этот урок пройден.').waitFor();

    await page
      .getByRole('link', { name: /Следующий урок/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: 'Как проходит заседание' }).waitFor();
    await play(page, 2);
    await page.evaluate(() => document.querySelector('video')!.pause());
    await page.getByText('Весь прогресс сохранён').waitFor();
  });

  it('after closing the browser, continues where the learner stopped, with the video resuming', async () => {
    await context.close();
    context = await browser.newContext({ viewport: { width: 390, height: 844 }, bypassCSP: true });
    page = await context.newPage();
    await signIn(page, baseUrl, learner);
    await page.getByRole('link', { name: 'Продолжить' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Как проходит заседание' }).waitFor();
    await page.locator('video').waitFor();
    await expect
      .poll(() => page.evaluate(() => document.querySelector('video')!.currentTime), { timeout: 10_000 })
      .toBeGreaterThan(1);

    await page.evaluate(() => {
      document.querySelector('video')!.currentTime = 0;
    });
    await play(page, 6);
    await page.getByText('Этот урок пройден.').waitFor({ timeout: 15_000 });
  });

  it('opens the PDF, which completes the course', async () => {
    await page
      .getByRole('link', { name: /Следующий урок/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: 'Памятка' }).waitFor();
    await page.getByText('Этот урок пройден.').waitFor({ timeout: 15_000 });

    const mine = await ok<{ completed: { course: { id: string }; percent: number }[] }>(
      await page.request.get(`${baseUrl}/api/me/enrolments`),
    );
    expect(mine.completed.find((e) => e.course.id === courseId)?.percent).toBe(100);
    await page.goto(`${baseUrl}/learning`);
    await page
      .getByRole('heading', { name: 'Бюджетная комиссия' })
      .or(page.getByText('Бюджетная комиссия'))
      .first()
      .waitFor();
    await expectAccessible(page, 'my learning (ru, phone)');
  });
});
