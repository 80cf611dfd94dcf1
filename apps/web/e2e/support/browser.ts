import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, type BrowserContext, chromium, type Frame, type Page } from 'playwright-core';
import { afterAll, expect } from 'vitest';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Pages (by route: ids in the path replaced, query left out) that this file's browser showed, and
 * those axe checked. Every page a test visits must be checked: the file fails at its end otherwise.
 */
const visited = new Map<string, string>();
const checked = new Set<string>();

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const routeOf = (url: string) => new URL(url).pathname.replace(UUID, ':id');

function trackPages(context: BrowserContext): void {
  context.on('page', (page) => {
    page.on('framenavigated', (frame: Frame) => {
      if (frame !== page.mainFrame() || !frame.url().startsWith('http')) return;
      const route = routeOf(frame.url());
      if (!visited.has(route)) visited.set(route, frame.url());
    });
  });
}

afterAll(() => {
  const unchecked = [...visited].filter(([route]) => !checked.has(route)).map(([, url]) => url);
  expect(unchecked, 'pages visited without an accessibility check (expectAccessible)').toEqual([]);
});

/**
 * Debian's chromium, never a downloaded browser; flags that keep it off the network. Its contexts
 * record every page they show, so that a page left without an axe check fails the file.
 */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (...options: Parameters<Browser['newContext']>) => {
    const context = await newContext(...options);
    trackPages(context);
    return context;
  };
  return browser;
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/** Runs axe-core on the page unless its route was checked already in this file. */
export async function expectAccessibleOnce(page: Page, label: string): Promise<void> {
  if (!checked.has(routeOf(page.url()))) await expectAccessible(page, label);
}

/** Runs axe-core on the page as it is now; fails on any serious or critical violation. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  checked.add(routeOf(page.url()));
  // Evaluated rather than added as a script tag: the app's CSP (no inline scripts) stays on.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: AxeViolation[] }> } })
      .axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
  const blocking = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(blocking, `accessibility of ${label}`).toEqual([]);
}
