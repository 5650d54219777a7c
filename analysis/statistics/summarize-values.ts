import { max, mean, median, min, sampleStandardDeviation } from 'simple-statistics';
import { isPresent } from './is-present';

/** Descriptive statistics of one item. */
export interface ValueSummary {
  /** Number of answers used (missing values left out). */
  n: number;
  /** Number of missing values left out. */
  missing: number;
  /** Arithmetic mean; NaN when n = 0. */
  mean: number;
  /** Sample standard deviation (denominator n − 1); NaN when n < 2. */
  sd: number;
  /** Median (the mean of the two middle values when n is even); NaN when n = 0. */
  median: number;
  min: number;
  max: number;
}

/**
 * Mean, sample standard deviation and median of one item's answers, leaving missing values
 * (`null`, `undefined`, `NaN`) out. Uses simple-statistics' `mean`, `sampleStandardDeviation`,
 * `median`, `min` and `max`.
 *
 * @example
 * summarizeValues([1, 2, 3, 4, null])
 * // { n: 4, missing: 1, mean: 2.5, sd: 1.2909944487358056, median: 2.5, min: 1, max: 4 }
 */
export function summarizeValues(values: ReadonlyArray<number | null | undefined>): ValueSummary {
  const present = values.filter(isPresent);
  const n = present.length;
  const missing = values.length - n;
  if (n === 0) return { n, missing, mean: Number.NaN, sd: Number.NaN, median: Number.NaN, min: Number.NaN, max: Number.NaN };
  return {
    n,
    missing,
    mean: mean(present),
    sd: n < 2 ? Number.NaN : sampleStandardDeviation(present),
    median: median(present),
    min: min(present),
    max: max(present),
  };
}
