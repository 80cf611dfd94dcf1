import type { Page } from 'playwright-core';
import { expectAccessibleOnce } from './browser';

/** The smallest PDF the API's type check recognises, as a browser would upload it. */
export const SAMPLE_PDF = Buffer.from(
  '%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
);

/** Signs in through the sign-in page and waits for the app shell; axe checks both pages once per file. */
export async function signIn(page: Page, baseUrl: string, account: { email: string; password: string }) {
  await page.goto(`${baseUrl}/sign-in`);
  await page.locator('input[type="email"]').waitFor();
  await expectAccessibleOnce(page, 'sign-in page');
  await page.locator('input[type="email"]').fill(account.email);
  await page.locator('input[type="password"]').fill(account.password);
  await page.locator('form button[type="submit"]').click();
  await page.getByRole('navigation').first().waitFor();
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await expectAccessibleOnce(page, 'page after signing in');
}
