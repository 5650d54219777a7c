import type { PercentageTable } from '../percentage-table';
import { escapeHtml } from './escape-html';

/**
 * Net agree (top two) per item for every group of a breakdown, side by side, each group headed
 * with its n: the compact view of a table broken down by authority. Groups are in the table's
 * stable order (by name), not ranked, and nothing is coloured: the point is learning, not a league
 * table. Suppressed cells read "fewer than 5 responses". Rows without net figures (items whose
 * scale has no agree/disagree ends, choose-several items) are left out.
 *
 * @example
 * renderNetAgreeMatrixHtml(percentageTable(countsByAuthority, { net: true }))
 */
export function renderNetAgreeMatrixHtml(table: PercentageTable, options: { columnsPerTable?: number } = {}): string {
  const rows = table.sections.flatMap((s) => s.rows).filter((row) => row.net && !row.multiple);
  if (rows.length === 0 || table.columns.length === 0) return '<p>(no items with net figures)</p>';
  const label = rows[0]!.net!.positiveLabel;
  // A few groups per table, each beside the total, so that the statements stay readable and pages print.
  const perTable = Math.max(1, options.columnsPerTable ?? 6);
  const out: string[] = [];
  for (let first = 0; first < table.columns.length; first += perTable) {
    const indices = table.columns.map((_, i) => i).slice(first, first + perTable);
    const head = [
      '<th scope="col">Statement</th>',
      `<th scope="col">${escapeHtml(table.total.heading)}</th>`,
      ...indices.map((i) => `<th scope="col">${escapeHtml(table.columns[i]!.heading)}</th>`),
    ].join('');
    const body = rows.map((row) => {
      const cells = [row.total, ...indices.map((i) => row.cells[i]!)].map((cell) =>
        cell.suppressed ? `<td class="suppressed">${escapeHtml(cell.text)}</td>` : `<td>${cell.netPositive ?? ''}</td>`,
      );
      return `<tr><th scope="row">${escapeHtml(row.statement)}</th>${cells.join('')}</tr>`;
    });
    const part = table.columns.length > perTable ? ` (${first + 1}–${first + indices.length} of ${table.columns.length})` : '';
    out.push(
      `<table class="matrix"><caption>${escapeHtml(label)} (%) by ${escapeHtml(table.groupBy.join(' and '))}${part}</caption>`,
      `<thead><tr>${head}</tr></thead>`,
      `<tbody>${body.join('\n')}</tbody></table>`,
    );
  }
  return out.join('\n');
}
