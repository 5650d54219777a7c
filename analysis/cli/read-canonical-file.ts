import type { Instrument } from '../../lib/instruments/schema';
import { forEachCanonicalRow, type CanonicalReadSummary, type DecodedHandler } from '../../lib/io/canonical-csv-reader';
import { ImportError } from '../../lib/io/imports/import-error';
import type { CliIo } from './cli-io';
import { DataError } from './exit-codes';
import { hashedChunks, inputFile } from './input-file';
import type { InputRecord } from './run-record';

export interface CanonicalFileRead {
  summary: CanonicalReadSummary;
  /** The file as the run record lists it (with its SHA-256). */
  record: InputRecord;
}

/**
 * Streams a canonical responses CSV (wide or long) from disk through the PapaParse reader
 * (`lib/io/canonical-csv-reader.ts`), handing each valid row to the handler (the row object is
 * reused: copy what you keep), hashing the bytes as they pass and drawing a progress bar when
 * stderr is a terminal. Memory stays bounded whatever the file's size.
 *
 * A bad file is a DataError listing every problem with file, line and column.
 *
 * @example
 * const counts = createAccumulator(instrument, { groupBy: ['authority'] });
 * await readCanonicalFile(io, 'demo.csv', known, (row) => addAnswerValues(counts, row, row.values));
 */
export async function readCanonicalFile(
  io: CliIo,
  shown: string,
  instruments: readonly Instrument[],
  onRow: DecodedHandler,
): Promise<CanonicalFileRead> {
  const file = inputFile(io, shown);
  const chunks = hashedChunks(io, file, 'Reading');
  try {
    const summary = await forEachCanonicalRow(chunks, onRow, { file: shown, instruments });
    return { summary, record: { role: 'data', file: shown, sha256: await chunks.digest(), bytes: file.bytes } };
  } catch (error) {
    if (error instanceof ImportError) throw new DataError(error.message);
    throw error;
  }
}

/**
 * Fails when the file holds no responses to the instrument, saying what it does hold.
 *
 * @example
 * requireResponses(read.summary, instrument) // throws DataError('demo.csv: no responses to instrument "pulse" (it holds: ofsted-2011-social-workers 4,000)')
 */
export function requireResponses(summary: CanonicalReadSummary, instrument: Instrument): number {
  const count = summary.byInstrument[instrument.id] ?? 0;
  if (count === 0) {
    const held = Object.entries(summary.byInstrument).map(([id, n]) => `${id} ${n}`).join(', ');
    throw new DataError(`${summary.file}: no responses to instrument "${instrument.id}"${held ? ` (it holds: ${held})` : ' (it holds no responses)'}`);
  }
  return count;
}
