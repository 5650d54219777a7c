import type { Writable } from 'node:stream';

/**
 * Where a command reads and writes: the process's streams when run as `pulse`, buffers in tests.
 * Relative paths on the command line are resolved against `cwd`.
 */
export interface CliIo {
  stdout: Writable;
  stderr: Writable;
  /** Whether stderr is a terminal: the progress bar is drawn only then. */
  stderrIsTTY: boolean;
  cwd: string;
}

/**
 * The streams of the running process.
 *
 * @example
 * process.exitCode = await runCli(process.argv.slice(2), processIo());
 */
export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, stderrIsTTY: process.stderr.isTTY === true, cwd: process.cwd() };
}
