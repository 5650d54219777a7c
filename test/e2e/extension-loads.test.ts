/**
 * Smoke test: the built extension loads in a real Chromium, asks for no more than it needs,
 * and its background schedules the weekly pulse.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertExtensionBuilt, launchExtension, type ExtensionSession } from './support/extension';
import { extensionBuildDir } from './support/paths';

/** The parts of chrome.* the service-worker callbacks below use (they run in the browser). */
declare const chrome: {
  runtime: { getURL(path: string): string };
  alarms: { getAll(): Promise<Array<{ name: string; scheduledTime: number; periodInMinutes?: number }>> };
};

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  storage?: { managed_schema?: string };
  background?: { service_worker?: string };
}

const WEEK_IN_MINUTES = 7 * 24 * 60;

describe('the built extension', () => {
  let ext: ExtensionSession | undefined;
  const session = (): ExtensionSession => {
    if (!ext) throw new Error('the browser did not start (see the beforeAll error)');
    return ext;
  };

  beforeAll(async () => {
    ext = await launchExtension();
  });

  afterAll(async () => {
    await ext?.close();
  });

  it('is built (npx wxt build) with a manifest', () => {
    expect(() => assertExtensionBuilt()).not.toThrow();
  });

  it('starts its service worker', () => {
    const { serviceWorker, extensionId } = session();
    expect(extensionId).toMatch(/^[a-p]{32}$/);
    expect(serviceWorker.url()).toMatch(new RegExp(`^chrome-extension://${extensionId}/.+\\.js$`));
  });

  it('declares exactly storage, alarms and notifications, and no host permissions', async () => {
    const manifest = await session().serviceWorker.evaluate(
      async () => (await fetch(chrome.runtime.getURL('manifest.json'))).json() as Promise<unknown>,
    ) as Manifest;
    expect(manifest.manifest_version).toBe(3);
    expect([...(manifest.permissions ?? [])].sort()).toEqual(['alarms', 'notifications', 'storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
  });

  it('points storage.managed_schema to a JSON file in the build', async () => {
    const manifest = await session().serviceWorker.evaluate(
      async () => (await fetch(chrome.runtime.getURL('manifest.json'))).json() as Promise<unknown>,
    ) as Manifest;
    const schema = manifest.storage?.managed_schema;
    expect(schema, 'manifest.storage.managed_schema').toBeTypeOf('string');
    const file = path.join(extensionBuildDir, schema ?? '');
    expect(existsSync(file), `${schema} in ${extensionBuildDir}`).toBe(true);
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { type?: unknown };
    expect(parsed.type).toBe('object');
  });

  it('creates the weekly alarm "weekly-pulse" in the background', async () => {
    const { serviceWorker } = session();
    // The background may create the alarm a moment after start-up (e.g. after reading settings).
    await expect
      .poll(async () => (await serviceWorker.evaluate(() => chrome.alarms.getAll())).map((a) => a.name), { timeout: 15_000 })
      .toContain('weekly-pulse');
    const alarms = await serviceWorker.evaluate(() => chrome.alarms.getAll());
    const alarm = alarms.find((a) => a.name === 'weekly-pulse');
    // Weekly: a repeating alarm with a one-week period, next due within a week.
    expect(alarm?.periodInMinutes).toBe(WEEK_IN_MINUTES);
    const minutesAway = ((alarm?.scheduledTime ?? 0) - Date.now()) / 60_000;
    expect(minutesAway).toBeGreaterThan(0);
    expect(minutesAway).toBeLessThanOrEqual(WEEK_IN_MINUTES + 60);
  });
});
