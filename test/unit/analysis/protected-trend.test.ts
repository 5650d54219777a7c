import { describe, expect, it } from 'vitest';
import { CompactPool } from '../../../analysis/compact-pool';
import { percentageTable } from '../../../analysis/percentage-table';
import { countPool } from '../../../analysis/pool-counts';
import { protectedTrend } from '../../../analysis/protected-trend';
import { trendSeries } from '../../../analysis/trends';
import { findItem, scaleOf } from '../../../lib/instruments/items';
import { pulse, staff } from './helpers/role-scenario';

describe('protectedTrend', () => {
  // Three weeks; Dale answered 12, 3 and 15 times: its line in the table (30) minus weeks 1 and 3 would give week 2.
  const mondays = ['2025-02-10', '2025-02-17', '2025-02-24'];
  const inWeeks = (responses: ReturnType<typeof staff>, perWeek: number[]) =>
    responses.map((r, i) => {
      const week = perWeek.findIndex((_, w) => i < perWeek.slice(0, w + 1).reduce((a, b) => a + b, 0));
      return { ...r, submittedAt: `${mondays[week]}T10:00:00.000Z` };
    });
  const pool = new CompactPool(pulse);
  [
    ...inWeeks(staff('AVL', 'Aville', 60, 0, 1), [20, 20, 20]),
    ...inWeeks(staff('BTN', 'Beeton', 45, 0, 2), [15, 15, 15]),
    ...inWeeks(staff('DLE', 'Dale', 30, 0, 3), [12, 3, 15]),
  ].forEach((r) => pool.add(r));
  const counts = countPool(pool, { from: '', to: '', interval: 'week', trendItemId: 'workload_manageable' });
  const scale = scaleOf(pulse, findItem(pulse, 'workload_manageable')!)!;
  const plain = trendSeries(counts.trend, 'workload_manageable', scale, { totalGroup: 'all' });
  const safe = protectedTrend(counts.trend, 'workload_manageable', scale, percentageTable(counts.all), 'all');

  it('keeps every shown point as trendSeries computes it, and hides more than trendSeries alone', () => {
    expect(safe.map((s) => s.group)).toEqual(plain.map((s) => s.group));
    safe.forEach((series, s) =>
      series.points.forEach((point, p) => {
        if (!point.suppressed) expect(point).toEqual(plain[s]!.points[p]);
        if (plain[s]!.points[p]!.suppressed) expect(point.suppressed).toBe(true);
      }),
    );
    const hidden = (list: typeof safe) => list.flatMap((s) => s.points).filter((p) => p.suppressed).length;
    expect(hidden(safe)).toBeGreaterThan(hidden(plain));
    // Dale's small week is hidden, and so is another of its weeks.
    const dale = safe.find((series) => series.group === 'DLE')!;
    expect(dale.points[1]!.suppressed).toBe(true);
    expect(dale.points.filter((p) => p.suppressed).length).toBeGreaterThanOrEqual(2);
  });

  it('gives hidden points no numbers at all', () => {
    for (const point of safe.flatMap((s) => s.points).filter((p) => p.suppressed)) {
      expect([point.n, point.percentPositive, point.lower, point.upper, point.mean, point.meanN]).toEqual([null, null, null, null, null, null]);
    }
  });
});
