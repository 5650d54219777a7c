// @vitest-environment node
import { errorFunction } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { wilsonInterval, Z_95 } from '../../../../analysis/statistics';

/**
 * Wilson's interval as the two roots of (p̂ − p)² = z² p (1 − p) / n, i.e.
 * (1 + z²/n) p² − (2p̂ + z²/n) p + p̂² = 0: written independently of the code under test.
 */
function rootsOfScoreEquation(x: number, n: number, z: number): [number, number] {
  const p = x / n;
  const a = 1 + (z * z) / n;
  const b = -(2 * p + (z * z) / n);
  const c = p * p;
  const root = Math.sqrt(b * b - 4 * a * c);
  return [(-b - root) / (2 * a), (-b + root) / (2 * a)];
}

describe('wilsonInterval', () => {
  it("reproduces Newcombe (1998), Statistics in Medicine 17:857, Table I, method 3 (score interval)", () => {
    const cases: Array<[number, number, number, number]> = [
      [81, 263, 0.2553, 0.3662],
      [15, 148, 0.0624, 0.1605],
      [0, 20, 0, 0.1611],
      [1, 29, 0.0061, 0.1718],
    ];
    for (const [x, n, lower, upper] of cases) {
      const interval = wilsonInterval(x, n);
      expect(interval.lower).toBeCloseTo(lower, 4);
      expect(interval.upper).toBeCloseTo(upper, 4);
    }
  });

  it('equals the roots of the score equation, for 95% and any z', () => {
    for (const [x, n] of [[7, 12], [3, 5], [50, 50], [1, 1000], [499, 1000]] as const) {
      for (const z of [Z_95, 1.6448536269514722, 2.5758293035489]) {
        const [lower, upper] = rootsOfScoreEquation(x, n, z);
        const interval = wilsonInterval(x, n, { z });
        expect(interval.lower).toBeCloseTo(lower, 12);
        expect(interval.upper).toBeCloseTo(upper, 12);
        expect(interval.proportion).toBe(x / n);
      }
    }
  });

  it('uses z = Φ⁻¹(0.975) by default (erf(z / √2) = 0.95, by simple-statistics) and widens with z', () => {
    expect(errorFunction(Z_95 / Math.SQRT2)).toBeCloseTo(0.95, 8);
    const ninetyFive = wilsonInterval(30, 60);
    const ninetyNine = wilsonInterval(30, 60, { z: 2.5758293035489 });
    expect(ninetyNine.lower).toBeLessThan(ninetyFive.lower);
    expect(ninetyNine.upper).toBeGreaterThan(ninetyFive.upper);
  });

  it('stays within [0, 1] at the extremes and refuses impossible input', () => {
    expect(wilsonInterval(0, 5).lower).toBe(0);
    expect(wilsonInterval(5, 5).upper).toBe(1);
    expect(() => wilsonInterval(1, 0)).toThrow(RangeError);
    expect(() => wilsonInterval(6, 5)).toThrow(RangeError);
    expect(() => wilsonInterval(1, 5, { z: 0 })).toThrow(RangeError);
  });
});
