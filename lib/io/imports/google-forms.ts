import type { CsvRow } from '../csv-rows';
import { personalReason } from './personal-columns';
import type { ColumnKind, SourceColumn, SourceTable } from './source-table';

/** `Question [Row]`, as Google Forms heads the columns of a multiple-choice or tick-box grid. */
const GRID = /^(.*\S)\s*\[([^\]]+)\]\s*$/s;

/**
 * Reads the one header row of a Google Forms export (Forms' "Download responses (.csv)" or the
 * linked Sheet): `Timestamp`, the collected `Email address` if any (personal), quiz `Score`
 * (metadata), then one column per question or grid row (`Question [Row]`). There is no response id.
 *
 * @example
 * readGoogleForms(readCsvRows('Timestamp,Q [Row]\n2025/01/06 9:00:00 AM GMT,Yes\n', 'f.csv')).columns[1]
 * // { index: 1, key: 'Q [Row]', question: 'Q', row: 'Row', name: 'Q [Row]', kind: 'question' }
 */
export function readGoogleForms(rows: readonly CsvRow[]): SourceTable {
  const header = rows[0]?.cells ?? [];
  const columns: SourceColumn[] = header.map((cell, index) => {
    const name = cell.trim();
    const grid = GRID.exec(name);
    const question = grid?.[1] ?? name;
    const row = grid?.[2]?.trim();
    const reason = personalReason([question, row]);
    let kind: ColumnKind = 'question';
    if (reason) kind = 'personal';
    else if (index === 0 && /^timestamp$/i.test(name)) kind = 'submitted-at';
    else if (/^(score|total score)$/i.test(name)) kind = 'metadata';
    const column: SourceColumn = { index, key: name, question, name, kind };
    if (row !== undefined) column.row = row;
    if (reason) column.personalReason = reason;
    return column;
  });
  return { format: 'google-forms', headerRows: 1, columns, rows: rows.slice(1), blankValues: [], dateOrder: 'DMY' };
}
