/**
 * Full-page screenshots, written where people (and reviewers) can look at them:
 * `test-results/screenshots/<name>.png`.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { screenshotsDir } from './paths';

/**
 * Saves a full-page PNG of `page` as `test-results/screenshots/<name>.png` and returns its path.
 * `name` may contain `/` to make sub-folders (e.g. `'popup/zoom-200'`); other characters outside
 * `[A-Za-z0-9._-]` become `-`. Animations are disabled so pictures are stable; the picture has one
 * pixel per device pixel (so a deviceScaleFactor-2 session gives sharp, zoom-like pictures).
 */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  const safe = name
    .split('/')
    .filter((part) => part !== '' && part !== '.' && part !== '..')
    .map((part) => part.replace(/[^A-Za-z0-9._-]+/g, '-'))
    .join('/');
  if (!safe) throw new Error(`Invalid screenshot name: ${JSON.stringify(name)}`);
  const file = path.join(screenshotsDir, `${safe}.png`);
  await mkdir(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled', scale: 'device' });
  return file;
}
