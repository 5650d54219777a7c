/**
 * Launching Debian's Chromium with the built extension loaded, in a throw-away profile.
 *
 * Typical use:
 * ```ts
 * let ext: ExtensionSession;
 * beforeAll(async () => { ext = await launchExtension(); });
 * afterAll(async () => { await ext?.close(); });
 * it('…', async () => { const page = await ext.openPage('popup.html'); … });
 * ```
 * The flags are the ones PLATFORM.md ("Real Chromium for end-to-end tests") says work here.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { extensionBuildDir } from './paths';

/** Debian's Chromium unless the environment variable `CHROMIUM_PATH` says otherwise. */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/** Window size used unless a test asks for another (a common laptop size). */
export const DEFAULT_VIEWPORT = { width: 1280, height: 720 } as const;

export interface LaunchOptions {
  /** Unpacked extension to load. Defaults to `.output/chrome-mv3` (from `npx wxt build`). */
  extensionDir?: string;
  /** Browser executable. Defaults to env `CHROMIUM_PATH`, then `/usr/bin/chromium`. */
  chromiumPath?: string;
  /** CSS-pixel viewport of every tab. Defaults to {@link DEFAULT_VIEWPORT}. */
  viewport?: { width: number; height: number };
  /** Device pixel ratio of every tab (default 1). */
  deviceScaleFactor?: number;
  /** How long to wait for the extension's service worker to start, in ms (default 30 s). */
  serviceWorkerTimeoutMs?: number;
}

export interface ExtensionSession {
  /** The persistent browser context (one profile, one browser process). */
  readonly context: BrowserContext;
  /** The extension id Chromium assigned (host of every `chrome-extension://` URL). */
  readonly extensionId: string;
  /** The extension's background service worker; `evaluate` runs code inside it. */
  readonly serviceWorker: Worker;
  /** The unpacked extension directory that was loaded. */
  readonly extensionDir: string;
  /** The temporary profile directory (removed by {@link ExtensionSession.close}). */
  readonly profileDir: string;
  /** `chrome-extension://<id>/<pagePath>`; `pagePath` may carry a query, e.g. `questionnaire.html?instrument=pulse`. */
  url(pagePath: string): string;
  /** Opens an extension page in a new tab and waits for its `load` event. */
  openPage(pagePath: string): Promise<Page>;
  /** Closes the browser and deletes the temporary profile. Safe to call twice. */
  close(): Promise<void>;
}

/**
 * Throws a clear error when the extension has not been built.
 * @param extensionDir the unpacked build to check (default `.output/chrome-mv3`)
 */
export function assertExtensionBuilt(extensionDir: string = extensionBuildDir): void {
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(
      `No built extension at ${extensionDir} (manifest.json missing). ` +
        'Run `npx wxt build` first, then rerun the end-to-end tests.',
    );
  }
}

/** The Chromium executable to use: `CHROMIUM_PATH` if set, else Debian's. Throws if it is missing. */
export function resolveChromiumPath(explicit?: string): string {
  const candidate = explicit ?? process.env['CHROMIUM_PATH'] ?? DEFAULT_CHROMIUM_PATH;
  if (!existsSync(candidate)) {
    throw new Error(
      `Chromium not found at ${candidate}. Install Debian's (\`apt-get install -y chromium\`) ` +
        'or set CHROMIUM_PATH to a Chromium executable. Do not run `playwright install`.',
    );
  }
  return candidate;
}

/** The command-line flags for loading `extensionDir` quietly in headless Chromium (see PLATFORM.md). */
export function chromiumArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ];
}

function isExtensionWorker(worker: Worker): boolean {
  return worker.url().startsWith('chrome-extension://');
}

/**
 * Waits for the extension's service worker (already running, or the next one to start).
 * The listener is registered before the existing workers are checked, so no start is missed.
 */
export async function waitForServiceWorker(context: BrowserContext, timeoutMs = 30_000): Promise<Worker> {
  const started = context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: timeoutMs });
  const running = context.serviceWorkers().find(isExtensionWorker);
  if (running) {
    started.catch(() => undefined); // nobody awaits it any more; it will time out or close quietly
    return running;
  }
  try {
    return await started;
  } catch (error) {
    throw new Error(
      `The extension's service worker did not start within ${timeoutMs} ms. ` +
        'Check that the build has a background entrypoint and that it does not throw on start-up.',
      { cause: error },
    );
  }
}

/** The extension id: the host of the service worker's `chrome-extension://<id>/…` URL. */
export function extensionIdFromWorker(worker: Worker): string {
  const id = new URL(worker.url()).host;
  if (!id) throw new Error(`Cannot read an extension id from service worker URL ${worker.url()}`);
  return id;
}

/**
 * Launches Chromium headless with the extension loaded in a fresh temporary profile and
 * waits for its service worker. Downloads are accepted (see `download.ts`).
 * Always call `close()` (e.g. in `afterAll`) so the browser and profile go away.
 */
export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const extensionDir = path.resolve(options.extensionDir ?? extensionBuildDir);
  assertExtensionBuilt(extensionDir);
  const executablePath = resolveChromiumPath(options.chromiumPath);
  const profileDir = await mkdtemp(path.join(os.tmpdir(), 'frontline-pulse-e2e-'));

  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath,
      headless: true,
      ignoreDefaultArgs: ['--disable-extensions'],
      args: chromiumArgs(extensionDir),
      acceptDownloads: true,
      viewport: options.viewport ?? { ...DEFAULT_VIEWPORT },
      deviceScaleFactor: options.deviceScaleFactor ?? 1,
    });
  } catch (error) {
    await rm(profileDir, { recursive: true, force: true });
    throw error;
  }

  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    try {
      await context.close();
    } finally {
      await rm(profileDir, { recursive: true, force: true, maxRetries: 3, retryDelay: 200 });
    }
  };

  let serviceWorker: Worker;
  try {
    serviceWorker = await waitForServiceWorker(context, options.serviceWorkerTimeoutMs);
  } catch (error) {
    await close();
    throw error;
  }
  const extensionId = extensionIdFromWorker(serviceWorker);
  const url = (pagePath: string): string => `chrome-extension://${extensionId}/${pagePath.replace(/^\/+/, '')}`;

  return {
    context,
    extensionId,
    serviceWorker,
    extensionDir,
    profileDir,
    url,
    async openPage(pagePath: string): Promise<Page> {
      const page = await context.newPage();
      await page.goto(url(pagePath), { waitUntil: 'load' });
      return page;
    },
    close,
  };
}
