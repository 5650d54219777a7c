import Papa from 'papaparse';
import { columnLetter, ImportError, type ImportProblem } from './imports/import-error';

/**
 * CSV text into rows with PapaParse's parser, each row with the physical line on which it starts
 * (1-based), counting the line breaks inside quoted cells, so that messages point where an editor
 * shows the row. One module for every CSV the project reads: the canonical responses CSV (streamed
 * in chunks, see {@link CsvRowSplitter}) and other tools' exports and mapping files (read whole,
 * see {@link readCsvRows}).
 */

/** Called for every row; `line` is the 1-based line where the row starts. */
export type RowHandler = (fields: string[], line: number) => void;
/**
 * Called for malformed CSV (a quoted cell that is not closed, a stray quote): the message, the line
 * where the row starts and, when known, the 0-based index of the cell.
 */
export type SyntaxHandler = (message: string, line: number, cell: number | undefined) => void;

export type Newline = '\r\n' | '\n' | '\r';

export interface CsvRowOptions {
  /** Default `,`. */
  delimiter?: string;
  /** The line break between rows. Default: the one the first row ends with. */
  newline?: Newline;
  /**
   * An unfinished row longer than this (default 1 MiB) is reported as malformed and reading stops:
   * a stray quote would otherwise swallow, and re-read, the rest of a large file.
   */
  maxRowLength?: number;
}

/** The line break used by the first row, looking past quoted cells; undefined if none yet. */
function detectNewline(text: string): Newline | undefined {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === '\n') return '\n';
    else if (!quoted && char === '\r') {
      if (i + 1 === text.length) return undefined; // "\r" might be followed by "\n" in the next chunk
      return text[i + 1] === '\n' ? '\r\n' : '\r';
    }
  }
  return undefined;
}

const LINE_BREAK = /\r\n|\r|\n/g;

function lineBreaksIn(fields: readonly string[]): number {
  let count = 0;
  for (const field of fields) {
    if (field.indexOf('\n') === -1 && field.indexOf('\r') === -1) continue;
    count += field.match(LINE_BREAK)?.length ?? 0;
  }
  return count;
}

/** PapaParse's error as a person reads it. */
function syntaxMessage(error: Papa.ParseError): string {
  switch (error.code) {
    case 'MissingQuotes':
      return 'a quoted cell is not closed (a missing ")';
    case 'InvalidQuotes':
      return 'a quote (") inside a quoted cell is not doubled ("")';
    default:
      return error.message;
  }
}

/**
 * An incremental CSV row splitter: `write` chunks of text, then `end`. Rows are delivered
 * synchronously to `onRow` as soon as they are complete; only the unfinished last row is kept
 * between chunks, so memory is bounded by the chunk size, not the file size. A leading byte order
 * mark is dropped.
 *
 * @example
 * const rows: string[][] = [];
 * const splitter = new CsvRowSplitter((fields) => rows.push(fields));
 * splitter.write('a,b\n1,"x');
 * splitter.write('y"\n');
 * splitter.end();
 * rows // [['a', 'b'], ['1', 'xy']]
 */
export class CsvRowSplitter {
  private parser: Papa.Parser | undefined;
  private partial = '';
  private nextLine = 1;
  private detected: Newline | undefined;
  private started = false;
  private ended = false;
  private broken = false;
  private readonly maxRowLength: number;

  constructor(
    private readonly onRow: RowHandler,
    private readonly onSyntaxError: SyntaxHandler = (message, line) => {
      throw new Error(`line ${line}: ${message}`);
    },
    private readonly options: CsvRowOptions = {},
  ) {
    this.detected = options.newline;
    this.maxRowLength = options.maxRowLength ?? 1 << 20;
  }

  /** The line the next row will start on (after `end`, one more than the last line). */
  get line(): number {
    return this.nextLine;
  }


