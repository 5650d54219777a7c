import { addAnswerValues, createAccumulator, UnknownGroupColumnError, type CountsAccumulator } from '../group-counts';
import type { CliIo } from './cli-io';
import { countInParts } from './count-in-parts';
import { inputFile } from './input-file';
import { UsageError } from './exit-codes';
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

/**
 * Streams a canonical CSV into answer counts for one instrument, broken down by `groupBy`: a large
 * file on every core (`count-in-parts.ts`), else in one stream.
 * Responses to other instruments in the same file are left out; a file with none for this
 * instrument is a DataError.
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
): Promise<{ counts: CountsAccumulator; read: CanonicalFileRead }> {
  const counts = checkedAccumulator(resolved, groupBy, command);
  const read =
    (await countInParts(io, inputFile(io, file), resolved.known, counts)) ??
    (await readCanonicalFile(io, file, resolved.known, (row) => addAnswerValues(counts, row, row.values, row.codes)));
  requireResponses(read.summary, resolved.instrument);
  return { counts, read };
}
