import { isShown, suppressParts } from './disclosure';
import type { ViewShown } from './role-views';
import { protectTwoWayTable } from './two-way-suppression';

/** Which points of a trend of one item may be shown beside its table. */
export interface TrendShown {
  /** authority × period: each authority's point. */
  points: boolean[][];
  /** One per period: the all-authorities point. */
  totals: boolean[];
}

/**
 * Disclosure control for the trend of one item (all roles) beside the item's table. An
 * authority's points add up to its line in the table and the authorities' points of a period to
 * the all-authorities point, so a reader can subtract along both: the table's line minus the
 * shown weeks gives the hidden ones. Points below the minimum are hidden with complementary
 * suppression among the authorities of each period (as `trendSeries` does), an authority hidden in
 * the table has no points, and then further points and period totals are hidden until nothing can
 * be worked out ({@link protectTwoWayTable}).
 *
 * The trend is for all roles whatever the role filter: points by role beside the table by role and
 * the points for all roles can give away small groups through the three-way table they form.
 *
 * @param points people behind each point (its n), authority × period
 * @param table the item's lines for all roles in the table (from `roleViewSuppression`)
 * @example
 * // Aville's weeks: 12, 3, 15; its line in the table (30) is shown, so one more week is hidden.
 * trendShown([[12, 3, 15], [20, 22, 25], [30, 28, 26]], { lines: [true, true, true], total: true }, 5).points[0]
 * // [false, false, true]
 */
export function trendShown(points: readonly (readonly number[])[], table: ViewShown, minGroupSize: number): TrendShown {
  const periods = points[0]?.length ?? 0;
  const periodIds = [...Array(periods).keys()];
  const byPeriod = periodIds.map((p) => suppressParts(points.map((row) => row[p]!), minGroupSize));
  const totals = periodIds.map((p) => points.reduce((sum, row) => sum + row[p]!, 0));
  const { plan, safe } = protectTwoWayTable(
    {
      cells: points,
      hidden: points.map((row, a) => row.map((_, p) => !table.lines[a] || byPeriod[p]![a] !== 'shown')),
      rowTotalShown: table.lines,
      columnTotalShown: totals.map((n) => table.total && isShown(n, minGroupSize)),
      totalShown: table.total,
    },
    minGroupSize,
    { hideColumnTotals: true },
  );
  return {
    points: plan.hidden.map((row) => row.map((hidden) => safe && !hidden)),
    totals: plan.columnTotalShown.map((shown) => safe && shown),
  };
}
