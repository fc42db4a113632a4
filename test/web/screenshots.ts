import { mkdirSync } from 'fs';
import { join } from 'path';
import type { Page } from 'playwright-core';

const PHONE = { width: 390, height: 844 };

/**
 * `npm run screenshots` sets SCREENSHOTS_DIR: each page a browser suite visits is then saved at
 * desktop and phone widths for reviewers. Without it this does nothing (tests run as usual).
 * The page under test gets a plain viewport shot (as a person sees it at that moment); full-page
 * and phone shots come from a second tab that loads the same address with the same session, since
 * resizing or full-page capture of the page under test made later clicks on it go nowhere.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.SCREENSHOTS_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}-desktop.png`) });
  const session = (await page.evaluate('JSON.stringify(Object.assign({}, sessionStorage))')) as string;
  const phone = await page.context().newPage();
  try {
    await phone.setViewportSize(PHONE);
    // The session goes in before the page under test loads, or a vendor page would redirect to sign in.
    await phone.goto(new URL('/', page.url()).href);
    await phone.evaluate(`Object.entries(${session}).forEach(([k, v]) => sessionStorage.setItem(k, v))`);
    await phone.goto(page.url(), { waitUntil: 'networkidle' });
    await phone.screenshot({ path: join(dir, `${name}-phone.png`), fullPage: true });
    await phone.setViewportSize({ width: 1280, height: 900 });
    await phone.screenshot({ path: join(dir, `${name}-desktop-full.png`), fullPage: true });
  } finally {
    await phone.close();
  }
}
