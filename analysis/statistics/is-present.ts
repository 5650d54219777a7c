/**
 * Whether a value in an item matrix is an answer (a finite number) rather than missing
 * (`null`, `undefined`, `NaN` or an infinity).
 *
 * @example
 * isPresent(3) // true
 * isPresent(null) // false
 * isPresent(Number.NaN) // false
 */
export function isPresent(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
