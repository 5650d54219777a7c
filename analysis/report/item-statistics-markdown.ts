import type { ItemStatistics, StatisticsCell } from '../item-statistics';
import { formatCount } from '../format-count';
import { markdownLine } from './markdown-line';

/** Which groups to show: the table's total, then columns of the table by index, with their labels. */
export interface StatisticsLayout {
  totalLabel: string;
  columns: { index: number; label: string }[];
}

/** The cells of one statistics row, formatted: n, mean and SD to two decimals, median. */
export function statisticsCells(cell: StatisticsCell): string[] {
  if (cell.suppressed) return [cell.text ?? '', '', '', ''];
  return [formatCount(cell.n!), cell.mean!.toFixed(2), Number.isFinite(cell.sd) ? cell.sd!.toFixed(2) : '', String(cell.median)];
}

/**
 * Mean, SD and median per item as a Markdown table: one row per item and group (the total first),
 * with the note on what was averaged.
 *
 * @example
 * renderItemStatisticsMarkdown(itemStatistics(table), { totalLabel: 'All authorities', columns: [] }, note)
 */
export function renderItemStatisticsMarkdown(statistics: readonly ItemStatistics[], layout: StatisticsLayout, note: string): string {
  const out = ['### Mean, SD and median', '', '| Statement | Group | n | Mean | SD | Median |', '| --- | --- | ---: | ---: | ---: | ---: |'];
  for (const item of statistics) {
    const rows: [string, StatisticsCell][] = [[layout.totalLabel, item.total], ...layout.columns.map(({ index, label }): [string, StatisticsCell] => [label, item.groups[index]!])];
    rows.forEach(([label, cell], r) => out.push(markdownLine([r === 0 ? item.statement : '', label, ...statisticsCells(cell)])));
  }
  out.push('', `- ${note}`, '');
  return out.join('\n');
}
