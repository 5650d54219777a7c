import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { CANONICAL_COLUMNS } from '../../lib/io/canonical-columns';
import { Worker } from 'node:worker_threads';
import type { CliIo } from './cli-io';
import { DataError } from './exit-codes';
import { ProgressBar } from './progress-bar';
import type { InputRecord } from './run-record';

/** An input file named on the command line, checked to exist. */
export interface InputFile {
  /** As given on the command line: what messages and run records show. */
  shown: string;
  path: string;
  bytes: number;
}

/**
 * Checks that an input file exists and is a file; a DataError naming it otherwise.
 *
 * @example
 * inputFile(io, 'demo.csv') // { shown: 'demo.csv', path: '/work/demo.csv', bytes: 812345 }
 */
export function inputFile(io: CliIo, shown: string): InputFile {
  const path = resolve(io.cwd, shown);
  let stats;
  try {
    stats = statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new DataError(`${shown}: ${code === 'ENOENT' ? 'no such file' : `cannot read the file (${code ?? String(error)})`}`);
  }
  if (!stats.isFile()) throw new DataError(`${shown}: not a file`);
  return { shown, path, bytes: stats.size };
}

/**
 * Bytes read at a time. Small enough that the rows parsed from one chunk die young in the heap: on
 * a 1,000,000-row file, 1 MiB chunks gave the same speed with about 70 MB more resident memory
 * than 256 KiB, and 256 KiB about 10 MB more than 64 KiB (about 60 MB more when read on two
 * threads, see count-part.ts).
 */
export const CHUNK_BYTES = 64 << 10;

/** Files at least this large are hashed in a worker thread, beside the reading. */
const HASH_IN_WORKER = 16 << 20;

/**
 * The SHA-256 of a file, computed in a worker thread (plain JavaScript, so no loader is needed there).
 *
 * @example
 * await sha256InWorker('/data/big.csv') // 'a3f1…'
 */
export function sha256InWorker(path: string): Promise<string> {
  // Read into one buffer, used again for every chunk: a new buffer per chunk left tens of
  // megabytes of them waiting for the worker's garbage collector.
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    const fs = require('node:fs');
    const hash = require('node:crypto').createHash('sha256');
    const buffer = Buffer.alloc(1 << 20);
    try {
      const fd = fs.openSync(workerData, 'r');
      try {
        for (let read; (read = fs.readSync(fd, buffer, 0, buffer.length, null)) > 0; ) hash.update(buffer.subarray(0, read));
      } finally {
        fs.closeSync(fd);
      }
      parentPort.postMessage({ digest: hash.digest('hex') });
    } catch (error) {
      parentPort.postMessage({ error: String(error) });
    }`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true, workerData: path });
    worker.once('message', (message: { digest?: string; error?: string }) => {
      void worker.terminate();
      if (message.digest) resolve(message.digest);
      else reject(new Error(message.error));
    });
    worker.once('error', reject);
  });
}

/**
 * The bytes of a file in chunks of 64 KiB, with the SHA-256 of the file (computed beside the
 * reading, in a worker thread for large files) and a progress bar (drawn only when stderr is a
 * terminal). The chunks are read into one buffer, used again for the next chunk (so reading
 * leaves no garbage behind): use each chunk before asking for the next. `digest()` resolves once
 * the chunks are exhausted.
 *
 * @example
 * const chunks = hashedChunks(io, file, 'Reading');
 * for await (const chunk of chunks) decoder.write(chunk);
 * await chunks.digest() // 'a3f1…'
 */
export function hashedChunks(io: CliIo, file: InputFile, label: string): AsyncIterable<Uint8Array> & { digest(): Promise<string> } {
  let digest: Promise<string> | undefined;
  return {
    async *[Symbol.asyncIterator]() {
      const bar = new ProgressBar(io.stderr, file.bytes, `${label} ${file.shown}`, io.stderrIsTTY);
      const inWorker = file.bytes >= HASH_IN_WORKER;
      const hash = inWorker ? undefined : createHash('sha256');
      if (inWorker) {
        digest = sha256InWorker(file.path);
        digest.catch(() => {});
      }
      const buffer = new Uint8Array(CHUNK_BYTES);
      let done = 0;
      let handle: FileHandle | undefined;
      try {
        handle = await open(file.path, 'r');
        for (;;) {
          const { bytesRead } = await handle.read(buffer, 0, buffer.length, done);
          if (bytesRead === 0) break;
          const chunk = buffer.subarray(0, bytesRead);
          hash?.update(chunk);
          done += bytesRead;
          bar.update(done);
          yield chunk;
        }
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new DataError(`${file.shown}: cannot read the file (${code ?? String(error)})`);
      } finally {
        bar.finish();
        await handle?.close();
      }
      if (hash) digest = Promise.resolve(hash.digest('hex'));
    },
    digest() {
      if (digest === undefined) throw new Error(`${file.shown} has not been read`);
      return digest.catch((error: unknown) => {
        throw new DataError(`${file.shown}: cannot read the file (${String(error)})`);
      });
    },
  };
}

/**
 * Reads a small input file whole (a codebook, a mapping, another tool's export) and records it.
 *
 * @example
 * const { bytes, record } = readWholeInput(io, 'themes.json', 'codebook');
 */
export function readWholeInput(io: CliIo, shown: string, role: string): { bytes: Buffer; record: InputRecord } {
  const file = inputFile(io, shown);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file.path);
  } catch (error) {
    throw new DataError(`${shown}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  return { bytes, record: { role, file: shown, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length } };
}

/**
 * The column names of a CSV file's header row (its first line, read from the first 64 KiB, without
 * a byte-order mark, split by PapaParse): enough to tell a canonical responses CSV, and its form,
 * from another kind of file.
 *
 * @example
 * headerColumns(io, 'demo.csv') // ['response_id', 'instrument', 'instrument_version', …]
 */
export function headerColumns(io: CliIo, shown: string): string[] {
  const file = inputFile(io, shown);
  const buffer = Buffer.alloc(Math.min(file.bytes, 1 << 16));
  const fd = openSync(file.path, 'r');
  try {
    readSync(fd, buffer, 0, buffer.length, 0);
  } finally {
    closeSync(fd);
  }
  return headerColumnsOf(buffer);
}

/**
 * The column names of the header row at the start of a CSV file's bytes (see {@link headerColumns}).
 *
 * @example
 * headerColumnsOf(Buffer.from('response_id, instrument\r\nr1,pulse')) // ['response_id', 'instrument']
 */
export function headerColumnsOf(start: Uint8Array): string[] {
  const line = Buffer.from(start.buffer, start.byteOffset, start.byteLength).toString('utf8').replace(/^\uFEFF/, '').split(/\r\n|\n|\r/, 1)[0] ?? '';
  return (Papa.parse<string[]>(line).data[0] ?? []).map((name) => name.trim());
}

/** Whether a header names every fixed column of the canonical responses CSV. */
export function isCanonicalHeader(columns: readonly string[]): boolean {
  return CANONICAL_COLUMNS.every((column) => columns.includes(column));
}
