import Papa from 'papaparse';
import { columnLetter, ImportError, type ImportProblem } from './import-error';

/** One CSV record and the physical line of the file on which it starts (1-based). */
export interface CsvRow {
  line: number;
  cells: string[];
}

/**
 * Reads a whole CSV (or tab-separated) export into records with their line numbers, with PapaParse.
 * A byte-order mark is removed and line endings are read as `\n` (also inside quoted cells).
 * Empty lines are skipped. Every record must have as many cells as the first one; a broken quote or
 * a short row is an {@link ImportError} naming the file, line and column.
 *
 * @example
 * readCsvRows('a,b\n1,"x\ny"\n2,3\n', 'f.csv')
 * // [{ line: 1, cells: ['a', 'b'] }, { line: 2, cells: ['1', 'x\ny'] }, { line: 4, cells: ['2', '3'] }]
 */
export function readCsvRows(text: string, file: string): CsvRow[] {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const firstLine = normalised.slice(0, normalised.indexOf('\n') >>> 0);
  const delimiter = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';

  // Line number of each character offset, computed incrementally as records arrive in order.
  let scanned = 0;
  let line = 1;
  const lineAt = (offset: number): number => {
    for (; scanned < offset && scanned < normalised.length; scanned++) if (normalised.charCodeAt(scanned) === 10) line++;
    return line;
  };

  const rows: CsvRow[] = [];
  const problems: ImportProblem[] = [];
  let start = 0;
  Papa.parse<string[]>(normalised, {
    delimiter,
    newline: '\n',
    skipEmptyLines: false,
    step: (result) => {
      const cells = result.data;
      const rowLine = lineAt(start);
      for (const error of result.errors) {
        if (problems.some((p) => p.line === rowLine)) continue;
        problems.push({
          file,
          line: rowLine,
          column: columnLetter(Math.max(0, cells.length - 1)),
          message:
            error.code === 'MissingQuotes'
              ? 'a quoted cell is never closed (a missing ")'
              : error.code === 'InvalidQuotes'
                ? 'a quote (") inside a cell that is not doubled ("")'
                : error.message,
        });
      }
      start = result.meta.cursor;
      if (cells.length === 1 && cells[0] === '') return;
      rows.push({ line: rowLine, cells });
    },
  });

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
  if (problems.length > 0) throw new ImportError(problems);
  return rows;
}
