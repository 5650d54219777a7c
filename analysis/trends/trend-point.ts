import type { SuppressionStatus } from '../disclosure';
import type { ItemCounts } from '../item-counts';
import { summarizeCounts } from '../statistics/summarize-counts';
import { wilsonInterval } from '../statistics/wilson-interval';
import { isBelowMinGroupSize } from './suppression';
import type { TrendDefinitions } from './trend-definitions';

/**
 * One point of a trend series. A suppressed point carries no numbers at all (not even n): it
 * reads "fewer than <minGroupSize> responses", never 0. Percentages are unrounded, 0–100.
 */
export interface TrendPoint {
  period: string;
  /** True when the point is hidden, for either reason in `suppression`. */
  suppressed: boolean;
  /**
   * `shown`; `primary` (n below the minimum group size, including no responses at all);
   * `complementary` (big enough, but hidden so that a hidden group of the same period cannot be
   * worked out by subtraction from the period's total; see {@link trendSeries}).
   */
  suppression: SuppressionStatus;
  /** Respondents in the base (see the definitions); null when suppressed. */
  n: number | null;
  /** 100 × positive / n; null when suppressed. */
  percentPositive: number | null;
  /** Wilson interval of the percentage positive, in percent; null when suppressed. */
  lower: number | null;
  upper: number | null;
  /** Mean of the substantive codes; null when suppressed or when fewer than minGroupSize substantive answers. */
  mean: number | null;
  /**
   * Sample standard deviation of the same codes (denominator n − 1); null when the mean is null
   * or fewer than two answers. Always set by {@link trendPoint} (optional only for points written
   * by hand, such as a hidden point).
   */
  sd?: number | null;
  /** Substantive answers behind the mean; null when the mean is null. */
  meanN: number | null;
}

/**
 * A hidden point: no numbers at all, only why it is hidden.
 *
 * @example
 * suppressedPoint('2025-W07', 'primary') // { period: '2025-W07', suppressed: true, suppression: 'primary', n: null, … }
 */
export function suppressedPoint(period: string, suppression: 'primary' | 'complementary'): TrendPoint {
  return { period, suppressed: true, suppression, n: null, percentPositive: null, lower: null, upper: null, mean: null, sd: null, meanN: null };
}

/**
 * Computes one trend point from the answer counts of one (group, period, item) cell. Undefined
 * counts (nobody answered in that period) give a suppressed point. `complementary: true` hides a
 * point that is big enough itself (complementary suppression, decided across groups by the caller).
 *
 * n = Σ counts over `baseCodes`; percentage positive = 100 × Σ counts over `positiveCodes` / n;
 * interval = Wilson score interval with `z`; mean and SD of the answers with `meanCodes`
 * (`summarizeCounts`, through simple-statistics).
 *
 * @example
 * trendPoint('2025-W07', counts, trendDefinitions(ofsted6))
 * // { period: '2025-W07', suppressed: false, suppression: 'shown', n: 12, percentPositive: 58.3…, lower: 31.9…, upper: 80.7…, mean: 3.6…, sd: 1.2…, meanN: 11 }
 */
export function trendPoint(
  period: string,
  counts: ItemCounts | undefined,
  definitions: TrendDefinitions,
  complementary = false,
): TrendPoint {
  const count = (codes: readonly number[]) => codes.reduce((sum, code) => sum + (counts?.byCode.get(code) ?? 0), 0);
  const n = count(definitions.baseCodes);
  const hidden = isBelowMinGroupSize(n, definitions.minGroupSize) ? 'primary' : complementary ? 'complementary' : undefined;
  if (hidden) return suppressedPoint(period, hidden);
  const positive = count(definitions.positiveCodes);
  const interval = wilsonInterval(positive, n, { z: definitions.z });
  const scores = summarizeCounts(counts?.byCode ?? new Map(), definitions.meanCodes);
  const showMean = !isBelowMinGroupSize(scores.n, definitions.minGroupSize);
  return {
    period,
    suppressed: false,
    suppression: 'shown',
    n,
    percentPositive: 100 * interval.proportion,
    lower: 100 * interval.lower,
    upper: 100 * interval.upper,
    mean: showMean ? scores.mean : null,
    sd: showMean ? scores.sd : null,
    meanN: showMean ? scores.n : null,
  };
}
