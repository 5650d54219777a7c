import type { ItemStatistics, StatisticsCell } from '../item-statistics';
import { escapeHtml } from './escape-html';
import { statisticsCells, type StatisticsLayout } from './item-statistics-markdown';

/**
 * Mean, SD and median per item as an HTML table: one row per item and group (the total first),
 * with the note on what was averaged.
 *
 * @example
 * renderItemStatisticsHtml(itemStatistics(table), { totalLabel: 'All authorities', columns: [] }, note)
 */
export function renderItemStatisticsHtml(statistics: readonly ItemStatistics[], layout: StatisticsLayout, note: string): string {
  const body = statistics.flatMap((item) => {
    const rows: [string, StatisticsCell][] = [[layout.totalLabel, item.total], ...layout.columns.map(({ index, label }): [string, StatisticsCell] => [label, item.groups[index]!])];
    return rows.map(([label, cell], r) => {
      const statement = r === 0 ? `<th scope="rowgroup" rowspan="${rows.length}">${escapeHtml(item.statement)}</th>` : '';
      return `<tr>${statement}<th scope="row">${escapeHtml(label)}</th>${statisticsCells(cell).map((text) => `<td>${escapeHtml(text)}</td>`).join('')}</tr>`;
    });
  });
  return [
    '<table class="statistics">',
    '<thead><tr><th scope="col">Statement</th><th scope="col">Group</th><th scope="col">n</th><th scope="col">Mean</th><th scope="col">SD</th><th scope="col">Median</th></tr></thead>',
    `<tbody>${body.join('')}</tbody>`,
    '</table>',
    `<p class="note">${escapeHtml(note)}</p>`,
  ].join('\n');
}
