// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { emptyItemCounts, addAnswer } from '../../../../analysis/item-counts';
import {
  chiSquareIndependence,
  chiSquaredUpperTail,
  contingencyFromCounts,
  cramersV,
  regularizedGammaQ,
} from '../../../../analysis/statistics';
import { readReferenceCsv } from './reference-data';

/** Γ(k/2) for a whole number k, exactly: (m − 1)! or (2m)! √π / (4^m m!). */
function gammaHalf(k: number): number {
  const factorial = (m: number): number => (m <= 1 ? 1 : m * factorial(m - 1));
  if (k % 2 === 0) return factorial(k / 2 - 1);
  const m = (k - 1) / 2;
  return (factorial(2 * m) * Math.sqrt(Math.PI)) / (4 ** m * factorial(m));
}

/**
 * P(χ²_k ≥ x) by composite Simpson integration of the chi-square density from x upwards: an
 * independent check of the incomplete-gamma code (x > 0).
 */
function upperTailByQuadrature(x: number, k: number): number {
  const density = (t: number) => (t ** (k / 2 - 1) * Math.exp(-t / 2)) / (2 ** (k / 2) * gammaHalf(k));
  const end = x + 400 + 10 * k;
  const steps = 100_000;
  const h = (end - x) / steps;
  let sum = density(x) + density(end);
  for (let i = 1; i < steps; i++) sum += (i % 2 === 1 ? 4 : 2) * density(x + i * h);
  return (sum * h) / 3;
}

/** Pearson's X² by the textbook definition. */
function pearson(table: number[][]): number {
  const rows = table.map((r) => r.reduce((a, b) => a + b, 0));
  const columns = table[0]!.map((_, c) => table.reduce((a, r) => a + r[c]!, 0));
  const n = rows.reduce((a, b) => a + b, 0);
  let x2 = 0;
  table.forEach((r, i) => r.forEach((o, j) => {
    const e = (rows[i]! * columns[j]!) / n;
    x2 += (o - e) ** 2 / e;
  }));
  return x2;
}

describe('regularizedGammaQ (Numerical Recipes §6.2)', () => {
  it('equals e^−x for a = 1', () => {
    for (const x of [0.1, 1, 2, 5, 30]) expect(regularizedGammaQ(1, x)).toBeCloseTo(Math.exp(-x), 15);
  });

  it('matches the closed form for whole a: Q(a, x) = e^−x Σ_{i<a} x^i / i!', () => {
    for (const a of [2, 3, 5, 10]) {
      for (const x of [0.5, 2, 7.5, 12, 40]) {
        let term = 1;
        let sum = 0;
        for (let i = 0; i < a; i++) {
          sum += term;
          term *= x / (i + 1);
        }
        expect(regularizedGammaQ(a, x)).toBeCloseTo(Math.exp(-x) * sum, 13);
      }
    }
  });

  it('is 1 at x = 0 and refuses a ≤ 0 or x < 0', () => {
    expect(regularizedGammaQ(2.5, 0)).toBe(1);
    expect(() => regularizedGammaQ(0, 1)).toThrow(RangeError);
    expect(() => regularizedGammaQ(1, -1)).toThrow(RangeError);
  });
});

describe('chiSquaredUpperTail', () => {
  it('gives the tabulated probabilities at published critical values', () => {
    // qchisq(0.95, 1) = 1.959963984540054² and qchisq(0.99, 1) = 2.5758293035489²; qchisq(0.95, 2) = −2 ln 0.05.
    expect(chiSquaredUpperTail(1.959963984540054 ** 2, 1)).toBeCloseTo(0.05, 12);
    expect(chiSquaredUpperTail(2.5758293035489 ** 2, 1)).toBeCloseTo(0.01, 12);
    expect(chiSquaredUpperTail(-2 * Math.log(0.05), 2)).toBeCloseTo(0.05, 14);
    // Critical values as printed in standard tables (e.g. R's qchisq), to the digits given.
    expect(chiSquaredUpperTail(18.307038, 10)).toBeCloseTo(0.05, 7);
    expect(chiSquaredUpperTail(15.086272, 5)).toBeCloseTo(0.01, 7);
    expect(chiSquaredUpperTail(43.772972, 30)).toBeCloseTo(0.05, 7);
  });

  it('agrees with numerical integration of the density for odd and even df', () => {
    for (const [x, df] of [[0.5, 1], [3.2, 1], [7.8, 3], [2.1, 4], [11, 7], [35, 25], [60, 25]] as const) {
      const p = chiSquaredUpperTail(x, df);
      expect(Math.abs(p - upperTailByQuadrature(x, df)) / p).toBeLessThan(1e-9);
    }
  });
});

