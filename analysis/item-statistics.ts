import { suppressedText } from './disclosure';
import type { PercentageTable, TableCell, TableRow } from './percentage-table';
import { tableRows } from './percentage-table';
import { summarizeCounts } from './statistics/summarize-counts';

/** Mean, SD and median of one item for one group; no numbers when hidden. */
export interface StatisticsCell {
  /** True when the group's cell is hidden in the table, or fewer substantive answers than the minimum group size. */
  suppressed: boolean;
  text: string | null;
  /** Substantive answers counted. */
  n: number | null;
  mean: number | null;
  /** Sample standard deviation (denominator n − 1). */
  sd: number | null;
  /** The middle answer (mean of the two middle ones for an even n). */
  median: number | null;
}

/** The statistics of one item of a table: for all respondents, and per group (aligned with the table's columns). */
export interface ItemStatistics {
  itemId: string;
  statement: string;
  scaleId: string;
  /** The codes averaged, with their labels: the scale's substantive options. */
  codes: { code: number; label: string }[];
  total: StatisticsCell;
  groups: StatisticsCell[];
}

function statisticsCell(row: TableRow, cell: TableCell, minGroupSize: number): StatisticsCell {
  const hidden: StatisticsCell = { suppressed: true, text: suppressedText(minGroupSize), n: null, mean: null, sd: null, median: null };
  if (cell.suppressed) return hidden;
  const byCode = new Map(row.options.flatMap((o, i) => (o.substantive ? [[o.code, cell.counts[i]!] as const] : [])));
  const summary = summarizeCounts(byCode);
  if (summary.n < minGroupSize) return hidden;
  return { suppressed: false, text: null, n: summary.n, mean: summary.mean, sd: summary.sd, median: summary.median };
}

/**
 * Mean, standard deviation and median of the codes of every single-answer item of a percentage
 * table (multiple-answer items have none), from the table's counts: substantive answers only
 * ("Don't know" and blanks left out), through `summarizeCounts` (simple-statistics). A figure for
 * a group hidden in the table is hidden too, as is one resting on fewer substantive answers than
 * the table's minimum group size.
 *
 * @example
 * itemStatistics(percentageTable(counts))[0]
 * // { itemId: 'induction_safeguarding', total: { n: 440, mean: 3.91, sd: 1.02, median: 4, … }, groups: [], … }
 */
export function itemStatistics(table: PercentageTable): ItemStatistics[] {
  const k = table.settings.minGroupSize;
  return tableRows(table)
    .filter((row) => !row.multiple && row.options.filter((o) => o.substantive).length >= 2)
    .map((row) => ({
      itemId: row.itemId,
      statement: row.statement,
      scaleId: row.scaleId,
      codes: row.options.filter((o) => o.substantive).map((o) => ({ code: o.code, label: o.label })),
      total: statisticsCell(row, row.total, k),
      groups: row.cells.map((cell) => statisticsCell(row, cell, k)),
    }));
}

/**
 * The note printed under the statistics: what was averaged, per scale.
 *
 * @example
 * describeItemStatistics(stats, 5) // 'Mean, SD (sample standard deviation, n − 1) and median of the codes …'
 */
export function describeItemStatistics(statistics: readonly ItemStatistics[], minGroupSize: number): string {
  const scales = new Map(statistics.map((s) => [s.scaleId, s.codes.map((c) => `${c.code} = ${c.label}`).join(', ')]));
  return (
    `Mean, SD (sample standard deviation, n − 1) and median of the codes (${[...scales.values()].join('; ')}), substantive answers only: ` +
    `"Don't know" and blanks are left out, and n counts the answers used. Figures resting on fewer than ${minGroupSize} answers are not shown.`
  );
}
