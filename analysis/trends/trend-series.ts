import { findItem, scaleOf } from '../../lib/instruments/items';
import type { Instrument, Scale } from '../../lib/instruments/schema';
import { baseSize } from '../base';
import { suppressParts } from '../disclosure';
import { emptyItemCounts, mergeItemCounts, type ItemCounts } from '../item-counts';
import type { TrendInterval } from './period-keys';
import { periodKeysBetween } from './period-keys';
import type { TrendCounts } from './trend-counts';
import { trendDefinitions, type TrendDefinitions, type TrendOptions } from './trend-definitions';
import { trendPoint, type TrendPoint } from './trend-point';

/** A series of one item in one group (e.g. one authority), one point per period. */
export interface TrendSeries {
  itemId: string;
  group: string;
  /** True for the pooled series of all groups (see `SeriesOptions.totalGroup`). */
  total: boolean;
  interval: TrendInterval;
  definitions: TrendDefinitions;
  points: TrendPoint[];
}

export interface SeriesOptions extends TrendOptions {
  /**
   * The periods (x axis), in order. Default: every period from the first to the last seen in any
   * group, gaps included, so that all groups share the same axis.
   */
  periods?: readonly string[];
  /** The groups, in order. Default: every group seen, sorted. */
  groups?: readonly string[];
  /**
   * Also return a pooled series of all counted groups under this name (e.g. 'All authorities'),
   * after the group series. Default: none.
   */
  totalGroup?: string;
  /**
   * Complementary suppression within each period (default true): the groups of one period are the
   * parts of that period's total, so when a group's point is suppressed, further points are hidden,
   * smallest first, until the hidden ones cannot be recovered by subtraction from the total
   * (`suppressParts` of `analysis/disclosure.ts`). Turn off only when no total of the period is
   * published anywhere.
   */
  complementarySuppression?: boolean;
}

/**
 * The trend series of one item, one per group, from streamed counts: for each period, n, mean
 * score and percentage positive with its Wilson interval (see {@link trendPoint}), with primary
 * and (by default) complementary suppression per period.
 *
 * @example
 * const counts = new TrendCounts('month', ['workload_manageable']);
 * for (const response of responses) counts.add({ submittedAt: response.submittedAt, group: response.authorityCode, answers: response.answers });
 * trendSeries(counts, 'workload_manageable', agree5)
 * // [{ itemId: 'workload_manageable', group: 'E09', interval: 'month', points: [{ period: '2025-01', n: 31, … }, …] }, …]
 */
export function trendSeries(counts: TrendCounts, itemId: string, scale: Scale, options: SeriesOptions = {}): TrendSeries[] {
  if (!counts.itemIds.includes(itemId)) throw new RangeError(`Item "${itemId}" was not counted for trends`);
  const definitions = trendDefinitions(scale, options);
  const seen = counts.periods();
  const periods = options.periods ?? (seen.length > 0 ? periodKeysBetween(seen[0]!, seen[seen.length - 1]!, counts.interval) : []);
  const groups = options.groups ?? counts.groups();
  const allGroups = counts.groups();

  // Complementary suppression per period, over every counted group (the parts of the period's total).
  const hiddenByPeriod = new Map<string, Set<string>>();
  if (options.complementarySuppression !== false) {
    for (const period of periods) {
      const sizes = allGroups.map((group) => {
        const cell = counts.get(group, period, itemId);
        return cell ? baseSize(cell, scale, definitions.base) : 0;
      });
      const status = suppressParts(sizes, definitions.minGroupSize);
      hiddenByPeriod.set(period, new Set(allGroups.filter((_, i) => status[i] === 'complementary')));
    }
  }

  const series: TrendSeries[] = groups.map((group) => ({
    itemId,
    group,
    total: false,
    interval: counts.interval,
    definitions,
    points: periods.map((period) =>
      trendPoint(period, counts.get(group, period, itemId), definitions, hiddenByPeriod.get(period)?.has(group) ?? false),
    ),
  }));
  if (options.totalGroup !== undefined) {
    series.push({
      itemId,
      group: options.totalGroup,
      total: true,
      interval: counts.interval,
      definitions,
      points: periods.map((period) => {
        const pooled: ItemCounts = emptyItemCounts();
        for (const group of allGroups) {
          const cell = counts.get(group, period, itemId);
          if (cell) mergeItemCounts(pooled, cell);
        }
        return trendPoint(period, pooled, definitions);
      }),
    });
  }
  return series;
}

/**
 * Trend series of every counted item of an instrument, each with its own scale.
 *
 * @example
 * instrumentTrends(counts, getBuiltinInstrument('pulse'), { minGroupSize: 5 })
 */
export function instrumentTrends(counts: TrendCounts, instrument: Instrument, options: SeriesOptions = {}): TrendSeries[] {
  return counts.itemIds.flatMap((itemId) => {
    const item = findItem(instrument, itemId);
    const scale = item && scaleOf(instrument, item);
    if (!scale) throw new RangeError(`Instrument "${instrument.id}" has no scaled item "${itemId}"`);
    return trendSeries(counts, itemId, scale, options);
  });
}
