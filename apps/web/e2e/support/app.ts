import type { Page } from 'playwright-core';

/** The smallest PDF the API's type check recognises, as a browser would upload it. */
export const SAMPLE_PDF = Buffer.from(
  '%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
);

/** Signs in through the sign-in page and waits for the app shell. */
export async function signIn(page: Page, baseUrl: string, account: { email: string; password: string }) {
  await page.goto(`${baseUrl}/sign-in`);
  await page.locator('input[type="email"]').fill(account.email);
  await page.locator('input[type="password"]').fill(account.password);
  await page.locator('form button[type="submit"]').click();
  await page.getByRole('navigation').first().waitFor();
}