describe("chiSquareIndependence on pingouin's heart-disease data (sex × target)", () => {
  const rows = readReferenceCsv('pingouin-chi2_independence.csv');
  const table = [0, 1].map((sex) => [0, 1].map((target) => rows.filter((r) => Number(r.sex) === sex && Number(r.target) === target).length));

  it('counts the published 96 women and 207 men', () => {
    expect(table.map((r) => r[0]! + r[1]!)).toEqual([96, 207]);
    expect(table).toEqual([[24, 72], [114, 93]]);
  });

  it("with Yates' correction reproduces pingouin's documented result (χ² 22.717, 1 df, V 0.274)", () => {
    const result = chiSquareIndependence(table, { continuityCorrection: true });
    expect(result.continuityCorrection).toBe(true);
    expect(result.df).toBe(1);
    expect(result.statistic).toBeCloseTo(22.717, 3);
    expect(result.cramersV).toBeCloseTo(0.274, 3);
    const published = [[43.722772, 52.277228], [94.277228, 112.722772]];
    result.expected.forEach((r, i) => r.forEach((e, j) => expect(e).toBeCloseTo(published[i]![j]!, 6)));
    expect(result.pValue).toBeCloseTo(upperTailByQuadrature(result.statistic, 1), 12);
  });

  it('without correction gives the textbook Pearson statistic, its p-value and Cramér\'s V', () => {
    const result = chiSquareIndependence(table);
    // 2 × 2 shortcut: n (ad − bc)² / (row and column totals multiplied).
    const [[a, b], [c, d]] = table as [[number, number], [number, number]];
    const shortcut = (303 * (a * d - b * c) ** 2) / ((a + b) * (c + d) * (a + c) * (b + d));
    expect(result.statistic).toBeCloseTo(shortcut, 10);
    expect(result.statistic).toBeCloseTo(pearson(table), 10);
    expect(result.n).toBe(303);
    expect(result.pValue).toBeCloseTo(upperTailByQuadrature(shortcut, 1), 13);
    expect(result.pValue).toBeLessThan(1e-5);
    expect(result.cramersV).toBeCloseTo(Math.sqrt(shortcut / 303), 12);
    expect(result.lowExpectedCells).toBe(0);
  });
});

describe('chiSquareIndependence on an authority × response table', () => {
  const table = [
    [12, 20, 5, 3],
    [4, 10, 9, 8],
    [7, 7, 6, 2],
  ];

  it('gives the textbook statistic with (r − 1)(c − 1) degrees of freedom', () => {
    const result = chiSquareIndependence(table);
    expect(result.df).toBe(6);
    expect(result.statistic).toBeCloseTo(pearson(table), 12);
    expect(result.pValue).toBeCloseTo(upperTailByQuadrature(pearson(table), 6), 12);
    expect(result.cramersV).toBeCloseTo(Math.sqrt(pearson(table) / (93 * 2)), 12);
    expect(result.continuityCorrection).toBe(false);
  });

  it('drops empty rows and columns, and counts expected cells below 5', () => {
    const withEmpty = [[12, 0, 20, 5, 3], [0, 0, 0, 0, 0], [4, 0, 10, 9, 8], [7, 0, 7, 6, 2]];
    const result = chiSquareIndependence(withEmpty);
    expect(result.rows).toEqual([0, 2, 3]);
    expect(result.columns).toEqual([0, 2, 3, 4]);
    expect(result.statistic).toBeCloseTo(pearson(table), 12);
    // Row totals 40, 31, 22; column totals 23, 37, 20, 13; n = 93. Expected counts below 5:
    // 31·13/93 = 4.33, 22·13/93 = 3.08 and 22·20/93 = 4.73 (40·13/93 = 5.59 and 22·23/93 = 5.44 are not).
    expect(result.lowExpectedCells).toBe(3);
  });

  it('ignores the continuity correction when df > 1, and is undefined with one row', () => {
    expect(chiSquareIndependence(table, { continuityCorrection: true }).statistic).toBeCloseTo(pearson(table), 12);
    const single = chiSquareIndependence([[3, 4, 5]]);
    expect(single).toMatchObject({ df: 0, statistic: 0, pValue: 1 });
    expect(single.cramersV).toBeNaN();
  });

  it('refuses ragged tables and negative counts', () => {
    expect(() => chiSquareIndependence([[1, 2], [3]])).toThrow(RangeError);
    expect(() => chiSquareIndependence([[1, -2], [3, 4]])).toThrow(RangeError);
  });

  it("builds the table from per-authority answer counts, and Cramér's V is 1 for a perfect association", () => {
    const a = emptyItemCounts();
    const b = emptyItemCounts();
    for (const code of [5, 5, 4, undefined, 9]) addAnswer(a, code);
    for (const code of [1, 2, 2]) addAnswer(b, code);
    const built = contingencyFromCounts([['E09', a], ['E10', b]], [5, 4, 3, 2, 1, 9]);
    expect(built).toEqual({ rowLabels: ['E09', 'E10'], codes: [5, 4, 3, 2, 1, 9], table: [[2, 1, 0, 0, 0, 1], [0, 0, 0, 2, 1, 0]] });
    expect(cramersV(chiSquareIndependence([[10, 0], [0, 10]]).statistic, 20, 2, 2)).toBeCloseTo(1, 14);
  });
});
