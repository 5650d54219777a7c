/**
 * A p-value as researchers print it, with its comparison sign.
 *
 * @example
 * formatPValue(0.0000019) // '< 0.001'
 * formatPValue(0.0421)    // '= 0.042'
 */
export function formatPValue(p: number): string {
  return p < 0.001 ? '< 0.001' : `= ${p.toFixed(3)}`;
}
