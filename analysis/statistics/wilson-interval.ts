/**
 * The 97.5th percentile of the standard normal distribution, Φ⁻¹(0.975): z for a two-sided 95%
 * interval, as R's `qnorm(0.975)` gives it. A published constant rather than simple-statistics'
 * `probit(0.975)`, which is an approximation (1.95716…, 0.14% low): with it the intervals of
 * Newcombe (1998) would not come out as published in their fourth decimal. The test checks this
 * value against simple-statistics' `errorFunction`: erf(z / √2) = 0.95.
 */
export const Z_95 = 1.959963984540054;

export interface WilsonOptions {
  /** The normal quantile; default {@link Z_95} (95%). E.g. 2.5758293035489 for 99%. */
  z?: number;
}

export interface ProportionInterval {
  /** successes / n. */
  proportion: number;
  lower: number;
  upper: number;
}

/**
 * The Wilson score interval for a binomial proportion (Wilson 1927; recommended by Newcombe 1998,
 * "Two-sided confidence intervals for the single proportion", Statistics in Medicine 17:857–872):
 *
 *     centre = (p + z² / 2n) / (1 + z² / n)
 *     half   = z / (1 + z² / n) × sqrt(p (1 − p) / n + z² / 4n²)
 *
 * with p = successes / n. Unlike the Wald interval it stays within [0, 1] and does not collapse
 * to a point at p = 0 or 1. Proportions, not percentages.
 *
 * @example
 * wilsonInterval(81, 263) // { proportion: 0.30798…, lower: 0.2553…, upper: 0.3662… } (Newcombe 1998)
 */
export function wilsonInterval(successes: number, n: number, options: WilsonOptions = {}): ProportionInterval {
  const z = options.z ?? Z_95;
  if (!(n > 0) || !Number.isFinite(n)) throw new RangeError(`A Wilson interval needs n > 0 (got ${n})`);
  if (!(successes >= 0 && successes <= n)) throw new RangeError(`successes must be between 0 and n (got ${successes} of ${n})`);
  if (!(z > 0) || !Number.isFinite(z)) throw new RangeError(`z must be positive (got ${z})`);
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return {
    proportion: p,
    lower: successes === 0 ? 0 : Math.max(0, centre - half),
    upper: successes === n ? 1 : Math.min(1, centre + half),
  };
}
