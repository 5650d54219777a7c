import type { SquareMatrix } from './types';

/**
 * Cronbach's alpha from an item covariance matrix C of k items:
 *
 *     alpha = k / (k − 1) × (1 − trace(C) / sum(C))
 *
 * where trace(C) is the sum of the item variances and sum(C), the sum of every entry, is the
 * variance of the total score. With a listwise covariance matrix this is exactly the textbook
 * formula k / (k − 1) × (1 − Σ var(item) / var(total)); with a pairwise-complete matrix it is the
 * pairwise alpha of R's psych (`use = "pairwise"`) and pingouin (Cronbach 1951; pingouin's
 * `cronbach_alpha` uses the same expression).
 *
 * @example
 * alphaFromCovariance([[1, 0.5], [0.5, 1]]) // 0.6666666666666667
 */
export function alphaFromCovariance(cov: SquareMatrix): number {
  const k = cov.length;
  if (k < 2) throw new RangeError("Cronbach's alpha needs at least two items");
  let trace = 0;
  let total = 0;
  cov.forEach((row, i) => {
    if (row.length !== k) throw new RangeError('The covariance matrix must be square');
    trace += row[i]!;
    for (const value of row) total += value;
  });
  return (k / (k - 1)) * (1 - trace / total);
}
