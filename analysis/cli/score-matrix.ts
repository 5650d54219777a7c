import { readCsvRows } from '../../lib/io/csv-rows';
import { describeColumn, ImportError, type ImportProblem } from '../../lib/io/imports/import-error';
import type { ScaleRange } from '../statistics/reverse-key';
import { columnsOf } from './csv-columns';
import { UsageError } from './exit-codes';

/**
 * Scores of plain CSV files for `pulse alpha`: one row per respondent and one column per item
 * (wide), or one row per score (long: subject, item, score, as pingouin's `cronbach_alpha` takes
 * it). A blank cell, NA, NaN, null or "." is missing. Every cell that is not a number, and every
 * reversed score outside the range, is an ImportError naming the file, line and column.
 */

/** Respondents × items; null where missing. */
export type ScoreMatrix = (number | null)[][];

/** What is reversed, and within which range (checked: a score outside cannot be reversed). */
export interface Reversal {
  items: readonly string[];
  range?: ScaleRange;
}

const MISSING_WORDS = new Set(['', 'na', 'n/a', 'nan', 'null', '.']);

/** Reads one score cell; records a problem for a cell that is not a number or cannot be reversed. */
function score(cell: string, at: { file: string; line: number; column: string }, reversed: boolean, range: ScaleRange | undefined, problems: ImportProblem[]): number | null {
  const text = cell.trim();
  if (MISSING_WORDS.has(text.toLowerCase())) return null;
  const value = /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text) ? Number(text) : Number.NaN;
  if (Number.isNaN(value)) problems.push({ ...at, message: `"${text}" is not a number (missing answers: blank or NA)` });
  else if (reversed && range && (value < range.min || value > range.max)) {
    problems.push({ ...at, message: `${value} is outside the range ${range.min}..${range.max}, so it cannot be reversed` });
  }
  return value;
}

/**
 * The chosen columns of a wide CSV, one row per respondent.
 *
 * @example
 * wideScores('id,a,b\n1,4,5\n2,NA,3\n', 'f.csv', ['a', 'b'], { items: [] }, 'alpha') // [[4, 5], [null, 3]]
 */
export function wideScores(text: string, file: string, items: readonly string[], reversal: Reversal, command: string): ScoreMatrix {
  const rows = readCsvRows(text, file);
  const columns = columnsOf(rows, file, 'items', items, command);
  const header = rows[0]!.cells;
  const problems: ImportProblem[] = [];
  const matrix = rows.slice(1).map((row) =>
    columns.map((index, c) =>
      score(row.cells[index] ?? '', { file, line: row.line, column: describeColumn(index, header[index] ?? '') }, reversal.items.includes(items[c]!), reversal.range, problems),
    ),
  );
  if (problems.length > 0) throw new ImportError(problems);
  return matrix;
}

/**
 * A long CSV (one row per score) pivoted to respondents × items: respondents and items in the order
 * they first appear (items as listed, when given). A respondent without a score for an item has
 * it missing; an item scored twice for one respondent is a problem.
 *
 * @example
 * longScores('Subj,Items,Scores\n1,Q1,3\n1,Q2,4\n2,Q1,5\n', 'f.csv', ['Subj', 'Items', 'Scores'], undefined, { items: [] }, 'alpha')
 * // { items: ['Q1', 'Q2'], matrix: [[3, 4], [5, null]] }
 */
export function longScores(
  text: string,
  file: string,
  columns: readonly [subject: string, item: string, score: string],
  wanted: readonly string[] | undefined,
  reversal: Reversal,
  command: string,
): { items: string[]; matrix: ScoreMatrix } {
  const rows = readCsvRows(text, file);
  const [subjectAt, itemAt, scoreAt] = columnsOf(rows, file, 'long', columns, command) as [number, number, number];
  const header = rows[0]!.cells;
  const data = rows.slice(1);
  const seen = [...new Set(data.map((row) => (row.cells[itemAt] ?? '').trim()))];
  const unknown = (wanted ?? []).filter((item) => !seen.includes(item));
  if (unknown.length > 0) throw new UsageError(`--items: ${unknown.join(', ')} not in the "${columns[1]}" column of ${file} (items: ${seen.join(', ')})`, command);
  const items = wanted ? [...wanted] : seen;
  const subjects = new Map<string, { scores: (number | null)[]; lines: Map<string, number> }>();
  const problems: ImportProblem[] = [];
  for (const row of data) {
    const item = (row.cells[itemAt] ?? '').trim();
    const column = items.indexOf(item);
    if (column === -1) continue;
    const subjectId = (row.cells[subjectAt] ?? '').trim();
    let subject = subjects.get(subjectId);
    if (!subject) subjects.set(subjectId, (subject = { scores: items.map(() => null), lines: new Map() }));
    const first = subject.lines.get(item);
    if (first !== undefined) {
      problems.push({ file, line: row.line, column: describeColumn(itemAt, header[itemAt] ?? ''), message: `item "${item}" is scored twice for subject "${subjectId}" (first on line ${first})` });
      continue;
    }
    subject.lines.set(item, row.line);
    const at = { file, line: row.line, column: describeColumn(scoreAt, header[scoreAt] ?? '') };
    subject.scores[column] = score(row.cells[scoreAt] ?? '', at, reversal.items.includes(item), reversal.range, problems);
  }
  if (problems.length > 0) throw new ImportError(problems);
  return { items, matrix: [...subjects.values()].map((s) => s.scores) };
}
