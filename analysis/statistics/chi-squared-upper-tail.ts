import { regularizedGammaQ } from './regularized-gamma-q';

/**
 * The upper-tail probability of the chi-square distribution, P(χ²_df ≥ statistic): the p-value of
 * a chi-square test. Equal to Q(df / 2, statistic / 2), see {@link regularizedGammaQ}. (simple-
 * statistics' `chiSquaredDistributionTable` only has critical values for a few probabilities.)
 *
 * @example
 * chiSquaredUpperTail(3.841458820694124, 1) // 0.05
 * chiSquaredUpperTail(4, 2) // 0.1353352832366127 (= e^-2)
 */
export function chiSquaredUpperTail(statistic: number, df: number): number {
  if (!(df > 0)) throw new RangeError(`Degrees of freedom must be positive (got ${df})`);
  if (!(statistic >= 0)) throw new RangeError(`A chi-square statistic cannot be negative (got ${statistic})`);
  return regularizedGammaQ(df / 2, statistic / 2);
}
