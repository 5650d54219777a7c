import { duplicateIdMessage, type CanonicalForm, type CanonicalReadSummary } from '../../lib/io/canonical-csv-reader';
import { describeColumn, ImportError, type ImportProblem } from '../../lib/io/imports/import-error';
import { ResponseIdRegister } from '../../lib/io/response-id-register';
import { mergeCounts, type CountsAccumulator } from '../group-counts';
import type { PieceCounts } from './count-piece';

/**
 * Puts the pieces of one canonical CSV, read apart (see count-in-pieces.ts), together in file
 * order, so that the result is what one stream would give: counts added (groups labelled from
 * their first response), response ids checked for duplicates across the whole file, problems with
 * their lines in the file, listed in line order and cut at the reader's limit.
 *
 * @example
 * const merger = new PieceMerger(counts, 'big.csv');
 * for (const piece of piecesInFileOrder) if (!merger.add(piece)) break;
 * const summary = merger.finish(); // throws an ImportError listing every problem
 */
export class PieceMerger {
  private readonly ids = new ResponseIdRegister();
  private readonly problems: ImportProblem[] = [];
  private readonly byInstrument = new Map<string, number>();
  private responses = 0;
  /** The file line on which the next piece starts. */
  private nextLine = 1;
  private stopped = false;
  /** Found in the first piece. */
  private form: CanonicalForm = 'wide';
  private idColumn = describeColumn(0, 'response_id');

  constructor(
    private readonly counts: CountsAccumulator,
    private readonly file: string,
    private readonly maxProblems = 100,
  ) {}

  /** Adds the next piece; false when reading can stop (too many problems, or reading stopped in the piece). */
  add(piece: PieceCounts): boolean {
    if (this.stopped) throw new Error('PieceMerger: add after the reading stopped');
    if (piece.form) this.form = piece.form;
    const idIndex = piece.columns?.indexOf('response_id') ?? -1;
    if (idIndex >= 0) this.idColumn = describeColumn(idIndex, 'response_id');
    const offset = this.nextLine - 1;
    const duplicates: ImportProblem[] = [];
    piece.ids.forEach((id, i) => {
      const line = piece.idLines[i]! + offset;
      const first = this.ids.firstSeen(id, line);
      if (first !== undefined) duplicates.push({ file: this.file, line, column: this.idColumn, message: duplicateIdMessage(id, first, this.form) });
    });
    // A row's duplicate id comes before its other problems, as in one stream.
    let d = 0;
    for (const problem of piece.problems) {
      const line = problem.line === undefined ? undefined : problem.line + offset;
      for (; d < duplicates.length && line !== undefined && duplicates[d]!.line! <= line; d++) this.problems.push(duplicates[d]!);
      this.problems.push(line === undefined ? problem : { ...problem, line });
    }
    this.problems.push(...duplicates.slice(d));
    if (this.problems.length === 0) {
      mergeCounts(this.counts, piece.counts);
      this.responses += piece.responses;
      for (const [id, n] of Object.entries(piece.byInstrument)) this.byInstrument.set(id, (this.byInstrument.get(id) ?? 0) + n);
    }
    this.nextLine += piece.lines;
    this.stopped = piece.stopped || this.problems.length >= this.maxProblems;
    return !this.stopped;
  }

  /** The summary of the whole file, or an ImportError listing its problems (at most the limit). */
  finish(): CanonicalReadSummary {
    if (this.problems.length > 0) {
      const listed = this.problems.slice(0, this.maxProblems);
      if (this.problems.length >= this.maxProblems) listed.push({ file: this.file, message: `stopped reading after ${this.maxProblems} problems` });
      throw new ImportError(listed);
    }
    return {
      file: this.file,
      form: this.form,
      responses: this.responses,
      byInstrument: Object.fromEntries([...this.byInstrument].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
      lines: this.nextLine - 1,
    };
  }
}
