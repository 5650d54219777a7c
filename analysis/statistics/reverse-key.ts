/** The range of a rating scale, e.g. `{ min: 1, max: 6 }` for a six-point scale coded 1..6. */
export interface ScaleRange {
  min: number;
  max: number;
}

/**
 * Reverses a reverse-keyed answer within its scale range: `min + max − value`, so on a 1..6 scale
 * 1 ↔ 6, 2 ↔ 5 and 3 ↔ 4 (7 − x). Missing values stay missing. A value outside the range is an
 * error, since reversing it would give a wrong score silently.
 *
 * @example
 * reverseKey(2, { min: 1, max: 6 }) // 5
 * reverseKey(null, { min: 1, max: 6 }) // null
 */
export function reverseKey<T extends number | null | undefined>(value: T, range: ScaleRange): T | number {
  if (!(range.min < range.max)) throw new RangeError(`Not a scale range: ${range.min}..${range.max}`);
  if (typeof value !== 'number' || Number.isNaN(value)) return value;
  if (value < range.min || value > range.max) {
    throw new RangeError(`${value} is outside the scale range ${range.min}..${range.max}`);
  }
  return range.min + range.max - value;
}
