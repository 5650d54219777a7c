import type { Worker } from 'node:worker_threads';
import type { Newline } from '../../lib/io/csv-rows';
import { ImportError } from '../../lib/io/imports/import-error';
import type { CountsAccumulator } from '../group-counts';
import type { CliIo } from './cli-io';
import { countPiece, type PieceCounts, type PieceSetup } from './count-piece';
import type { CountWorkerMessage } from './count-worker';
import { DataError } from './exit-codes';
import { hashedChunks, type InputFile } from './input-file';
import { PieceMerger } from './piece-merger';
import type { CanonicalFileRead } from './read-canonical-file';
import { typeScriptWorker } from './typescript-worker';

/**
 * Counting a large canonical CSV (wide form) on every core. The file is cut into pieces that
 * start at row boundaries; worker threads read the pieces with the same PapaParse reader as one
 * stream would (`CanonicalCsvDecoder`, told the header) and count each into its own accumulator;
 * `PieceMerger` then puts the pieces together in file order (counts, duplicate ids across the
 * file, problems with their lines in the file). So the figures and the messages are those of one
 * stream; only the time differs.
 *
 * Where a piece may end: after a line break of text that starts at a row boundary and holds no
 * quote character, every line break ends a row. Bytes with a quote (a quoted cell may hold line
 * breaks) are read in this thread, where PapaParse says where the last complete row ends; so is
 * the first piece, which holds the header.
 */

export interface PieceOptions {
  /** Worker threads. */
  workers: number;
  /** About how many bytes a piece has. */
  pieceBytes: number;
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** Where the last row of quote-free text ends (just after its line break); 0 when no row ends in it. */
function lastRowEnd(bytes: Buffer, newline: Newline | undefined): number {
  if (newline === undefined) return Math.max(bytes.lastIndexOf(LF), bytes.lastIndexOf(CR)) + 1;
  if (newline === '\r') return bytes.lastIndexOf(CR) + 1;
  for (let at = bytes.lastIndexOf(LF); at >= 0; at = at === 0 ? -1 : bytes.lastIndexOf(LF, at - 1)) {
    if (newline === '\n' || (at > 0 && bytes[at - 1] === CR)) return at + 1;
  }
  return 0;
}

/** The worker threads, each sent pieces in turn; a piece's counts come back as a promise. */
class PieceWorkers {
  private readonly waiting = new Map<number, { resolve: (piece: PieceCounts) => void; reject: (error: Error) => void }>();
  private turn = 0;

  constructor(private readonly workers: Worker[]) {
    for (const worker of workers) {
      worker.on('message', (reply: { index: number; piece?: PieceCounts; error?: string }) => {
        const waiting = this.waiting.get(reply.index);
        this.waiting.delete(reply.index);
        if (reply.piece) waiting?.resolve(reply.piece);
        else waiting?.reject(new Error(`count worker: ${reply.error}`));
      });
      worker.on('error', (error) => {
        for (const waiting of this.waiting.values()) waiting.reject(error);
        this.waiting.clear();
      });
    }
  }

  send(message: CountWorkerMessage): void {
    for (const worker of this.workers) worker.postMessage(message);
  }

  count(index: number, bytes: Buffer): Promise<PieceCounts> {
    const own = new Uint8Array(bytes); // a copy with its own buffer, which is handed over, not copied again
    const worker = this.workers[this.turn++ % this.workers.length]!;
    const result = new Promise<PieceCounts>((resolve, reject) => this.waiting.set(index, { resolve, reject }));
    worker.postMessage({ index, bytes: own } satisfies CountWorkerMessage, [own.buffer]);
    return result;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}

/**
 * Counts the answers of a canonical CSV (wide form) into `counts`, reading pieces of it on
 * `options.workers` worker threads, and returns what `readCanonicalFile` returns. A bad file is a
 * DataError listing every problem with file, line and column, as one stream would list them.
 *
 * @example
 * const read = await countInPieces(io, inputFile(io, 'big.csv'), setup, counts, { workers: 2, pieceBytes: 4 << 20 });
 */
export async function countInPieces(io: CliIo, file: InputFile, setup: PieceSetup, counts: CountsAccumulator, options: PieceOptions): Promise<CanonicalFileRead> {
  const workers = new PieceWorkers(
    Array.from({ length: options.workers }, () => typeScriptWorker(new URL('./count-worker.ts', import.meta.url), setup)),
  );
  const merger = new PieceMerger(counts, file.shown);
  // Pieces not yet merged, in file order; at most two per worker, so memory stays bounded.
  const queue: Promise<PieceCounts>[] = [];
  let stopped = false;
  const mergeUntil = async (left: number) => {
    while (!stopped && queue.length > left) stopped = !merger.add(await queue.shift()!);
  };
  let header: string[] | undefined;
  let newline: Newline | undefined;
  let index = 0;

  /** Sends the rows of `bytes` on (the last row only when `final`), returning the bytes left over. */
  const dispatch = (bytes: Buffer, final: boolean): Buffer => {
    const end = final ? bytes.length : lastRowEnd(bytes, newline);
    if (end === 0 && (header || !final)) return bytes;
    const piece = bytes.subarray(0, end);
    if (header && piece.indexOf(QUOTE) === -1) {
      queue.push(workers.count(index++, piece));
      return bytes.subarray(end);
    }
    const { piece: read, rest } = countPiece({ ...setup, ...(header ? { header, newline } : {}) }, piece, !final);
    index++;
    if (!header && read.columns) {
      if (read.form !== 'wide') throw new Error('countInPieces: the long form cannot be read in pieces');
      header = read.columns;
      newline = read.newline;
      workers.send({ header, newline });
    }
    queue.push(Promise.resolve(read));
    return rest === '' ? bytes.subarray(end) : Buffer.concat([Buffer.from(rest, 'utf8'), bytes.subarray(end)]);
  };

  const chunks = hashedChunks(io, file, 'Reading', Math.min(options.pieceBytes, 1 << 20));
  try {
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    for await (const chunk of chunks) {
      pending.push(chunk);
      pendingBytes += chunk.length;
      if (pendingBytes < options.pieceBytes) continue;
      const left = dispatch(Buffer.concat(pending), false);
      pending = [left];
      pendingBytes = left.length;
      await mergeUntil(2 * options.workers);
      if (stopped) break;
    }
    if (!stopped) {
      dispatch(Buffer.concat(pending), true);
      await mergeUntil(0);
    }
    const summary = merger.finish();
    return { summary, record: { role: 'data', file: file.shown, sha256: await chunks.digest(), bytes: file.bytes } };
  } catch (error) {
    if (error instanceof ImportError) throw new DataError(error.message);
    throw error;
  } finally {
    for (const left of queue) left.catch(() => {});
    await workers.close();
  }
}
