/**
 * How counts become printed percentages. Annex A of the Ofsted 2011 survey prints whole numbers
 * rounded half up, so its rows sum to 99, 100 or 101: that is the default. Largest-remainder
 * rounding is offered for readers who need every row to sum to exactly 100.
 *
 * All arithmetic is on integers, so 1 of 8 (12.5%) always rounds to 13, never to 12 through a
 * floating-point slip.
 */

export type RoundingMethod = 'half-up' | 'largest-remainder';

export interface RoundingOptions {
  /** `half-up` (default, as Annex A) or `largest-remainder` (rows sum to exactly 100). */
  method: RoundingMethod;
  /** Decimal places; default 0 (whole numbers, as Annex A). */
  decimals: number;
}

export const DEFAULT_ROUNDING: RoundingOptions = { method: 'half-up', decimals: 0 };

function unitsPerPercent(decimals: number): number {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 3) {
    throw new RangeError(`decimals must be a whole number from 0 to 3, not ${decimals}`);
  }
  return 10 ** decimals;
}

function checkCount(count: number, n: number): void {
  if (!Number.isInteger(count) || !Number.isInteger(n) || count < 0 || n <= 0 || count > n) {
    throw new RangeError(`cannot take ${count} as a percentage of ${n}`);
  }
}

/**
 * `count` as a percentage of `n`, rounded half up (0.5 goes up), with `decimals` places.
 *
 * @example
 * roundHalfUpPercent(1, 8)     // 13 (12.5 rounds up)
 * roundHalfUpPercent(1, 3, 1)  // 33.3
 * roundHalfUpPercent(282, 282) // 100
 */
export function roundHalfUpPercent(count: number, n: number, decimals = 0): number {
  checkCount(count, n);
  const units = unitsPerPercent(decimals);
  // floor(100·units·count/n + 1/2) = floor((2·100·units·count + n) / 2n), exactly.
  return Math.floor((2 * 100 * units * count + n) / (2 * n)) / units;
}

/**
 * Percentages of one row that sum to exactly 100 (largest remainder, or Hare, method): every
 * share is first rounded down, then the missing units go to the largest remainders. Ties go to
 * the larger count, then to the earlier option, so the result is always the same.
 *
 * @example
 * largestRemainderPercents([1, 1, 1])    // [34, 33, 33]
 * largestRemainderPercents([1, 1, 1], 1) // [33.4, 33.3, 33.3]
 */
export function largestRemainderPercents(counts: readonly number[], decimals = 0): number[] {
  const n = counts.reduce((sum, count) => sum + count, 0);
  const units = unitsPerPercent(decimals);
  if (n === 0) throw new RangeError('cannot take percentages of a row with no answers');
  counts.forEach((count) => checkCount(count, n));
  const target = 100 * units;
  const floors = counts.map((count) => Math.floor((target * count) / n));
  const remainders = counts.map((count, i) => target * count - floors[i]! * n);
  let missing = target - floors.reduce((sum, value) => sum + value, 0);
  const order = counts
    .map((count, index) => ({ count, index, remainder: remainders[index]! }))
    .filter((entry) => entry.remainder > 0)
    .sort((a, b) => b.remainder - a.remainder || b.count - a.count || a.index - b.index);
  for (const entry of order) {
    if (missing <= 0) break;
    floors[entry.index]! += 1;
    missing -= 1;
  }
  return floors.map((value) => value / units);
}

/**
 * The percentages of a row of counts under a rounding rule. With `half-up`, `n` may exceed the
 * sum of the counts (as for choose-several items, where each option is a share of respondents).
 *
 * @example
 * roundPercents([40, 49, 8, 2, 0, 0], 99)                                        // [40, 49, 8, 2, 0, 0]
 * roundPercents([1, 1, 1], 3, { method: 'largest-remainder', decimals: 0 })        // [34, 33, 33]
 */
export function roundPercents(counts: readonly number[], n: number, options: RoundingOptions = DEFAULT_ROUNDING): number[] {
  if (options.method === 'largest-remainder') {
    const sum = counts.reduce((total, count) => total + count, 0);
    if (sum !== n) throw new RangeError(`largest-remainder rounding needs the counts to sum to n (${sum} ≠ ${n})`);
    return largestRemainderPercents(counts, options.decimals);
  }
  return counts.map((count) => roundHalfUpPercent(count, n, options.decimals));
}

/**
 * The note printed under a table.
 *
 * @example
 * describeRounding(DEFAULT_ROUNDING)
 * // 'Percentages are rounded half up to whole numbers (as in Annex A of the Ofsted 2011 survey), so a row may not sum to exactly 100.'
 */
export function describeRounding(options: RoundingOptions = DEFAULT_ROUNDING): string {
  const places = options.decimals === 0 ? 'whole numbers' : `${options.decimals} decimal place${options.decimals === 1 ? '' : 's'}`;
  return options.method === 'half-up'
    ? `Percentages are rounded half up to ${places}${options.decimals === 0 ? ' (as in Annex A of the Ofsted 2011 survey)' : ''}, so a row may not sum to exactly 100.`
    : `Percentages are rounded to ${places} by the largest remainder method, so each row sums to exactly 100.`;
}
