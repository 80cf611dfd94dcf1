import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessibleOnce, launchBrowser } from './support/browser';

/** DEMO ONLY credentials, seeded by the app on its first start in this test run. */
const coordinator = { email: 'coordinator@demo.bilikti.kz', password: 'Bilikti-Demo-2026' };

/** What has the keyboard focus: its tag, type, accessible text and link target. */
interface Focused {
  tag: string;
  type: string | null;
  text: string;
  href: string | null;
  label: string | null;
  outline: string;
}

const focused = (page: Page): Promise<Focused> =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    const style = element ? getComputedStyle(element) : null;
    return {
      tag: element?.tagName.toLowerCase() ?? '',
      type: element?.getAttribute('type') ?? null,
      text: (element?.textContent ?? '').trim(),
      href: element?.getAttribute('href') ?? null,
      label: element?.id ? (document.querySelector(`label[for="${element.id}"]`)?.textContent ?? null) : null,
      outline: style ? `${style.outlineStyle} ${style.outlineWidth}` : '',
    };
  });

/** Presses Tab until the focused element matches, failing after `max` presses (a keyboard trap or a missing stop). */
async function tabTo(page: Page, matches: (element: Focused) => boolean, what: string, max = 40): Promise<Focused> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const element = await focused(page);
    if (matches(element)) return element;
  }
  throw new Error(`Tab never reached ${what}`);
}

describe('the app by keyboard alone', () => {
  let browser: Browser;
  let page: Page;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'ru-RU' });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('signs in with Tab, typing and Enter', async () => {
    await page.goto(`${baseUrl}/sign-in`);
    await page.locator('input[type="email"]').waitFor();
    await expectAccessibleOnce(page, 'sign-in page (360px)');
    await tabTo(page, (element) => element.type === 'email', 'the email field');
    await page.keyboard.type(coordinator.email);
    await page.keyboard.press('Tab');
    expect((await focused(page)).type).toBe('password');
    await page.keyboard.type(coordinator.password);
    await page.keyboard.press('Enter');
    await page.getByRole('navigation').first().waitFor();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expectAccessibleOnce(page, 'home (360px)');
  });

  it('starts with a skip link that moves the focus to the page content', async () => {
    // The first stop after the page loads is the skip link.
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    const skip = await focused(page);
    expect(skip.href).toBe('#main');
    expect(skip.outline).not.toMatch(/^none/);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.closest('main')?.id)).toBe('main');
  });

  it('reaches the catalog from the navigation and searches it, with a visible focus at each stop', async () => {
    await page.keyboard.press('Shift+Tab');
    const link = await tabTo(page, (element) => element.tag === 'a' && element.href === '/courses', 'the catalog link');
    expect(link.outline).not.toMatch(/^none/);
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).pathname, { timeout: 10_000 }).toBe('/courses');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expectAccessibleOnce(page, 'catalog (360px)');

    const search = await tabTo(page, (element) => element.type === 'search', 'the catalog search');
    expect(search.outline).not.toMatch(/^none/);
    await page.keyboard.type('бюджет');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('q'), { timeout: 10_000 }).toBe('бюджет');
    await page.locator('main a[href^="/courses/"]').first().waitFor();
  });

  it('switches the language with the arrow keys', async () => {
    const before = await page.locator('html').getAttribute('lang');
    await page.keyboard.press('Shift+Tab');
    await tabTo(
      page,
      (element) => element.tag === 'select' && /^(Тіл|Язык)$/.test(element.label ?? ''),
      'the language switch',
    );
    // Typing the start of an option's name picks it, as in any select.
    await page.keyboard.press(before === 'kk' ? 'ArrowDown' : 'ArrowUp');
    await expect.poll(() => page.locator('html').getAttribute('lang'), { timeout: 10_000 }).not.toBe(before);
  });

  it('signs out with the keyboard', async () => {
    await tabTo(page, (element) => element.tag === 'button' && /Шығу|Выйти/.test(element.text), 'the sign-out button');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).pathname, { timeout: 10_000 }).toBe('/sign-in');
  });
});
