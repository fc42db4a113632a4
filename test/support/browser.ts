/**
 * Browser tests: Debian's Chromium (/usr/bin/chromium, installed by scripts/ensure-chromium.sh,
 * never a downloaded build) driven through playwright-core, plus two checks every page gets:
 * no request leaves the API's origin, and axe-core finds no serious or critical WCAG violation.
 *
 *   const browser = await launchBrowser();
 *   const page = await browser.newPage();
 *   const watch = watchPage(page, baseUrl);
 *   await page.goto(`${baseUrl}/`);
 *   await expectAccessible(page, 'home');
 *   watch.expectSameOrigin();
 *   await browser.close();
 */
import { readFileSync } from 'fs';
import { mkdtemp, rm } from 'fs/promises';
import { tmpdir } from 'os';
import { join } from 'path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface TestBrowser {
  context: BrowserContext;
  newPage(options?: { width?: number; height?: number }): Promise<Page>;
  close(): Promise<void>;
}

/** Headless Chromium with a fresh profile (its own user-data-dir, removed on close). */
export async function launchBrowser(options: { locale?: string; timezoneId?: string } = {}): Promise<TestBrowser> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'sg-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    locale: options.locale ?? 'en-GB',
    timezoneId: options.timezoneId ?? 'Europe/Brussels',
    viewport: { width: 1280, height: 900 },
  });
  context.setDefaultTimeout(20_000);
  return {
    context,
    async newPage(size) {
      const page = await context.newPage();
      if (size?.width) await page.setViewportSize({ width: size.width, height: size.height ?? 900 });
      return page;
    },
    async close() {
      await context.close().catch(() => undefined);
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

export interface PageWatch {
  /** Every URL the page requested (documents, scripts, styles, fetches, images, …), in order. */
  requests: string[];
  /** Console errors and uncaught exceptions, CSP refusals included. */
  errors: string[];
  /** Fails listing each request that went anywhere but `origin`. */
  expectSameOrigin(): void;
  /** Fails listing console errors and page exceptions. */
  expectNoErrors(): void;
}

/** Records what a page requests and reports, from now on; `origin` is the API's, e.g. http://127.0.0.1:41234. */
export function watchPage(page: Page, origin: string): PageWatch {
  const expected = new URL(origin).origin;
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return {
    requests,
    errors,
    expectSameOrigin() {
      // data: URLs never leave the browser; anything else must be on the API's origin.
      const foreign = requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== expected);
      expect(foreign).toEqual([]);
    },
    expectNoErrors() {
      expect(errors).toEqual([]);
    },
  };
}

let axeSource: string | null = null;
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Runs axe-core (WCAG 2.0/2.1/2.2 A and AA rules) on the page as it is now and fails on any
 * serious or critical violation. axe is evaluated through the DevTools protocol, not as a script
 * tag, so the page's own Content-Security-Policy stays in force.
 */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  // Evaluated as strings: the page's globals (window, document, axe) are not in this file's types.
  if (!(await page.evaluate("typeof window.axe !== 'undefined'")))
    await page.evaluate((axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')));
  const violations = (await page.evaluate(
    `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_TAGS)} }, resultTypes: ['violations'] }).then((r) => r.violations)`,
  )) as AxeViolation[];
  const blocking = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${label}: ${v.id} (${v.impact}) ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(blocking).toEqual([]);
}
