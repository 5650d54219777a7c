import { csvText } from './csv-text';
import type { PercentageTable, TableCell, TableRow } from '../percentage-table';

/**
 * The table as tidy CSV: one line per item, group and answer option (plus net lines when asked
 * for, and the published Ofsted 2011 figures as a group of their own when benchmarked). A
 * suppressed cell is one line with its status and no numbers.
 */

export const TABLE_CSV_COLUMNS = [
  'section',
  'item_id',
  'statement',
  'group_key',
  'group_label',
  'status',
  'n',
  'option_code',
  'option_label',
  'count',
  'percent',
] as const;

type Line = (string | number)[];

function cellLines(row: TableRow, section: string, key: string, label: string, cell: TableCell): Line[] {
  const start = [section, row.itemId, row.statement, key, label];
  if (cell.suppressed) return [[...start, 'suppressed', '', '', cell.text, '', '']];
  const lines: Line[] = row.options.map((option, i) => [...start, 'shown', cell.n, option.code, option.label, cell.counts[i]!, cell.percents[i]!]);
  if (row.net && cell.netPositive !== undefined && cell.netNegative !== undefined) {
    const count = (codes: readonly number[]) => codes.reduce((sum, code) => sum + (cell.counts[row.options.findIndex((o) => o.code === code)] ?? 0), 0);
    lines.push([...start, 'shown', cell.n, 'net_positive', row.net.positiveLabel, count(row.net.positiveCodes), cell.netPositive]);
    lines.push([...start, 'shown', cell.n, 'net_negative', row.net.negativeLabel, count(row.net.negativeCodes), cell.netNegative]);
  }
  return lines;
}

/**
 * The CSV text (CRLF line ends, header first). `columns` limits the groups to some column indices
 * (an authority report shows one; `[]` the total alone). `context` adds leading columns with one
 * value on every line, saying what the table is of (the dashboard's filters), so that the file
 * stays tidy and describes itself.
 *
 * @example
 * tableCsv(table) // 'section,item_id,statement,group_key,…\r\n1_induction,induction_safeguarding,…'
 * tableCsv(table, [], { context: [['role_group', 'Social worker']] }) // 'role_group,section,…\r\nSocial worker,…'
 */
export function tableCsv(table: PercentageTable, columns?: readonly number[], options: { context?: readonly (readonly [string, string])[] } = {}): string {
  const context = options.context ?? [];
  const shown = columns ?? table.columns.map((_, i) => i);
  const lines: Line[] = [];
  for (const section of table.sections) {
    const sectionName = section.heading ?? section.id;
    for (const row of section.rows) {
      lines.push(...cellLines(row, sectionName, '(all)', table.total.label, row.total));
      for (const index of shown) {
        const column = table.columns[index]!;
        lines.push(...cellLines(row, sectionName, column.values.join('/'), column.label, row.cells[index]!));
      }
      if (row.benchmark) {
        const b = row.benchmark;
        const label = `Ofsted 2011 ${b.group} (published)`;
        row.options.forEach((option, i) => {
          lines.push([sectionName, row.itemId, row.statement, 'ofsted-2011', label, 'published', b.n, option.code, option.label, '', b.percents[i] ?? '']);
        });
      }
    }
  }
  const fields = [...context.map(([name]) => name), ...TABLE_CSV_COLUMNS];
  const data = lines.map((line) => [...context.map(([, value]) => value), ...line]);
  return csvText(fields, data);
}
