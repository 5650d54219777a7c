import { alphaFromCovariance } from './alpha-from-covariance';
import { covarianceMatrix } from './covariance-matrix';
import type { AlphaOptions } from './cronbach-alpha';
import type { ItemMatrix } from './types';

/**
 * For each item, Cronbach's alpha of the other items ("alpha if item deleted"), in column order.
 *
 * Each value is computed from the full item covariance matrix with that item's row and column
 * removed, so all values use the same respondents as the scale's alpha: under listwise deletion,
 * the rows complete on every item (as R's psych `alpha()$alpha.drop`); under pairwise deletion,
 * the same pairwise covariances. Needs at least three items.
 *
 * @example
 * alphaIfItemDropped([[1, 2, 2], [2, 3, 3], [3, 3, 4], [4, 5, 4]], { missing: 'listwise' })
 * // [0.846153846153846, 0.9491525423728813, 0.96]
 */
export function alphaIfItemDropped(rows: ItemMatrix, options: AlphaOptions): number[] {
  const { cov } = covarianceMatrix(rows, options.missing);
  if (cov.length < 3) throw new RangeError('Alpha if item dropped needs at least three items');
  return cov.map((_, dropped) =>
    alphaFromCovariance(
      cov.filter((_, i) => i !== dropped).map((row) => row.filter((_, j) => j !== dropped)),
    ),
  );
}
