import type { CsvRow } from '../csv-rows';
import { personalReason } from './personal-columns';
import type { ColumnKind, SourceColumn, SourceTable } from './source-table';

/** Qualtrics embedded fields, by ImportId, that are bookkeeping rather than answers. */
const METADATA_IMPORT_IDS = new Set([
  'startDate',
  'endDate',
  'status',
  'progress',
  'duration',
  'finished',
  'distributionChannel',
  'userLanguage',
]);

/**
 * The ImportId in a third-row cell such as `{"ImportId":"QID1"}`, or null.
 *
 * @example
 * qualtricsImportId('{"ImportId":"QID1"}') // 'QID1'
 */
export function qualtricsImportId(cell: string): string | null {
  if (!cell.trim().startsWith('{')) return null;
  try {
    const parsed: unknown = JSON.parse(cell);
    if (parsed && typeof parsed === 'object' && 'ImportId' in parsed && typeof parsed.ImportId === 'string') {
      return parsed.ImportId;
    }
  } catch {
    return null;
  }
  return null;
}

/**
 * Splits Qualtrics' "Question - Row" wording of a matrix or side-by-side column (ids such as
 * `Q3_1`). Other columns keep their whole text as the question.
 *
 * @example
 * splitQualtricsText('Q3_1', 'My line manager … by helping me to: - Manage my workload')
 * // { question: 'My line manager … by helping me to:', row: 'Manage my workload' }
 */
export function splitQualtricsText(key: string, text: string): { question: string; row?: string } {
  const at = text.lastIndexOf(' - ');
  if (!/_\d+$/.test(key) || at <= 0) return { question: text };
  return { question: text.slice(0, at).trim(), row: text.slice(at + 3).trim() };
}

function kindOf(key: string, importId: string, text: string): { kind: ColumnKind; personalReason?: string } {
  const reason = personalReason([key, importId]) ?? (importId.startsWith('QID') ? personalReason([text]) : null);
  if (reason) return { kind: 'personal', personalReason: reason };
  if (importId === '_recordId') return { kind: 'response-id' };
  if (importId === 'recordedDate') return { kind: 'submitted-at' };
  if (METADATA_IMPORT_IDS.has(importId) || key.startsWith('Q_')) return { kind: 'metadata' };
  // Text iQ topics and sentiment are derived by Qualtrics, not answered by anybody.
  if (/_TEXT_.*(Topics|Sentiment)/i.test(importId) || / - (Topics|Sentiment.*)$/.test(key)) return { kind: 'metadata' };
  return { kind: 'question' };
}

/**
 * Reads the three header rows of a current Qualtrics CSV export: field ids (`Q1`, `Q3_1`), question
 * texts in the survey's language, and `{"ImportId":…}`. The response id is `ResponseId`
 * (`_recordId`), the submission time `RecordedDate`.
 *
 * @example
 * readQualtrics(readCsvRows(text, 'export.csv')).columns.find((c) => c.key === 'Q1')?.question
 * // 'This is a multiple choice question.'
 */
export function readQualtrics(rows: readonly CsvRow[]): SourceTable {
  const [keys, texts, ids] = rows.map((row) => row.cells);
  const columns: SourceColumn[] = (keys ?? []).map((key, index) => {
    const text = texts?.[index] ?? '';
    const importId = qualtricsImportId(ids?.[index] ?? '') ?? key;
    const { question, row } = splitQualtricsText(key, text || key);
    return { index, key, question, row, name: key, ...kindOf(key, importId, text) };
  });
  // Without RecordedDate, the end date is when the response was submitted.
  if (!columns.some((c) => c.kind === 'submitted-at')) {
    const end = columns.find((c) => c.key === 'EndDate');
    if (end) end.kind = 'submitted-at';
  }
  return { format: 'qualtrics', headerRows: 3, columns, rows: rows.slice(3), blankValues: [], dateOrder: 'MDY' };
}
