import { availableParallelism } from 'node:os';
import { formOfHeader } from '../../lib/io/canonical-csv-reader';
import { addAnswerValues, createAccumulator, UnknownGroupColumnError, type CountsAccumulator } from '../group-counts';
import type { CliIo } from './cli-io';
import { countInPieces, type PieceOptions } from './count-in-pieces';
import { UsageError } from './exit-codes';
import { headerColumns, inputFile } from './input-file';
import type { ResolvedInstrument } from './instrument-option';
import { readCanonicalFile, requireResponses, type CanonicalFileRead } from './read-canonical-file';

/**
 * Checks a breakdown before any file is read: each column must be a profile column (authority,
 * role, team, …, week, month) or a single-answer item of the instrument.
 *
 * @example
 * checkedAccumulator(instrument, ['authority', 'role'], 'table')
 */
export function checkedAccumulator(resolved: ResolvedInstrument, groupBy: readonly string[], command: string): CountsAccumulator {
  try {
    return createAccumulator(resolved.instrument, { groupBy });
  } catch (error) {
    if (error instanceof UnknownGroupColumnError) throw new UsageError(`--by: ${error.message}`, command);
    if (error instanceof Error && /repeated/.test(error.message)) throw new UsageError(`--by: ${error.message}`, command);
    throw error;
  }
}

/** Files at least this large (in the wide form) are read in pieces on every core. */
const PIECES_FROM = 32 << 20;

/** How a large file is read: in pieces of 4 MiB, on one worker thread per core. */
export function defaultPieceOptions(): PieceOptions {
  return { workers: Math.max(1, Math.min(8, availableParallelism())), pieceBytes: 4 << 20 };
}

/**
 * Streams a canonical CSV into answer counts for one instrument, broken down by `groupBy`.
 * Responses to other instruments in the same file are left out; a file with none for this
 * instrument is a DataError. A large file in the wide form is read in pieces on every core
 * (count-in-pieces.ts), with the same reader, the same figures and the same messages; `pieces`
 * sets how (tests use small pieces).
 *
 * @example
 * const { counts, read } = await countResponses(io, 'demo.csv', resolved, ['authority', 'role'], 'table');
 */
export async function countResponses(
  io: CliIo,
  file: string,
  resolved: ResolvedInstrument,
  groupBy: readonly string[],
  command: string,
  pieces?: PieceOptions,
): Promise<{ counts: CountsAccumulator; read: CanonicalFileRead }> {
  const counts = checkedAccumulator(resolved, groupBy, command);
  const input = inputFile(io, file);
  let read: CanonicalFileRead;
  if ((pieces || input.bytes >= PIECES_FROM) && formOfHeader(headerColumns(io, file)) === 'wide') {
    const setup = { file, instruments: resolved.known, instrumentId: resolved.instrument.id, groupBy: [...groupBy] };
    read = await countInPieces(io, input, setup, counts, pieces ?? defaultPieceOptions());
  } else {
    read = await readCanonicalFile(io, file, resolved.known, (row) => addAnswerValues(counts, row, row.values));
  }
  requireResponses(read.summary, resolved.instrument);
  return { counts, read };
}
