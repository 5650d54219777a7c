import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { runCli } from '../../../analysis/cli/main';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** The shared reference files: CI checks `shared/` out beside the clone. */
export const externalDir = path.resolve(repoRoot, '../shared/reference/external');
export const importFixturesDir = path.resolve(repoRoot, 'test/fixtures/imports');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** A writable stream that keeps what is written. */
function collector(): Writable & { text(): string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
      done();
    },
  }) as Writable & { text(): string };
  stream.text = () => Buffer.concat(chunks).toString('utf8');
  return stream;
}

/** Runs `pulse` in this process (fast), with relative paths resolved against `cwd`. */
export async function pulse(args: string[], cwd = repoRoot): Promise<CliResult> {
  const stdout = collector();
  const stderr = collector();
  const code = await runCli(args, { stdout, stderr, stderrIsTTY: false, cwd });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** Runs `node bin/pulse.mjs` as a child process, as a user or script would. */
export function pulseProcess(args: string[], cwd = repoRoot): CliResult {
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'bin/pulse.mjs'), ...args], { cwd, encoding: 'utf8' });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temporary folder. */
export function tempDir(prefix = 'pulse-cli-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/** Writes a file into a folder and returns its path. */
export function writeFile(dir: string, name: string, text: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

/** SHA-256 of a file, computed here (independently of the CLI). */
export function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** A CSV read with PapaParse into objects keyed by header (independently of the code under test). */
export function readCsv(file: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true }).data;
}

/** Percentage rounded half up to a whole number, in integers: floor((200c + n) / 2n). */
export function halfUp(count: number, n: number): number {
  return Math.floor((200 * count + n) / (2 * n));
}

/** The package version, read from package.json. */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
}
