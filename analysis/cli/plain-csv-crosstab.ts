import type { Instrument, Scale } from '../../lib/instruments/schema';
import { readCsvRows } from '../../lib/io/csv-rows';
import { addAnswerValues, createAccumulator, type CountsAccumulator } from '../group-counts';
import { columnsOf } from './csv-columns';

/** The item ids that stand for the two columns of a plain CSV. */
const PLAIN_ROWS_ITEM = 'rows_column';
export const PLAIN_COLUMNS_ITEM = 'columns_column';

/** Distinct non-blank values in a stable order: as numbers when every one is a number, else by code unit. */
function distinctValues(values: readonly string[]): string[] {
  const distinct = [...new Set(values.filter((v) => v !== ''))];
  const numeric = distinct.every((v) => v.trim() !== '' && Number.isFinite(Number(v)));
  return distinct.sort((a, b) => (numeric ? Number(a) - Number(b) : a < b ? -1 : a > b ? 1 : 0));
}

function scaleOf(id: string, values: readonly string[]): Scale {
  return { id, options: values.map((label, i) => ({ code: i + 1, label, substantive: true })) };
}

/**
 * Counts two columns of a plain CSV (a header row, one row per case, as pingouin's
 * `chi2_independence` takes it) as the answers to two single-choice items of a made-up instrument,
 * so that their cross-table goes through the same percentage table, disclosure control and
 * chi-square test as a questionnaire's: the rows are grouped by the values of `rowsColumn`, the
 * answers are the values of `columnsColumn`. A blank cell is "not answered".
 *
 * @example
 * plainCsvCounts(text, 'heart.csv', 'sex', 'target', 'crosstab') // counts grouped by sex, item `columns_column` = target
 */
export function plainCsvCounts(text: string, file: string, rowsColumn: string, columnsColumn: string, command: string): CountsAccumulator {
  const all = readCsvRows(text, file);
  const rows = all.slice(1);
  const [rowsAt] = columnsOf(all, file, 'rows', [rowsColumn], command) as [number];
  const [columnsAt] = columnsOf(all, file, 'cols', [columnsColumn], command) as [number];
  const cell = (cells: readonly string[], at: number) => (cells[at] ?? '').trim();
  const rowValues = distinctValues(rows.map((r) => cell(r.cells, rowsAt)));
  const columnValues = distinctValues(rows.map((r) => cell(r.cells, columnsAt)));
  const instrument: Instrument = {
    id: 'plain-csv',
    version: '1.0.0',
    title: `${file}: ${columnsColumn} by ${rowsColumn}`,
    roles: ['social_worker'],
    groupLabel: 'rows',
    oncePerWeek: false,
    scales: [scaleOf('rows', rowValues), scaleOf('columns', columnValues)],
    sections: [
      {
        id: 'columns',
        items: [
          { id: PLAIN_ROWS_ITEM, type: 'single', scale: 'rows', text: rowsColumn, required: false },
          { id: PLAIN_COLUMNS_ITEM, type: 'single', scale: 'columns', text: `${columnsColumn} by ${rowsColumn}`, required: false },
        ],
      },
    ],
  };
  const counts = createAccumulator(instrument, { groupBy: [PLAIN_ROWS_ITEM] });
  const profile = { authorityCode: '', authorityName: '', role: 'social_worker', team: '', instrumentVersion: '1.0.0', submittedAt: '' };
  const codeOf = (values: readonly string[], text: string) => (text === '' ? undefined : values.indexOf(text) + 1);
  for (const row of rows) {
    addAnswerValues(counts, profile, [codeOf(rowValues, cell(row.cells, rowsAt)), codeOf(columnValues, cell(row.cells, columnsAt))]);
  }
  return counts;
}
