import { alphaFromCovariance } from './alpha-from-covariance';
import { covarianceMatrix } from './covariance-matrix';
import { isPresent } from './is-present';
import type { ItemMatrix, MissingPolicy } from './types';

export interface AlphaOptions {
  /** How missing answers are handled; required, see {@link MissingPolicy}. */
  missing: MissingPolicy;
}

export interface AlphaResult {
  alpha: number;
  /** Number of items. */
  k: number;
  /**
   * Respondents used: under listwise deletion, the complete rows; under pairwise deletion, the rows
   * with at least one answer.
   */
  n: number;
  /** The smallest number of respondents behind any variance or covariance. */
  minPairN: number;
  missing: MissingPolicy;
}

/**
 * Cronbach's alpha of a set of items (the columns of a respondent × item matrix), with missing
 * answers handled as the caller says (`listwise` or `pairwise`, no default).
 *
 * Computed from the item covariance matrix C (see {@link covarianceMatrix}):
 * alpha = k / (k − 1) × (1 − trace(C) / sum(C)) (see {@link alphaFromCovariance}). Reverse-keyed
 * items must be reversed first ({@link reverseItems}).
 *
 * @example
 * cronbachAlpha([[1, 2, 2], [2, 3, 3], [3, 3, 4], [4, 5, 4]], { missing: 'listwise' }).alpha
 * // 0.9485294117647058
 */
export function cronbachAlpha(rows: ItemMatrix, options: AlphaOptions): AlphaResult {
  const { cov, pairN } = covarianceMatrix(rows, options.missing);
  const k = cov.length;
  const n =
    options.missing === 'listwise'
      ? (pairN[0]?.[0] ?? 0)
      : rows.filter((row) => row.some(isPresent)).length;
  return { alpha: alphaFromCovariance(cov), k, n, minPairN: Math.min(...pairN.flat()), missing: options.missing };
}
