import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser } from './support/browser';

/** DEMO ONLY credentials, seeded by the app on its first start in this test run. */
const akim = { email: 'akim@demo.bilikti.kz', password: 'Bilikti-Demo-2026' };

const kk = {
  markDone: /Аяқталды деп белгілеу/,
  savedOnDevice: /Осы құрылғыда сақталды — байланыс болғанда жіберіледі \(\d+\)/,
  synced: 'Барлық оқу барысы сақталды',
};

/** The parts of the API's answers this test reads (e2e code stays outside the app's sources). */
interface CourseList {
  items: Array<{ id: string; code: string }>;
}
interface Enrolment {
  id: string;
  lessons: Array<{ lessonId: string; type: string; status: string }>;
}

/** How many progress reports wait in the page's IndexedDB queue. */
function countQueuedReports(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('bilikti-offline');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const count = db.transaction('progress').objectStore('progress').count();
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
          count.onerror = () => reject(count.error);
        };
      }),
  );
}

describe('a rural akim finishes a lesson with no connection; it reaches the server when the phone is back online', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const baseUrl = inject('baseUrl');
  let enrolmentId = '';
  let lessonId = '';
  let lessonUrl = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    // The app's own CSP stays on: the service worker and the manifest must work under it.
    context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'kk-KZ' });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.setOffline(false);
    await browser?.close();
  });

  async function lessonStatus(): Promise<string | undefined> {
    const response = await page.request.get(`${baseUrl}/api/enrolments/${enrolmentId}`);
    expect(response.status()).toBe(200);
    const enrolment = (await response.json()) as Enrolment;
    return enrolment.lessons.find((lesson) => lesson.lessonId === lessonId)?.status;
  }

  it('serves the service worker uncached, so a new version is picked up on the next visit, and the manifest', async () => {
    const worker = await page.request.get(`${baseUrl}/sw.js`);
    expect(worker.status()).toBe(200);
    expect(worker.headers()['cache-control']).toBe('no-cache');
    expect(worker.headers()['content-type']).toMatch(/^(text|application)\/javascript/);

    const manifest = await page.request.get(`${baseUrl}/manifest.webmanifest`);
    expect(manifest.status()).toBe(200);
    expect(manifest.headers()['content-type']).toMatch(/^application\/manifest\+json/);
    const icons = ((await manifest.json()) as { icons: Array<{ src: string; type: string }> }).icons;
    for (const icon of icons) {
      const file = await page.request.get(`${baseUrl}${icon.src}`);
      expect({ src: icon.src, status: file.status(), type: file.headers()['content-type'] }).toEqual({
        src: icon.src,
        status: 200,
        type: expect.stringContaining(icon.type),
      });
    }
  });

  it('signs in, enrols in the Akim School and opens a text lesson, which the service worker keeps', async () => {
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByLabel('Электрондық пошта').waitFor();
    await expectAccessible(page, 'sign-in page (kk, 360px)');
    await page.getByLabel('Электрондық пошта').fill(akim.email);
    await page.getByLabel('Құпиясөз').fill(akim.password);
    await page.getByRole('button', { name: 'Кіру' }).click();
    await page.getByRole('navigation').first().waitFor();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await expectAccessible(page, 'home (kk, 360px)');
    // Another test may have switched the demo akim to Russian; this one reads Kazakh.
    expect((await page.request.patch(`${baseUrl}/api/me`, { data: { locale: 'kk' } })).status()).toBe(200);

    const found = await page.request.get(`${baseUrl}/api/courses?q=AKIM-101`);
    const course = ((await found.json()) as CourseList).items.find((item) => item.code === 'AKIM-101');
    expect(course).toBeDefined();
    const enrolled = await page.request.post(`${baseUrl}/api/courses/${course!.id}/enrolments`);
    expect([200, 201]).toContain(enrolled.status());
    const enrolment = (await enrolled.json()) as Enrolment;
    enrolmentId = enrolment.id;
    const lesson = enrolment.lessons.find((item) => item.type === 'text' && item.status !== 'completed');
    expect(lesson).toBeDefined();
    lessonId = lesson!.lessonId;
    lessonUrl = `${baseUrl}/courses/${course!.id}/lessons/${lessonId}`;

    await page.goto(lessonUrl);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // Loaded again under the worker: the shell, every chunk and the lesson's API reads are cached.
    await page.reload();
    await page.getByRole('button', { name: kk.markDone }).waitFor();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    expect(await page.locator('html').getAttribute('lang')).toBe('kk');
    await expectAccessible(page, 'text lesson (kk, 360px)');
  });

  it('shows the lesson again after a reload with no connection', async () => {
    const title = await page.getByRole('heading', { level: 1 }).textContent();
    await context.setOffline(true);

    await page.reload();

    await page.getByRole('heading', { level: 1, name: title ?? '' }).waitFor();
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    // The worker is offline too: a lesson it never cached does not come through.
    const unknownLesson = await page.evaluate(() =>
      fetch('/api/lessons/00000000-0000-4000-8000-000000000000').then(
        (response) => `answered ${response.status}`,
        () => 'no network',
      ),
    );
    expect(unknownLesson).toBe('no network');
  });

  it('marks the lesson done offline, keeps it on the phone and says so', async () => {
    const markDone = page.getByRole('button', { name: kk.markDone });
    // Enabled once the "opened" report is queued, which works offline too.
    await expect.poll(() => markDone.isEnabled()).toBe(true);

    await markDone.click();

    await page.getByRole('status').filter({ hasText: kk.savedOnDevice }).waitFor();
    expect(await countQueuedReports(page)).toBeGreaterThan(0);
    expect(await lessonStatus()).not.toBe('completed');
  });

  it('sends it once the connection is back, and the server counts the lesson completed', async () => {
    await context.setOffline(false);

    await page.getByRole('status').filter({ hasText: kk.synced }).waitFor({ timeout: 20_000 });
    expect(await countQueuedReports(page)).toBe(0);
    expect(await lessonStatus()).toBe('completed');
  });
});
