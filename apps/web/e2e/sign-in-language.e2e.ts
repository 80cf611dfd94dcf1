import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser } from './support/browser';

/** DEMO ONLY credentials, seeded by the app on its first start in this test run. */
const akim = { email: 'akim@demo.bilikti.kz', password: 'Bilikti-Demo-2026', fullName: 'Айгүл Бекова' };

describe('a learner signs in in Kazakh and switches to Russian', () => {
  let browser: Browser;
  let page: Page;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    browser = await launchBrowser();
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      locale: 'kk-KZ',
      // Lets the axe-core checker in; the app's own CSP forbids inline scripts.
      bypassCSP: true,
    });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the sign-in page in Kazakh to a first-time visitor', async () => {
    await page.goto(`${baseUrl}/`);
    await page.getByLabel('Электрондық пошта').waitFor();
    expect(page.url()).toContain('/sign-in');
    expect(await page.locator('html').getAttribute('lang')).toBe('kk');
    await expectAccessible(page, 'sign-in (kk)');
  });

  it('refuses a wrong password with a Kazakh message and signs in with the right one', async () => {
    await page.getByLabel('Электрондық пошта').fill(akim.email);
    await page.getByLabel('Құпиясөз').fill('wrong-password-123');
    await page.getByRole('button', { name: 'Кіру' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/[әғқңөұүһі]/i);

    await page.getByLabel('Құпиясөз').fill(akim.password);
    await page.getByRole('button', { name: 'Кіру' }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(akim.fullName) }).waitFor();
    await page.getByRole('navigation').first().waitFor();
    expect(await page.getByRole('button', { name: 'Шығу' }).isVisible()).toBe(true);
    await expectAccessible(page, 'home (kk)');
  });

  it('switches the shell to Russian, and the choice is saved to the profile', async () => {
    await page.getByLabel('Тіл').first().selectOption({ label: 'Русский' });
    await page.getByRole('button', { name: 'Выйти' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(akim.fullName);
    await expectAccessible(page, 'home (ru)');

    // Saved on the server: a fresh load comes back in Russian.
    await page.reload();
    await page.getByRole('button', { name: 'Выйти' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    const me = await page.evaluate(async () => (await fetch('/api/me')).json());
    expect(me.locale).toBe('ru');
  });

  it('shows the profile page in Russian', async () => {
    await page
      .getByRole('link', { name: /Профиль/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.locator('main').textContent()).toContain('Акмолинская область');
    await expectAccessible(page, 'profile (ru)');
  });

  it('shows a 404 page for an unknown address', async () => {
    await page.goto(`${baseUrl}/no-such-page`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/не найдена/i);
    await expectAccessible(page, '404 (ru)');
  });

  it('signs out back to the sign-in page', async () => {
    await page.goto(`${baseUrl}/`);
    await page.getByRole('button', { name: 'Выйти' }).click();
    await page.getByLabel('Электронная почта').waitFor();
    expect(page.url()).toContain('/sign-in');
  });
});
