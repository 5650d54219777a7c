import type { CsvRow } from '../csv-rows';
import { personalReason } from './personal-columns';
import { splitQualtricsText } from './qualtrics';
import type { ColumnKind, SourceColumn, SourceTable } from './source-table';

/** Legacy embedded fields (second header row) that are bookkeeping rather than answers. */
const METADATA_FIELDS = new Set(['ResponseSet', 'Status', 'StartDate', 'Finished']);

function kindOf(key: string, label: string): { kind: ColumnKind; personalReason?: string } {
  const reason = personalReason([key, label]);
  if (reason) return { kind: 'personal', personalReason: reason };
  if (label === 'ResponseID') return { kind: 'response-id' };
  if (label === 'EndDate') return { kind: 'submitted-at' };
  if (METADATA_FIELDS.has(label)) return { kind: 'metadata' };
  return { kind: 'question' };
}

/**
 * Reads the two header rows of a legacy Qualtrics export: `V1…V10` and question ids, then labels
 * (`ResponseID`, `Name`, …, question texts). Legacy exports end every line with a comma: the empty
 * last column is dropped when its header and every cell are empty.
 *
 * @example
 * readQualtricsLegacy(readCsvRows(text, 'legacy.csv')).columns.map((c) => c.key).slice(0, 2) // ['V1', 'V2']
 */
export function readQualtricsLegacy(rows: readonly CsvRow[]): SourceTable {
  const [keys, labels] = rows.map((row) => row.cells);
  let width = keys?.length ?? 0;
  while (width > 0 && rows.every((row) => (row.cells[width - 1] ?? '') === '')) width--;
  const trimmed = rows.map((row) => ({ line: row.line, cells: row.cells.slice(0, width) }));
  const columns: SourceColumn[] = (keys ?? []).slice(0, width).map((key, index) => {
    const label = labels?.[index] ?? '';
    const { question, row } = splitQualtricsText(key, label || key);
    return { index, key, question, row, name: /^V\d+$/.test(key) && label ? label : key, ...kindOf(key, label) };
  });
  return {
    format: 'qualtrics-legacy',
    headerRows: 2,
    columns,
    rows: trimmed.slice(2),
    blankValues: [],
    dateOrder: 'MDY',
  };
}
