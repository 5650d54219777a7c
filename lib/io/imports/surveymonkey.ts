import type { CsvRow } from '../csv-rows';
import { columnLetter } from './import-error';
import { personalReason } from './personal-columns';
import type { ColumnKind, SourceColumn, SourceTable } from './source-table';

/** Second-row labels that mean "the answer to the question above", not a matrix row or an option. */
const PLAIN_ANSWER = new Set(['', 'response', 'open-ended response']);

const FIELDS = new Map<string, ColumnKind>([
  ['Respondent ID', 'response-id'],
  ['Collector ID', 'metadata'],
  ['Start Date', 'metadata'],
  ['End Date', 'submitted-at'],
]);

/**
 * True when a first-row cell continues the question to its left: SurveyMonkey leaves it empty; a
 * file that went through R's `read.csv` has `X` and the column number there instead (`X14`).
 */
function continuesQuestion(cell: string, index: number): boolean {
  return cell.trim() === '' || cell === `X${index + 1}`;
}

/**
 * Reads the two header rows of a SurveyMonkey export: question texts (written once above the
 * columns of a matrix or multiple-answer question), then `Response`, `Open-Ended Response`, a matrix
 * row or an option label. Columns are named `Question [Row]`. Blank cells may be written `NA`.
 *
 * @example
 * const table = readSurveyMonkey(readCsvRows(text, 'sm.csv'));
 * table.columns[15]?.name // 'Please rate your experience … [Python]'
 */
export function readSurveyMonkey(rows: readonly CsvRow[]): SourceTable {
  const [questions, labels] = rows.map((row) => row.cells);
  let current = '';
  const columns: SourceColumn[] = (questions ?? []).map((cell, index) => {
    if (!continuesQuestion(cell, index)) current = cell.trim();
    const label = (labels?.[index] ?? '').trim();
    const row = PLAIN_ANSWER.has(label.toLowerCase()) ? undefined : label;
    const field = FIELDS.get(current);
    const reason = personalReason([current, row]);
    const kind: ColumnKind = reason ? 'personal' : (field ?? 'question');
    const name = row ? `${current} [${row}]` : current;
    return { index, key: name, question: current, row, name, kind, personalReason: reason ?? undefined };
  });
  const seen = new Map<string, number>();
  for (const column of columns) seen.set(column.name, (seen.get(column.name) ?? 0) + 1);
  for (const column of columns) {
    if ((seen.get(column.name) ?? 0) > 1) column.name = column.key = `${column.name} (column ${columnLetter(column.index)})`;
  }
  return { format: 'surveymonkey', headerRows: 2, columns, rows: rows.slice(2), blankValues: ['NA'], dateOrder: 'MDY' };
}
