/**
 * A whole number with commas between thousands, as UK reports print it ("4,146"). Written out by
 * hand rather than with `toLocaleString`, so that output is the same on every machine and locale.
 *
 * @example
 * formatCount(4146)    // '4,146'
 * formatCount(1000000) // '1,000,000'
 * formatCount(31)      // '31'
 */
export function formatCount(value: number): string {
  if (!Number.isInteger(value)) throw new RangeError(`Not a whole number: ${value}`);
  const digits = String(Math.abs(value));
  const grouped = digits.replace(/\B(?=(\d{3})+$)/g, ',');
  return value < 0 ? `-${grouped}` : grouped;
}
