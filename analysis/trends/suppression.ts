/**
 * Disclosure control for trends, built on the shared rules in `analysis/disclosure.ts` (minimum
 * group size, default 5, never below 3; "fewer than 5 responses", never 0).
 */
import { checkMinGroupSize, DEFAULT_MIN_GROUP_SIZE, isShown, suppressedText } from '../disclosure';

export { checkMinGroupSize, DEFAULT_MIN_GROUP_SIZE };

/**
 * Whether a single point (one group, one period, one item) with base n must be suppressed: n below
 * the minimum group size, including n = 0 (shown as "fewer than 5 responses", never 0).
 *
 * @example
 * isBelowMinGroupSize(4, 5) // true
 * isBelowMinGroupSize(5, 5) // false
 */
export function isBelowMinGroupSize(n: number, minGroupSize: number = DEFAULT_MIN_GROUP_SIZE): boolean {
  return !isShown(n, minGroupSize);
}

/**
 * The wording of a suppressed point (`suppressedText` of `analysis/disclosure.ts`).
 *
 * @example
 * suppressedLabel(5) // 'fewer than 5 responses'
 */
export function suppressedLabel(minGroupSize: number = DEFAULT_MIN_GROUP_SIZE): string {
  return suppressedText(minGroupSize);
}
