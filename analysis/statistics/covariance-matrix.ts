import { sampleCovariance, sampleVariance } from 'simple-statistics';
import { isPresent } from './is-present';
import { listwiseComplete } from './listwise-complete';
import type { ItemMatrix, MissingPolicy, SquareMatrix } from './types';

/** A covariance matrix of items, with the number of respondents behind each entry. */
export interface CovarianceMatrix {
  /** `cov[i][j]`: sample covariance (denominator n − 1) of items i and j; the diagonal holds variances. */
  cov: SquareMatrix;
  /** `pairN[i][j]`: respondents used for `cov[i][j]` (all equal under listwise deletion). */
  pairN: number[][];
}

/**
 * The sample covariance matrix of the items (columns) of a respondent × item matrix.
 *
 * - `'listwise'`: computed on the rows with no missing value (simple-statistics `sampleCovariance`
 *   and `sampleVariance` on those rows).
 * - `'pairwise'`: `cov[i][j]` uses the rows where both items i and j are answered, each with the
 *   means of those rows (pairwise-complete covariance, as R's `cov(x, use = "pairwise")` and
 *   pandas' `DataFrame.cov`); the diagonal uses every row where the item is answered. Such a
 *   matrix need not be positive semi-definite.
 *
 * An entry with fewer than two respondents is NaN.
 *
 * @example
 * covarianceMatrix([[1, 2], [2, 4], [3, 6]], 'listwise').cov // [[1, 2], [2, 4]]
 */
export function covarianceMatrix(rows: ItemMatrix, missing: MissingPolicy): CovarianceMatrix {
  if (missing !== 'listwise' && missing !== 'pairwise') {
    throw new RangeError(`Choose how missing answers are handled: 'listwise' or 'pairwise' (got ${String(missing)})`);
  }
  const k = rows[0]?.length ?? 0;
  if (rows.some((row) => row.length !== k)) throw new RangeError('Every row must have the same number of items');
  const complete = missing === 'listwise' ? listwiseComplete(rows) : undefined;
  const cov: SquareMatrix = [];
  const pairN: number[][] = [];
  for (let i = 0; i < k; i++) {
    cov.push(new Array<number>(k).fill(Number.NaN));
    pairN.push(new Array<number>(k).fill(0));
  }
  for (let i = 0; i < k; i++) {
    for (let j = i; j < k; j++) {
      const x: number[] = [];
      const y: number[] = [];
      for (const row of complete ?? rows) {
        const a = row[i];
        const b = row[j];
        if (isPresent(a) && isPresent(b)) {
          x.push(a);
          y.push(b);
        }
      }
      const value = x.length < 2 ? Number.NaN : i === j ? sampleVariance(x) : sampleCovariance(x, y);
      cov[i]![j] = value;
      cov[j]![i] = value;
      pairN[i]![j] = x.length;
      pairN[j]![i] = x.length;
    }
  }
  return { cov, pairN };
}
