import { describe, expect, it } from 'vitest';
import {
  describeRounding,
  largestRemainderPercents,
  roundHalfUpPercent,
  roundPercents,
} from '../../../analysis/rounding';
import { countsFor, random } from './helpers/annex-a-respondents';

describe('roundHalfUpPercent', () => {
  it('rounds exact halves up, without floating-point slips', () => {
    expect(roundHalfUpPercent(1, 8)).toBe(13); // 12.5
    expect(roundHalfUpPercent(3, 8)).toBe(38); // 37.5
    expect(roundHalfUpPercent(1, 200)).toBe(1); // 0.5
    expect(roundHalfUpPercent(1, 201)).toBe(0); // 0.4975…
    expect(roundHalfUpPercent(7, 40)).toBe(18); // 17.5
    expect(roundHalfUpPercent(0, 5)).toBe(0);
    expect(roundHalfUpPercent(5, 5)).toBe(100);
  });

  it('keeps decimal places when asked', () => {
    expect(roundHalfUpPercent(1, 3, 1)).toBe(33.3);
    expect(roundHalfUpPercent(2, 3, 1)).toBe(66.7);
    expect(roundHalfUpPercent(1, 16, 2)).toBe(6.25);
    expect(roundHalfUpPercent(1, 1600, 2)).toBe(0.06); // 0.0625 → 0.06
    expect(roundHalfUpPercent(1, 800, 2)).toBe(0.13); // 0.125 → 0.13
  });

  it('agrees with the definition p − 0.5 ≤ 100c/n < p + 0.5 for every count up to n = 300', () => {
    for (let n = 1; n <= 300; n++) {
      for (let c = 0; c <= n; c++) {
        const p = roundHalfUpPercent(c, n);
        expect((2 * p - 1) * n <= 200 * c && 200 * c < (2 * p + 1) * n).toBe(true);
      }
    }
  });

  it('refuses impossible shares', () => {
    expect(() => roundHalfUpPercent(3, 2)).toThrow(RangeError);
    expect(() => roundHalfUpPercent(1, 0)).toThrow(RangeError);
    expect(() => roundHalfUpPercent(1.5, 4)).toThrow(RangeError);
  });
});

describe('largestRemainderPercents', () => {
  it('makes rows sum to exactly 100', () => {
    expect(largestRemainderPercents([1, 1, 1])).toEqual([34, 33, 33]);
    expect(largestRemainderPercents([1, 1, 1], 1)).toEqual([33.4, 33.3, 33.3]);
    // Annex A's social workers' sufficient_time row prints 3/18/22/38/19/1 (sum 101, n = 449).
    const counts = countsFor([3, 18, 22, 38, 19, 1], 449);
    expect(counts.map((c) => roundHalfUpPercent(c, 449)).reduce((a, b) => a + b, 0)).toBe(101);
    expect(largestRemainderPercents(counts).reduce((a, b) => a + b, 0)).toBe(100);
  });

  it('sums to 100 and stays within one unit of the exact share, for 2,000 random rows', () => {
    const next = random(42);
    for (let trial = 0; trial < 2000; trial++) {
      const width = 2 + Math.floor(next() * 6);
      const counts = Array.from({ length: width }, () => Math.floor(next() * (next() < 0.2 ? 3 : 200)));
      if (!counts.some((c) => c > 0)) counts[0] = 1;
      const n = counts.reduce((a, b) => a + b, 0);
      for (const decimals of [0, 1]) {
        const units = 10 ** decimals;
        const percents = largestRemainderPercents(counts, decimals);
        expect(Math.round(percents.reduce((a, b) => a + b, 0) * units)).toBe(100 * units);
        percents.forEach((p, i) => {
          const exact = (100 * units * counts[i]!) / n;
          expect(Math.abs(Math.round(p * units) - exact)).toBeLessThan(1);
        });
      }
    }
  });

  it('breaks ties the same way every time: larger count, then earlier option', () => {
    expect(largestRemainderPercents([1, 1, 1, 1, 1, 1])).toEqual([17, 17, 17, 17, 16, 16]);
    // 1/6, 4/6, 1/6: all three remainders are equal; the larger count gets the first unit.
    expect(largestRemainderPercents([1, 4, 1])).toEqual([17, 67, 16]);
  });
});

describe('roundPercents and its note', () => {
  it('applies the chosen rule', () => {
    expect(roundPercents([1, 1, 1], 3)).toEqual([33, 33, 33]);
    expect(roundPercents([1, 1, 1], 3, { method: 'largest-remainder', decimals: 0 })).toEqual([34, 33, 33]);
    expect(() => roundPercents([1, 1], 3, { method: 'largest-remainder', decimals: 0 })).toThrow(/sum to n/);
  });

  it('describes the rule', () => {
    expect(describeRounding()).toMatch(/rounded half up to whole numbers \(as in Annex A/);
    expect(describeRounding({ method: 'largest-remainder', decimals: 0 })).toMatch(/largest remainder.*sums to exactly 100/);
    expect(describeRounding({ method: 'half-up', decimals: 1 })).toMatch(/1 decimal place,/);
  });
});
