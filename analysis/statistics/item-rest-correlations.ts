import { sampleCorrelation } from 'simple-statistics';
import { covarianceMatrix } from './covariance-matrix';
import type { AlphaOptions } from './cronbach-alpha';
import { listwiseComplete } from './listwise-complete';
import type { ItemMatrix } from './types';

/**
 * For each item, the item-rest correlation (corrected item-total correlation): the correlation of
 * the item with the sum of the other items, in column order (R psych's `r.drop`).
 *
 * - `'listwise'`: Pearson's r (simple-statistics `sampleCorrelation`) between the item and the
 *   rest score on the rows complete on every item.
 * - `'pairwise'`: from the pairwise-complete covariance matrix C, as no respondent-level rest
 *   score exists when answers are missing:
 *
 *       r(i, rest) = Σ_{j≠i} C[i][j] / sqrt(C[i][i] × Σ_{j≠i} Σ_{l≠i} C[j][l])
 *
 *   (the covariance of item i with the rest score over the variances of both). On complete data
 *   the two are identical.
 *
 * @example
 * itemRestCorrelations([[1, 2, 2], [2, 3, 3], [3, 3, 4], [4, 5, 4]], { missing: 'listwise' })[0]
 * // 0.9922778767136676
 */
export function itemRestCorrelations(rows: ItemMatrix, options: AlphaOptions): number[] {
  const k = rows[0]?.length ?? 0;
  if (k < 2) throw new RangeError('Item-rest correlations need at least two items');
  if (options.missing === 'listwise') {
    const complete = listwiseComplete(rows);
    if (complete.length < 2) return new Array<number>(k).fill(Number.NaN);
    return Array.from({ length: k }, (_, i) => {
      const item = complete.map((row) => row[i]!);
      const rest = complete.map((row) => row.reduce((sum, value, j) => (j === i ? sum : sum + value), 0));
      return sampleCorrelation(item, rest);
    });
  }
  const { cov } = covarianceMatrix(rows, 'pairwise');
  return cov.map((row, i) => {
    let itemRest = 0;
    let restVariance = 0;
    cov.forEach((other, j) => {
      if (j === i) return;
      itemRest += row[j]!;
      other.forEach((value, l) => {
        if (l !== i) restVariance += value;
      });
    });
    return itemRest / Math.sqrt(row[i]! * restVariance);
  });
}