  /** Adds a chunk of text; every row completed by it is delivered before this returns. */
  write(chunk: string): void {
    if (this.ended) throw new Error('CsvRowSplitter: write after end');
    if (this.broken) return;
    if (!this.started) {
      if (chunk === '') return;
      this.started = true;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    this.parse(this.partial === '' ? chunk : this.partial + chunk, false);
  }

  /** Parses what is left (a last row without a line break) and finishes. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    if (this.broken) return;
    this.parse(this.partial, true);
    this.partial = '';
  }

  private parse(text: string, final: boolean): void {
    if (!this.parser) {
      this.detected ??= detectNewline(text) ?? (final ? '\n' : undefined);
      if (!this.detected) {
        this.partial = text;
        return;
      }
      this.parser = new Papa.Parser({ delimiter: this.options.delimiter ?? ',', newline: this.detected, quoteChar: '"' });
    }
    if (text === '') return;
    const result = this.parser.parse(text, 0, !final) as Papa.ParseResult<string[]>;
    const rows = result.data;
    const quoted = text.indexOf('"') !== -1;
    const first = this.nextLine;
    let lines: number[] | undefined;
    if (quoted) {
      lines = [];
      for (const fields of rows) {
        lines.push(this.nextLine);
        this.nextLine += 1 + lineBreaksIn(fields);
      }
    } else this.nextLine += rows.length;
    const lineOf = (index: number) => (lines ? lines[index] : first + index) ?? this.nextLine;
    // Errors carry the index of the row they occurred in: deliver everything in line order. Before
    // the end, an error in the unfinished last row is not final (its text continues in the next
    // chunk): that row is parsed again then.
    const errors = result.errors
      .filter((error) => final || (error.row !== undefined && error.row < rows.length))
      .sort((a, b) => (a.row ?? Infinity) - (b.row ?? Infinity));
    let e = 0;
    const reportErrorsUpTo = (rowIndex: number) => {
      for (; e < errors.length && (errors[e]?.row ?? Infinity) <= rowIndex; e++) {
        const error = errors[e]!;
        const fields = error.row !== undefined ? rows[error.row] : undefined;
        this.onSyntaxError(syntaxMessage(error), error.row !== undefined ? lineOf(error.row) : this.nextLine, fields ? Math.max(0, fields.length - 1) : undefined);
      }
    };
    for (let index = 0; index < rows.length; index++) {
      if (e < errors.length) reportErrorsUpTo(index);
      this.onRow(rows[index]!, lineOf(index));
    }
    reportErrorsUpTo(Infinity);
    this.partial = final ? '' : text.substring(result.meta.cursor);
    if (this.partial.length > this.maxRowLength) {
      this.broken = true;
      this.partial = '';
      this.onSyntaxError(`a row is longer than ${this.maxRowLength} characters: probably a quoted cell that is not closed`, this.nextLine, undefined);
    }
  }
}

/** One CSV record and the physical line of the file on which it starts (1-based). */
export interface CsvRow {
  line: number;
  cells: string[];
}

/**
 * Reads a whole CSV (or tab-separated) file, such as another tool's export or a mapping file, into
 * records with their line numbers. A byte-order mark is removed and line endings are read as `\n`
 * (also inside quoted cells). Empty lines are skipped. Every record must have as many cells as the
 * first one; a broken quote or a short row is an {@link ImportError} naming the file, line and column.
 *
 * @example
 * readCsvRows('a,b\n1,"x\ny"\n2,3\n', 'f.csv')
 * // [{ line: 1, cells: ['a', 'b'] }, { line: 2, cells: ['1', 'x\ny'] }, { line: 4, cells: ['2', '3'] }]
 */
export function readCsvRows(text: string, file: string): CsvRow[] {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  // Comma or tab, as PapaParse guesses it from the first rows (the one that splits them into the
  // same number of cells): a tab-separated header may hold commas in its question texts.
  const guessed = Papa.parse<string[]>(normalised.slice(0, 1 << 16), { delimitersToGuess: [',', '\t'], preview: 20 }).meta.delimiter;
  const delimiter = guessed === '\t' ? '\t' : ',';
  const rows: CsvRow[] = [];
  const problems: ImportProblem[] = [];
  const splitter = new CsvRowSplitter(
    (cells, line) => {
      if (!(cells.length === 1 && cells[0] === '')) rows.push({ line, cells });
    },
    (message, line, cell) => {
      if (!problems.some((p) => p.line === line)) problems.push({ file, line, column: columnLetter(cell ?? 0), message });
    },
    { delimiter, newline: '\n' },
  );
  splitter.write(normalised);
  splitter.end();

  const width = rows[0]?.cells.length ?? 0;
  if (rows.length === 0) problems.push({ file, message: 'the file is empty' });
  for (const row of rows) {
    if (row.cells.length !== width && !problems.some((p) => p.line === row.line)) {
      problems.push({
        file,
        line: row.line,
        column: columnLetter(Math.min(row.cells.length, width)),
        message: `this row has ${row.cells.length} cells but the header has ${width}`,
      });
    }
  }
  if (problems.length > 0) throw new ImportError(problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
  return rows;
}
