/**
 * Full-page screenshots, written where people (and reviewers) can look at them:
 * `test-results/screenshots/<name>.png`.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { screenshotsDir } from './paths';

/**
 * Saves a full-page PNG of `page` (or a picture of one element) as `test-results/screenshots/<name>.png` and returns its path.
 * `name` may contain `/` to make sub-folders (e.g. `'popup/zoom-200'`); other characters outside
 * `[A-Za-z0-9._-]` become `-`. Animations are disabled so pictures are stable; the picture has one
 * pixel per device pixel (so a deviceScaleFactor-2 session gives sharp, zoom-like pictures).
 */
export async function saveScreenshot(target: Page | Locator, name: string): Promise<string> {
  const safe = name
    .split('/')
    .filter((part) => part !== '' && part !== '.' && part !== '..')
    .map((part) => part.replace(/[^A-Za-z0-9._-]+/g, '-'))
    .join('/');
  if (!safe) throw new Error(`Invalid screenshot name: ${JSON.stringify(name)}`);
  const file = path.join(screenshotsDir, `${safe}.png`);
  await mkdir(path.dirname(file), { recursive: true });
  const options = { path: file, animations: 'disabled', scale: 'device' } as const;
  await ('goto' in target ? target.screenshot({ ...options, fullPage: true }) : target.screenshot(options));
  return file;
}
