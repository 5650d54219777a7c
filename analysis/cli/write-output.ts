import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import type { CliIo } from './cli-io';
import { DataError } from './exit-codes';
import type { RunRecord } from './run-record';
import { runMarkdown } from './run-sections';

/** Writes to a stream and waits until the stream has taken it (back-pressure for large outputs). */
export function writeToStream(stream: Writable, content: string | Uint8Array): Promise<void> {
  return new Promise((done, fail) => {
    stream.write(content, (error) => (error ? fail(error) : done()));
  });
}

/**
 * Writes a command's output to `--output FILE` (creating its folder) or, without one, to stdout.
 *
 * @example
 * await writeOutput(io, 'out/table.json', json) // writes out/table.json
 * await writeOutput(io, undefined, markdown)    // prints
 */
export async function writeOutput(io: CliIo, output: string | undefined, content: string | Uint8Array): Promise<void> {
  if (output === undefined) {
    await writeToStream(io.stdout, content);
    return;
  }
  const path = resolve(io.cwd, output);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  } catch (error) {
    throw new DataError(`${output}: cannot write the output file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}

/**
 * Writes a CSV output, a plain table that spreadsheets open, and its run record beside it: with
 * `-o FILE`, as FILE.run.json; on standard output, as JSON on standard error.
 *
 * @example
 * await writeCsvOutput(io, 'table.csv', csv, run) // writes table.csv and table.csv.run.json
 */
export async function writeCsvOutput(io: CliIo, output: string | undefined, csv: string, run: RunRecord): Promise<void> {
  const record = `${JSON.stringify(run, null, 2)}\n`;
  await writeOutput(io, output, csv);
  if (output === undefined) await writeToStream(io.stderr, record);
  else await writeOutput(io, `${output}.run.json`, record);
}

/**
 * Writes a command's result in the format asked for: CSV (with its run record beside it), JSON
 * (the result as it is), or Markdown followed by the run record.
 *
 * @example
 * await writeFormatted(io, output, format, run, json, { csv: () => trendCsv(json), md: () => renderTrendMarkdown(json) });
 */
export async function writeFormatted(
  io: CliIo,
  output: string | undefined,
  format: 'md' | 'json' | 'csv',
  run: RunRecord,
  json: unknown,
  render: { csv: () => string; md: () => string },
): Promise<void> {
  if (format === 'csv') await writeCsvOutput(io, output, render.csv(), run);
  else await writeOutput(io, output, format === 'json' ? `${JSON.stringify(json, null, 2)}\n` : render.md() + runMarkdown(run));
}
