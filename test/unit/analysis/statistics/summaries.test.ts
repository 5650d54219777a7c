// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { reverseItems, reverseKey, summarizeCounts, summarizeValues } from '../../../../analysis/statistics';

describe('summarizeValues', () => {
  it('gives n, mean, sample SD and median, leaving missing values out', () => {
    // 2, 4, 4, 4, 5, 5, 7, 9: mean 40/8 = 5; squared deviations sum to 32, so SD = sqrt(32/7); median (4 + 5)/2.
    const summary = summarizeValues([2, 4, null, 4, 4, 5, undefined, 5, 7, Number.NaN, 9]);
    expect(summary).toMatchObject({ n: 8, missing: 3, mean: 5, median: 4.5, min: 2, max: 9 });
    expect(summary.sd).toBeCloseTo(Math.sqrt(32 / 7), 14);
  });

  it('gives NaN rather than numbers it cannot know', () => {
    expect(summarizeValues([3]).sd).toBeNaN();
    expect(summarizeValues([3]).mean).toBe(3);
    const empty = summarizeValues([null, null]);
    expect(empty).toMatchObject({ n: 0, missing: 2 });
    expect(empty.mean).toBeNaN();
    expect(empty.median).toBeNaN();
  });
});

describe('summarizeCounts (from streamed answer counts)', () => {
  it('leaves non-substantive codes out when given the substantive codes', () => {
    // Answers 5, 5, 4, 1 ("Don't know" = 9 left out): mean 15/4; deviations 1.25, 1.25, 0.25, −2.75
    // give squares summing to 10.75, so SD = sqrt(10.75/3); median (4 + 5)/2.
    const summary = summarizeCounts(new Map([[5, 2], [4, 1], [1, 1], [9, 3]]), [5, 4, 3, 2, 1]);
    expect(summary.n).toBe(4);
    expect(summary.mean).toBe(3.75);
    expect(summary.sd).toBeCloseTo(Math.sqrt(10.75 / 3), 14);
    expect(summary.median).toBe(4.5);
  });

  it('counts every code without a code list, and finds the middle answer for odd n', () => {
    // 1, 2, 2, 9, 9: mean 23/5, median 2.
    const summary = summarizeCounts(new Map([[9, 2], [1, 1], [2, 2]]));
    expect(summary).toMatchObject({ n: 5, mean: 23 / 5, median: 2 });
  });

  it('ignores zero counts and gives NaN when nothing is left', () => {
    const summary = summarizeCounts(new Map([[9, 4], [3, 0]]), [1, 2, 3, 4, 5]);
    expect(summary.n).toBe(0);
    expect(summary.mean).toBeNaN();
  });
});

describe('reverse keying', () => {
  it('reverses within the range: on 1..6, x becomes 7 − x', () => {
    expect([1, 2, 3, 4, 5, 6].map((x) => reverseKey(x, { min: 1, max: 6 }))).toEqual([6, 5, 4, 3, 2, 1]);
    expect([0, 4].map((x) => reverseKey(x, { min: 0, max: 4 }))).toEqual([4, 0]);
  });

  it('keeps missing values and refuses values outside the range', () => {
    expect(reverseKey(null, { min: 1, max: 6 })).toBeNull();
    expect(reverseKey(undefined, { min: 1, max: 6 })).toBeUndefined();
    expect(() => reverseKey(7, { min: 1, max: 6 })).toThrow(/outside/);
    expect(() => reverseKey(2, { min: 6, max: 1 })).toThrow(RangeError);
  });

  it('reverses only the chosen columns of a matrix, without changing the input', () => {
    const rows = [
      [1, 6, 2],
      [2, null, 3],
    ];
    expect(reverseItems(rows, [0, 1], { min: 1, max: 6 })).toEqual([
      [6, 1, 2],
      [5, null, 3],
    ]);
    expect(rows[0]).toEqual([1, 6, 2]);
  });
});
