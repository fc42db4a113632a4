import { mkdirSync } from 'fs';
import { join } from 'path';
import type { Page } from 'playwright-core';

const PHONE = { width: 390, height: 844 };

/**
 * `npm run screenshots` sets SCREENSHOTS_DIR: each page a browser suite visits is then saved at
 * desktop and phone widths for reviewers. Without it this does nothing (tests run as usual).
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.SCREENSHOTS_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  const desktop = page.viewportSize() ?? { width: 1280, height: 900 };
  await page.screenshot({ path: join(dir, `${name}-desktop.png`), fullPage: true });
  await page.setViewportSize(PHONE);
  await page.screenshot({ path: join(dir, `${name}-phone.png`), fullPage: true });
  await page.setViewportSize(desktop);
}
