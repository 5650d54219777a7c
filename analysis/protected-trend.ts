import type { Scale } from '../lib/instruments/schema';
import { baseSize } from './base';
import { tableRows, type PercentageTable } from './percentage-table';
import { trendShown } from './trend-disclosure';
import { suppressedPoint, trendSeries, type TrendCounts, type TrendPoint, type TrendSeries } from './trends';

/** A point hidden to protect others: no numbers at all. Points already hidden stay as they are. */
export const hiddenPoint = (point: TrendPoint): TrendPoint => (point.suppressed ? point : suppressedPoint(point.period, 'complementary'));

/**
 * The trend series of one item (all roles), one per authority and then all authorities together
 * (named `totalGroup`), with every point hidden that the table beside them would give away
 * ({@link trendShown}): `table` is the table for all roles, broken down by authority, of the same
 * responses. Hidden points carry no numbers, whatever the reason.
 *
 * @example
 * protectedTrend(counts.trend, 'workload_manageable', agree5, percentageTable(counts.all), 'all')
 */
export function protectedTrend(trend: TrendCounts, itemId: string, scale: Scale, table: PercentageTable, totalGroup: string): TrendSeries[] {
  const row = tableRows(table).find((r) => r.itemId === itemId);
  if (!row) throw new RangeError(`Item "${itemId}" is not in the table`);
  const series = trendSeries(trend, itemId, scale, { totalGroup, minGroupSize: table.settings.minGroupSize });
  const groups = series.filter((s) => !s.total);
  const periods = series[0]?.points.map((p) => p.period) ?? [];
  const column = new Map(table.columns.map((c, index) => [c.key, index]));
  const lineShown = (group: string) => {
    const index = column.get(group);
    return index !== undefined && !row.cells[index]!.suppressed;
  };
  const shown = trendShown(
    groups.map((s) => periods.map((period) => {
      const counts = trend.get(s.group, period, itemId);
      return counts ? baseSize(counts, scale, s.definitions.base) : 0;
    })),
    { lines: groups.map((s) => lineShown(s.group)), total: !row.total.suppressed },
    table.settings.minGroupSize,
  );
  return series.map((s, index) => ({
    ...s,
    points: s.points.map((point, p) => ((s.total ? shown.totals[p] : shown.points[index]![p]) ? point : hiddenPoint(point))),
  }));
}
