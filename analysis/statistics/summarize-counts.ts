import { weightedMean, weightedVariance } from 'simple-statistics';

/** Descriptive statistics computed from answer counts. */
export interface CountSummary {
  /** Number of answers counted (the sum of the counts of the codes used). */
  n: number;
  /** Mean code; NaN when n = 0. */
  mean: number;
  /** Sample standard deviation (denominator n − 1); NaN when n < 2. */
  sd: number;
  /** Median code (mean of the two middle answers when n is even); NaN when n = 0. */
  median: number;
}

/**
 * Mean, sample standard deviation and median of an item from its answer counts (code → number of
 * respondents), as kept by `analysis/item-counts.ts` while streaming a file. The numbers are the
 * same as {@link summarizeValues} on the expanded list of answers.
 *
 * `codes` says which codes are scores: pass the substantive codes of the scale so that
 * non-substantive answers (e.g. "Don't know", code 9) are left out. Without it every code counts.
 *
 * The mean is simple-statistics' `weightedMean` with the counts as frequency weights; the sample
 * variance is its (population) `weightedVariance` × n / (n − 1). The median is found by walking the
 * sorted codes (simple-statistics' `weightedQuantile` returns the lower middle value for even n,
 * which is not the median of the expanded list).
 *
 * @example
 * summarizeCounts(new Map([[5, 2], [4, 1], [1, 1], [9, 3]]), [5, 4, 3, 2, 1])
 * // { n: 4, mean: 3.75, sd: 1.8929694486000912, median: 4.5 }
 */
export function summarizeCounts(byCode: ReadonlyMap<number, number>, codes?: readonly number[]): CountSummary {
  const used = [...byCode.entries()]
    .filter(([code, count]) => count > 0 && (codes === undefined || codes.includes(code)))
    .sort((a, b) => a[0] - b[0]);
  const n = used.reduce((sum, [, count]) => sum + count, 0);
  if (n === 0) return { n, mean: Number.NaN, sd: Number.NaN, median: Number.NaN };
  const values = used.map(([code]) => code);
  const weights = used.map(([, count]) => count);
  const sd = n < 2 ? Number.NaN : Math.sqrt((weightedVariance(values, weights) * n) / (n - 1));
  return { n, mean: weightedMean(values, weights), sd, median: countMedian(used, n) };
}

/** The median of the answers described by sorted (code, count) pairs totalling n. */
function countMedian(sorted: ReadonlyArray<readonly [number, number]>, n: number): number {
  const valueAt = (position: number): number => {
    let seen = 0;
    for (const [code, count] of sorted) {
      seen += count;
      if (position < seen) return code;
    }
    return Number.NaN;
  };
  return n % 2 === 1 ? valueAt((n - 1) / 2) : (valueAt(n / 2 - 1) + valueAt(n / 2)) / 2;
}
