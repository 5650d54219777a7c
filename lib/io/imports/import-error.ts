/** One thing wrong with an input file, located as precisely as the input allows. */
export interface ImportProblem {
  /** The file's name as the caller gave it. */
  file: string;
  /** 1-based physical line of the file (a quoted cell may span lines: this is where the row starts). */
  line?: number;
  /** Where on the line: a spreadsheet column letter and the column's name, or a path in a JSON file. */
  column?: string;
  message: string;
}

/** How many problems the error message lists before "… and N more" (all are kept in `problems`). */
const LISTED = 20;

/**
 * `file, line 7, column K ("Q3_1"): message`.
 *
 * @example
 * formatProblem({ file: 'a.csv', line: 4, column: 'B ("Q1")', message: 'not a number' })
 * // 'a.csv, line 4, column B ("Q1"): not a number'
 */
export function formatProblem(problem: ImportProblem): string {
  const where = [problem.file];
  if (problem.line !== undefined) where.push(`line ${problem.line}`);
  if (problem.column !== undefined) where.push(`column ${problem.column}`);
  return `${where.join(', ')}: ${problem.message}`;
}

/**
 * Thrown when a file cannot be imported. A file imports whole or not at all, so this carries every
 * problem found, not just the first.
 */
export class ImportError extends Error {
  constructor(readonly problems: readonly ImportProblem[]) {
    const files = [...new Set(problems.map((p) => p.file))].join(', ');
    const listed = problems.slice(0, LISTED).map((p) => `  ${formatProblem(p)}`);
    if (problems.length > LISTED) listed.push(`  … and ${problems.length - LISTED} more`);
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`Cannot import ${files} (${count}; nothing was imported):\n${listed.join('\n')}`);
    this.name = 'ImportError';
  }
}

/**
 * The spreadsheet letter of a 0-based column index (0 → A, 25 → Z, 26 → AA).
 *
 * @example
 * columnLetter(27) // 'AB'
 */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/**
 * Shortens long question texts for messages (reports keep the full name) by cutting out the
 * middle: the end is where the columns of a grid or matrix question differ ("Question [Row]"), so
 * a final `[Row]` is kept whole when it fits.
 *
 * @example
 * shortName('a'.repeat(100)).length // 60
 * shortName('Thinking about this week, how far do you agree with each statement? [My workload this week was manageable.]')
 * // 'Thinking about this… [My workload this week was manageable.]'
 */
export function shortName(name: string, max = 60): string {
  const flat = name.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const row = /\[[^\]]*\]$/.exec(flat)?.[0];
  const tail = row && row.length <= max - 16 ? `… ${row}` : `…${flat.slice(-Math.floor((max - 1) / 2))}`;
  return `${flat.slice(0, max - tail.length).trimEnd()}${tail}`;
}

/**
 * How a problem names a column: its letter and (shortened) name.
 *
 * @example
 * describeColumn(17, 'Q1') // 'R ("Q1")'
 */
export function describeColumn(index: number, name: string): string {
  return `${columnLetter(index)} ("${shortName(name)}")`;
}
