/**
 * Downloads: click something that saves a file (e.g. "Export CSV") and read what was saved.
 * Needs a context with `acceptDownloads: true` (what `launchExtension` creates). Read the file
 * before closing the session: Playwright deletes downloads with the context.
 */
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';

export interface DownloadedFile {
  /** The file name the page suggested (the `download` attribute or Content-Disposition). */
  suggestedFilename: string;
  /** The file's contents decoded as UTF-8 (a leading byte-order mark is kept, so tests can check it). */
  text: string;
  /** The raw bytes. */
  bytes: Buffer;
}

/** `Locator` as given; a string is the accessible name of a button (`getByRole('button', { name })`). */
function resolveTarget(page: Page, target: Locator | string): Locator {
  return typeof target === 'string' ? page.getByRole('button', { name: target, exact: true }) : target;
}

/**
 * Clicks `target` and waits for the download it starts.
 * @param target a Locator, or a button's exact accessible name
 * @param timeoutMs how long to wait for the download to start (default 30 s)
 */
export async function clickAndDownload(page: Page, target: Locator | string, timeoutMs = 30_000): Promise<DownloadedFile> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: timeoutMs }), resolveTarget(page, target).click()]);
  const failure = await download.failure();
  if (failure) throw new Error(`Download "${download.suggestedFilename()}" failed: ${failure}`);
  const bytes = await readFile(await download.path());
  return { suggestedFilename: download.suggestedFilename(), text: bytes.toString('utf8'), bytes };
}

/** Clicks `target` and returns the downloaded file's text (see {@link clickAndDownload}). */
export async function clickAndReadDownload(page: Page, target: Locator | string, timeoutMs?: number): Promise<string> {
  return (await clickAndDownload(page, target, timeoutMs)).text;
}
