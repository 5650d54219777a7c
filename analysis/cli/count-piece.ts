import type { Instrument } from '../../lib/instruments/schema';
import { CanonicalCsvDecoder, type CanonicalForm } from '../../lib/io/canonical-csv-reader';
import type { Newline } from '../../lib/io/csv-rows';
import { ImportError, type ImportProblem } from '../../lib/io/imports/import-error';
import { ResponseIdCollector } from '../../lib/io/response-id-register';
import { addAnswerValues, createAccumulator, snapshotCounts, type CountsSnapshot } from '../group-counts';

/** What every piece of one file is read with. */
export interface PieceSetup {
  file: string;
  instruments: Instrument[];
  /** The instrument whose answers are counted. */
  instrumentId: string;
  groupBy: string[];
  /** The header and line break, found in the first piece; absent for the first piece itself. */
  header?: string[];
  newline?: Newline;
}

/**
 * One piece of a canonical CSV, read and counted on its own. Every line number (of problems and
 * ids) counts from the piece's first line as 1; the pieces are put together in file order by
 * `PieceMerger`.
 */
export interface PieceCounts {
  counts: CountsSnapshot;
  /** The response ids in order, and the (piece) line of each, to be checked for duplicates across the file. */
  ids: string[];
  idLines: number[];
  problems: ImportProblem[];
  /** Reading stopped inside the piece (see `CanonicalCsvDecoder.stopped`): nothing after it counts. */
  stopped: boolean;
  responses: number;
  byInstrument: Record<string, number>;
  /** Physical lines read. */
  lines: number;
  /** Found in the first piece. */
  columns: string[] | undefined;
  form: CanonicalForm | undefined;
  newline: Newline | undefined;
}

/**
 * Reads one piece of a canonical CSV (text, or UTF-8 bytes ending at a line break) with the
 * PapaParse reader and counts its answers. With `cut`, the unfinished last row is left out and
 * returned as `rest`: the next piece starts with it.
 *
 * @example
 * const { piece } = countPiece({ file: 'big.csv', instruments, instrumentId: 'pulse', groupBy: ['authority'], header, newline: '\r\n' }, bytes);
 */
export function countPiece(setup: PieceSetup, input: Uint8Array | string, cut = false): { piece: PieceCounts; rest: string } {
  const instrument = setup.instruments.find((i) => i.id === setup.instrumentId);
  if (!instrument) throw new Error(`countPiece: unknown instrument ${setup.instrumentId}`);
  const counts = createAccumulator(instrument, { groupBy: setup.groupBy });
  const ids = new ResponseIdCollector();
  const decoder = new CanonicalCsvDecoder(
    {
      file: setup.file,
      instruments: setup.instruments,
      responseIds: ids,
      // The pieces' problems are listed together (and cut at the reader's limit) in file order.
      maxProblems: Number.POSITIVE_INFINITY,
      ...(setup.header ? { header: setup.header } : {}),
      ...(setup.newline ? { newline: setup.newline } : {}),
    },
    { onRow: (row) => addAnswerValues(counts, row, row.values) },
  );
  let problems: ImportProblem[] = [];
  let rest = '';
  let summary;
  try {
    decoder.write(input);
    if (cut) rest = decoder.takeRest();
    summary = decoder.end();
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    problems = [...error.problems];
  }
  return {
    piece: {
      counts: snapshotCounts(counts),
      ids: ids.ids,
      idLines: ids.lines,
      problems,
      stopped: decoder.stopped,
      responses: summary?.responses ?? 0,
      byInstrument: summary?.byInstrument ?? {},
      lines: decoder.line - 1,
      columns: decoder.columns ? [...decoder.columns] : undefined,
      form: decoder.form,
      newline: decoder.newline,
    },
    rest,
  };
}
