import { closeSync, openSync, readSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formOfHeader } from '../../lib/io/canonical-csv-reader';
import { ResponseIdFingerprints } from '../../lib/io/response-id-fingerprints';
import type { Instrument } from '../../lib/instruments/schema';
import { mergeCounts, type CountsAccumulator } from '../group-counts';
import type { CliIo } from './cli-io';
import { countParts, type PartCounts, type PartsOfFile } from './count-part';
import { DataError } from './exit-codes';
import { headerColumnsOf, sha256InWorker, type InputFile } from './input-file';
import { ProgressBar } from './progress-bar';
import type { CanonicalFileRead } from './read-canonical-file';
import { bundledWorker } from './bundled-worker';

/**
 * Counting a large canonical CSV on every core. The file is cut into parts of about 8 MiB, each
 * starting just after a line break (and read after the header row); this thread and one worker
 * thread per other core take parts in turn and count each with the same PapaParse reader as one
 * stream, and the counts are merged in file order, so the figures (and the labels, taken from
 * each group's first response) are those of one stream. Response ids are checked for duplicates
 * across the threads.
 *
 * A cut may fall inside a quoted cell that holds a line break: the part before it then ends in an
 * open quote, which its reader reports. On that, on any other problem in any part, or on a
 * response id read by two threads, nothing is returned and the caller reads the file again in
 * one stream, which gives every message with its line in the file (a bad file is read twice; a
 * good one gives the figures of one stream, sooner).
 */

export interface PartOptions {
  /** Threads counting, this one included. Default: the number of cores. */
  threads?: number;
  /** About how many bytes a part has. Default 8 MiB. */
  partBytes?: number;
  /** Smaller files are read in one stream. Default 32 MiB (bundling and starting a worker thread take a few tenths of a second). */
  fromBytes?: number;
}

const WORKER_MODULE = join(dirname(fileURLToPath(import.meta.url)), 'count-part-worker.ts');

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const LOOK_BYTES = 1 << 16;

function readAt(fd: number, at: number, length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  return bytes.subarray(0, readSync(fd, bytes, 0, length, at));
}

/**
 * Where the parts start: 0, then just after the first line break at or past every `partBytes`;
 * undefined when the file is not a wide canonical CSV whose header row is plain (no quotes) and
 * ends in `\n` or `\r\n` (those are read in one stream).
 */
function partStarts(file: InputFile, partBytes: number): { headerEnd: number; starts: number[] } | undefined {
  const fd = openSync(file.path, 'r');
  try {
    const head = readAt(fd, 0, LOOK_BYTES);
    const headerEnd = head.indexOf(LF) + 1;
    if (headerEnd === 0 || head.subarray(0, headerEnd).includes(QUOTE) || head.subarray(0, headerEnd - 2).includes(CR)) return undefined;
    if (formOfHeader(headerColumnsOf(head.subarray(0, headerEnd))) !== 'wide') return undefined;
    const starts = [0];
    for (let near = partBytes; near < file.bytes; near += partBytes) {
      const lineBreak = readAt(fd, near, LOOK_BYTES).indexOf(LF);
      const start = near + lineBreak + 1;
      if (lineBreak !== -1 && start < file.bytes && start > starts[starts.length - 1]!) starts.push(start);
    }
    return { headerEnd, starts };
  } finally {
    closeSync(fd);
  }
}

function countOnWorker(parts: PartsOfFile): Promise<{ parts: PartCounts[]; ids: Int32Array }> {
  return new Promise((resolve, reject) => {
    // A young generation of 12 MB instead of the default: rows die young, and that saved 15–35 MB
    // resident at no cost in speed on 1,000,000-row files.
    const worker = bundledWorker(WORKER_MODULE, parts, { maxYoungGenerationSizeMb: 12 });
    worker.once('message', (counted: { parts: PartCounts[]; ids: Int32Array }) => {
      resolve(counted);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

/**
 * Counts the answers of a large canonical CSV into `counts` on every core (see the top of this
 * file) and returns what `readCanonicalFile` returns; or leaves `counts` as it is and returns
 * undefined when the file must be read in one stream instead: a small or long-form file, a
 * machine with one core, or any problem.
 *
 * @example
 * const read = await countInParts(io, inputFile(io, 'big.csv'), resolved.known, counts);
 * read?.summary.responses // 1000000
 */
export async function countInParts(
  io: CliIo,
  file: InputFile,
  instruments: readonly Instrument[],
  counts: CountsAccumulator,
  options: PartOptions = {},
): Promise<CanonicalFileRead | undefined> {
  const threads = options.threads ?? availableParallelism();
  if (threads < 2 || file.bytes < (options.fromBytes ?? 32 << 20)) return undefined;
  const layout = partStarts(file, options.partBytes ?? 8 << 20);
  if (!layout || layout.starts.length < 2) return undefined;
  const parts: PartsOfFile = {
    path: file.path,
    shown: file.shown,
    bytes: file.bytes,
    instruments: [...instruments],
    instrumentId: counts.instrument.id,
    groupBy: [...counts.groupBy],
    ...layout,
    progress: new Int32Array(new SharedArrayBuffer(8)),
  };
  const digest = sha256InWorker(file.path);
  digest.catch(() => {});
  const workers = Array.from({ length: Math.min(threads, layout.starts.length) - 1 }, () => countOnWorker(parts));
  workers.forEach((worker) => worker.catch(() => {}));

  const ids = new ResponseIdFingerprints();
  const bar = new ProgressBar(io.stderr, file.bytes, `Reading ${file.shown}`, io.stderrIsTTY);
  const counted: PartCounts[] = [];
  try {
    counted.push(...countParts(parts, ids, () => bar.update(Atomics.load(parts.progress, 1) * 1024)));
    const tables = [ids.fingerprints()];
    for (const worker of await Promise.all(workers)) {
      counted.push(...worker.parts);
      if (tables.some((table) => ResponseIdFingerprints.overlap(table, worker.ids))) return undefined;
      tables.push(worker.ids);
    }
  } finally {
    bar.finish();
  }
  if (counted.some((part) => !part.clean)) return undefined;
  if (counted.length !== layout.starts.length) throw new Error(`countInParts: ${counted.length} of ${layout.starts.length} parts counted`);

  counted.sort((a, b) => a.index - b.index);
  const byInstrument = new Map<string, number>();
  for (const part of counted) {
    mergeCounts(counts, part.counts);
    for (const [id, n] of Object.entries(part.byInstrument)) byInstrument.set(id, (byInstrument.get(id) ?? 0) + n);
  }
  const sum = (pick: (part: PartCounts) => number) => counted.reduce((total, part) => total + pick(part), 0);
  const summary = {
    file: file.shown,
    form: 'wide' as const,
    responses: sum((part) => part.responses),
    byInstrument: Object.fromEntries([...byInstrument].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    lines: sum((part) => part.lines),
  };
  const sha256 = await digest.catch((error: unknown) => {
    throw new DataError(`${file.shown}: cannot read the file (${String(error)})`);
  });
  return { summary, record: { role: 'data', file: file.shown, sha256, bytes: file.bytes } };
}
