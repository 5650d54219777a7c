import Papa from 'papaparse';

/**
 * Splits CSV text that arrives in chunks into rows, with PapaParse's parser, keeping only the
 * unfinished last row between chunks: memory is bounded by the chunk size, not the file size.
 * Each row comes with the physical line on which it starts (1-based), counting the line breaks
 * inside quoted cells, so that messages point where an editor shows the row.
 */

/** Called for every row; `line` is the 1-based line where the row starts. */
export type RowHandler = (fields: string[], line: number) => void;
/** Called for malformed CSV (an unterminated or stray quote, text that is not UTF-8). */
export type SyntaxHandler = (message: string, line: number) => void;

type Newline = '\r\n' | '\n' | '\r';

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

/**
 * An incremental CSV row splitter: `write` chunks of text, then `end`. Rows are delivered
 * synchronously to `onRow` as soon as they are complete. A leading byte order mark is dropped.
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
  private started = false;
  private ended = false;
  private broken = false;

  /**
   * @param maxRowLength An unfinished row longer than this (default 1 MiB) is reported as
   *   malformed and reading stops: a stray quote would otherwise swallow, and re-read, the rest of
   *   a large file.
   */
  constructor(
    private readonly onRow: RowHandler,
    private readonly onSyntaxError: SyntaxHandler = (message, line) => {
      throw new Error(`line ${line}: ${message}`);
    },
    private readonly maxRowLength = 1 << 20,
  ) {}

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
    this.parse(this.partial + chunk, false);
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
      const newline = detectNewline(text) ?? (final ? '\n' : undefined);
      if (!newline) {
        this.partial = text;
        return;
      }
      this.parser = new Papa.Parser({ delimiter: ',', newline, quoteChar: '"' });
    }
    if (text === '') return;
    const result = this.parser.parse(text, 0, !final) as Papa.ParseResult<string[]>;
    const quoted = text.indexOf('"') !== -1;
    const lines: number[] = [];
    for (const fields of result.data) {
      lines.push(this.nextLine);
      this.nextLine += 1 + (quoted ? lineBreaksIn(fields) : 0);
    }
    // Errors carry the index of the row they occurred in: deliver everything in line order. Before
    // the end, an error in the unfinished last row is not final (its text continues in the next
    // chunk): that row is parsed again then.
    const errors = result.errors
      .filter((error) => final || (error.row !== undefined && error.row < result.data.length))
      .sort((a, b) => (a.row ?? Infinity) - (b.row ?? Infinity));
    let e = 0;
    const reportErrorsUpTo = (rowIndex: number) => {
      for (; e < errors.length && (errors[e]?.row ?? Infinity) <= rowIndex; e++) {
        const error = errors[e]!;
        const line = (error.row !== undefined ? lines[error.row] : undefined) ?? this.nextLine;
        this.onSyntaxError(error.code === 'MissingQuotes' ? 'a quoted cell is not closed' : error.message, line);
      }
    };
    result.data.forEach((fields, index) => {
      reportErrorsUpTo(index);
      this.onRow(fields, lines[index] ?? this.nextLine);
    });
    reportErrorsUpTo(Infinity);
    this.partial = final ? '' : text.substring(result.meta.cursor);
    if (this.partial.length > this.maxRowLength) {
      this.broken = true;
      this.partial = '';
      this.onSyntaxError(
        `a row is longer than ${this.maxRowLength} characters: probably a quoted cell that is not closed`,
        this.nextLine,
      );
    }
  }
}
