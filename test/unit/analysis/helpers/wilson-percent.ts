/**
 * The Wilson score interval in percent, written out for the tests (independently of the code
 * under test) as the two roots of (p̂ − p)² = z² p (1 − p) / n, with z = Φ⁻¹(0.975) by default.
 */
export function wilsonPercent(x: number, n: number, z = 1.959963984540054): [number, number] {
  const p = x / n;
  const a = 1 + (z * z) / n;
  const b = -(2 * p + (z * z) / n);
  const root = Math.sqrt(b * b - 4 * a * p * p);
  return [(100 * (-b - root)) / (2 * a), (100 * (-b + root)) / (2 * a)];
}
