import { closeSync, openSync, readSync } from 'node:fs';
import type { Instrument } from '../../lib/instruments/schema';
import { CanonicalCsvDecoder } from '../../lib/io/canonical-csv-reader';
import { ImportError } from '../../lib/io/imports/import-error';
import type { ResponseIdFingerprints } from '../../lib/io/response-id-fingerprints';
import { CHUNK_BYTES } from './input-file';
import { addAnswerValues, countsOfPart, createAccumulator, type CountsOfPart } from '../group-counts';

/**
 * Parts of one canonical CSV (wide form) to count, shared by the threads that count them. Part k
 * is bytes `starts[k]` to `starts[k + 1]` (or the end of the file): each starts just after a line
 * break.
 */
export interface PartsOfFile {
  path: string;
  /** The file's name as messages show it. */
  shown: string;
  bytes: number;
  instruments: Instrument[];
  instrumentId: string;
  groupBy: string[];
  /** The header row with its line break is bytes 0 to `headerEnd`: read first by every part but the first. */
  headerEnd: number;
  starts: number[];
  /**
   * Shared by the threads: [0] the next part to take (taken with `Atomics.add`), [1] KiB read so
   * far (for the progress bar).
   */
  progress: Int32Array;
}

export interface PartCounts {
  index: number;
  counts: CountsOfPart;
  /**
   * False when the part has a problem: a bad cell, or a quoted cell still open at its end (then the
   * part did not end at a row). The caller reads the whole file again in one stream, which gives
   * every message its line in the file.
   */
  clean: boolean;
  responses: number;
  byInstrument: Record<string, number>;
  /** Physical lines of the file read (the header counted once, with the first part). */
  lines: number;
}


function countPart(parts: PartsOfFile, index: number, responseIds: ResponseIdFingerprints, fd: number, buffer: Uint8Array): PartCounts {
  const instrument = parts.instruments.find((i) => i.id === parts.instrumentId);
  if (!instrument) throw new Error(`countPart: unknown instrument ${parts.instrumentId}`);
  const counts = createAccumulator(instrument, { groupBy: parts.groupBy });
  const decoder = new CanonicalCsvDecoder(
    { file: parts.shown, instruments: parts.instruments, responseIds, maxProblems: 1 },
    { onRow: (row) => addAnswerValues(counts, row, row.values, row.codes) },
  );
  const start = parts.starts[index]!;
  const end = parts.starts[index + 1] ?? parts.bytes;
  try {
    if (start > 0) {
      const header = new Uint8Array(parts.headerEnd);
      readSync(fd, header, 0, header.length, 0);
      decoder.write(header);
    }
    for (let at = start; at < end; ) {
      const bytesRead = readSync(fd, buffer, 0, Math.min(buffer.length, end - at), at);
      if (bytesRead === 0) break;
      decoder.write(buffer.subarray(0, bytesRead));
      at += bytesRead;
      Atomics.add(parts.progress, 1, bytesRead >> 10);
    }
    const summary = decoder.end();
    const lines = summary.lines - (start > 0 ? 1 : 0);
    return { index, counts: countsOfPart(counts), clean: true, responses: summary.responses, byInstrument: summary.byInstrument, lines };
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    return { index, counts: countsOfPart(counts), clean: false, responses: 0, byInstrument: {}, lines: 0 };
  }
}

/**
 * Takes parts of a canonical CSV in turn, until none is left, and counts each with the same
 * PapaParse reader as one stream (`CanonicalCsvDecoder`), as one of the threads counting a large
 * file (`count-in-parts.ts`). Synchronous: it runs alone on its thread. The response ids of every
 * part it takes go into `responseIds`. After a part with a problem no more parts are taken, by
 * any thread.
 *
 * @example
 * const counted = countParts(parts, new ResponseIdFingerprints(), () => bar.update(Atomics.load(parts.progress, 1) * 1024));
 */
export function countParts(parts: PartsOfFile, responseIds: ResponseIdFingerprints, onPart: () => void = () => {}): PartCounts[] {
  const counted: PartCounts[] = [];
  const buffer = new Uint8Array(CHUNK_BYTES);
  const fd = openSync(parts.path, 'r');
  try {
    for (let index = Atomics.add(parts.progress, 0, 1); index < parts.starts.length; index = Atomics.add(parts.progress, 0, 1)) {
      const part = countPart(parts, index, responseIds, fd, buffer);
      counted.push(part);
      onPart();
      if (!part.clean) {
        Atomics.store(parts.progress, 0, parts.starts.length);
        break;
      }
    }
  } finally {
    closeSync(fd);
  }
  return counted;
}
