import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { ImportError } from '../../../../lib/io/imports';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
/** The shared reference files: CI checks `shared/` out beside the clone. */
export const externalDir = path.resolve(repoRoot, '../shared/reference/external');
export const fixturesDir = path.resolve(repoRoot, 'test/fixtures/imports');

export function readExternal(name: string): string {
  return readFileSync(path.join(externalDir, name), 'utf8');
}

export function readFixture(name: string): string {
  return readFileSync(path.join(fixturesDir, name), 'utf8');
}

/** Writes a (corrupted) copy to a fresh temporary folder and returns its path. */
export function writeTemp(name: string, text: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'pulse-import-')), name);
  writeFileSync(file, text);
  return file;
}

/** Runs an import that must fail and returns the error; the import must return nothing. */
export function importFailure(run: () => unknown): ImportError {
  let result: unknown;
  try {
    result = run();
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return error as ImportError;
  }
  expect.fail(`expected an ImportError, got a result: ${JSON.stringify(result).slice(0, 200)}`);
}
