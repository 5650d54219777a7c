/**
 * Locations the end-to-end harness relies on, resolved from this file so that tests work
 * whatever the current working directory is.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The repository root (this file lives in `test/e2e/support/`). */
export const repoRoot: string = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Where `npx wxt build` writes the Chrome MV3 build. */
export const extensionBuildDir: string = path.join(repoRoot, '.output', 'chrome-mv3');

/** Root for artefacts produced by e2e runs (git-ignored). */
export const testResultsDir: string = path.join(repoRoot, 'test-results');

/** Where {@link saveScreenshot} writes PNGs. */
export const screenshotsDir: string = path.join(testResultsDir, 'screenshots');
