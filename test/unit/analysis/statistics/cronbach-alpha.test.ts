// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  alphaIfItemDropped,
  cronbachAlpha,
  itemRestCorrelations,
  reliabilityAnalysis,
  type MissingPolicy,
} from '../../../../analysis/statistics';
import { bfiScales } from './bfi';
import { numberOrNull, readReferenceCsv, textbook } from './reference-data';

const scales = bfiScales();
const complete = (rows: (number | null)[][]) => rows.filter((r) => r.every((v) => v !== null)) as number[][];
/** Reverse-keys by hand on the 1–6 scale: 7 − x. */
const reversedByHand = (scale: (typeof scales)[number]) =>
  scale.rows.map((r) => r.map((v, i) => (v !== null && scale.reverse.includes(scale.items[i]!) ? 7 - v : v)));

describe("Cronbach's alpha on psych's bfi data (2,800 respondents, 1–6 scale, keys from psych-bfi-keys.csv)", () => {
  it('has the five scales of five items each, with the published reverse keys', () => {
    expect(scales.map((s) => s.name)).toEqual(['agree', 'conscientious', 'extraversion', 'neuroticism', 'openness']);
    expect(scales.find((s) => s.name === 'agree')!.reverse).toEqual(['A1']);
    expect(scales.every((s) => s.items.length === 5 && s.rows.length === 2800)).toBe(true);
  });

  it('gives 0.7038 for Agreeableness, listwise, as R psych reports', () => {
    const agree = scales.find((s) => s.name === 'agree')!;
    const result = reliabilityAnalysis(agree.rows, { items: agree.items, reverse: agree.reverse, range: { min: 1, max: 6 }, missing: 'listwise' });
    expect(result.alpha).toBeCloseTo(0.7038, 4);
    expect(result.n).toBe(complete(agree.rows).length);
    expect(result.k).toBe(5);
  });

  for (const scale of scales) {
    for (const missing of ['listwise', 'pairwise'] as const satisfies readonly MissingPolicy[]) {
      it(`${scale.name}, ${missing}: alpha, alpha if dropped and item-rest r match textbook formulas`, () => {
        const result = reliabilityAnalysis(scale.rows, { items: scale.items, reverse: scale.reverse, range: { min: 1, max: 6 }, missing });
        const scored = reversedByHand(scale);
        if (missing === 'listwise') {
          const rows = complete(scored);
          expect(result.alpha).toBeCloseTo(textbook.alphaComplete(rows), 12);
          result.items.forEach((item, i) => {
            const others = rows.map((r) => r.filter((_, j) => j !== i));
            expect(item.alphaIfDropped).toBeCloseTo(textbook.alphaComplete(others), 12);
            const rest = others.map((r) => r.reduce((a, b) => a + b, 0));
            expect(item.itemRest).toBeCloseTo(textbook.pearson(rows.map((r) => r[i]!), rest), 12);
            expect(item.mean).toBeCloseTo(textbook.mean(rows.map((r) => r[i]!)), 12);
            expect(item.n).toBe(rows.length);
          });
        } else {
          expect(result.alpha).toBeCloseTo(textbook.alphaPairwise(scored), 12);
          result.items.forEach((item, i) => {
            expect(item.alphaIfDropped).toBeCloseTo(textbook.alphaPairwise(scored.map((r) => r.filter((_, j) => j !== i))), 12);
          });
          expect(result.n).toBe(2800);
        }
        expect(result.items.map((item) => item.reversed)).toEqual(scale.items.map((item) => scale.reverse.includes(item)));
      });
    }
  }

  it('reverse-keys before computing: unreversed A1 gives a much lower alpha', () => {
    const agree = scales.find((s) => s.name === 'agree')!;
    const unreversed = cronbachAlpha(agree.rows, { missing: 'listwise' }).alpha;
    expect(unreversed).toBeCloseTo(textbook.alphaComplete(complete(agree.rows)), 12);
    expect(unreversed).toBeLessThan(0.5);
  });

  it('on complete rows, pairwise item-rest correlations equal the listwise Pearson ones', () => {
    const rows = complete(reversedByHand(scales.find((s) => s.name === 'openness')!));
    const listwise = itemRestCorrelations(rows, { missing: 'listwise' });
    itemRestCorrelations(rows, { missing: 'pairwise' }).forEach((r, i) => expect(r).toBeCloseTo(listwise[i]!, 12));
  });
});

describe("Cronbach's alpha on pingouin's datasets", () => {
  it('long format (cronbach_alpha.csv): 0.5917188485995826 as in pingouin\'s documentation, and the textbook value', () => {
    const long = readReferenceCsv('pingouin-cronbach_alpha.csv');
    const subjects = [...new Set(long.map((r) => r.Subj!))];
    const items = [...new Set(long.map((r) => r.Items!))];
    const bySubject = new Map(subjects.map((s) => [s, new Array<number | null>(items.length).fill(null)]));
    for (const r of long) bySubject.get(r.Subj!)![items.indexOf(r.Items!)] = numberOrNull(r.Scores);
    const rows = [...bySubject.values()];
    expect(rows.length * items.length).toBe(long.length);
    const alpha = cronbachAlpha(rows, { missing: 'listwise' }).alpha;
    expect(alpha).toBeCloseTo(0.5917188485995826, 12);
    expect(alpha).toBeCloseTo(textbook.alphaComplete(complete(rows)), 12);
  });

  it('wide binary items with missing values: pairwise 0.732660835214447 and listwise 0.8016949152542373, as pingouin (and psych) publish', () => {
    const wide = readReferenceCsv('pingouin-cronbach_wide_missing.csv');
    const items = Object.keys(wide[0]!);
    const rows = wide.map((r) => items.map((i) => numberOrNull(r[i])));
    const pairwise = cronbachAlpha(rows, { missing: 'pairwise' });
    const listwise = cronbachAlpha(rows, { missing: 'listwise' });
    expect(pairwise.alpha).toBeCloseTo(0.732660835214447, 12);
    expect(pairwise.alpha).toBeCloseTo(textbook.alphaPairwise(rows), 12);
    expect(listwise.alpha).toBeCloseTo(0.8016949152542373, 12);
    expect(listwise.alpha).toBeCloseTo(textbook.alphaComplete(complete(rows)), 12);
    expect(listwise.n).toBe(complete(rows).length);
    expect(pairwise.n).toBe(rows.length);
    expect(pairwise.minPairN).toBeLessThan(rows.length);
  });

  it('pairwise item-rest correlation follows the documented covariance formula', () => {
    const wide = readReferenceCsv('pingouin-cronbach_wide_missing.csv');
    const items = Object.keys(wide[0]!);
    const rows = wide.map((r) => items.map((i) => numberOrNull(r[i])));
    const k = items.length;
    const c = (i: number, j: number) => {
      const x: number[] = [];
      const y: number[] = [];
      for (const r of rows) if (r[i] !== null && r[j] !== null) (x.push(r[i]!), y.push(r[j]!));
      return textbook.cov(x, y);
    };
    const expected = items.map((_, i) => {
      let itemRest = 0;
      let restVariance = 0;
      for (let j = 0; j < k; j++) {
        if (j === i) continue;
        itemRest += c(i, j);
        for (let l = 0; l < k; l++) if (l !== i) restVariance += c(j, l);
      }
      return itemRest / Math.sqrt(c(i, i) * restVariance);
    });
    itemRestCorrelations(rows, { missing: 'pairwise' }).forEach((r, i) => expect(r).toBeCloseTo(expected[i]!, 12));
  });
});

describe('reliability edge cases', () => {
  const small = [
    [1, 2, 2],
    [2, 3, 3],
    [3, 3, 4],
    [4, 5, 4],
  ];

  it('works on a small worked example', () => {
    // Item variances 5/3, 19/12, 11/12 (sum 25/6); totals 5, 8, 10, 13 (mean 9) have variance 34/3.
    // alpha = 3/2 × (1 − (25/6) / (34/3)) = 3/2 × 43/68 = 129/136 = 0.948529…
    expect(cronbachAlpha(small, { missing: 'listwise' }).alpha).toBeCloseTo(129 / 136, 12);
    // Dropping the first item: variances 19/12 + 11/12 = 5/2; totals 4, 6, 7, 9 (mean 6.5) have
    // variance 13/3; alpha = 2 × (1 − (5/2) / (13/3)) = 2 × 11/26 = 11/13.
    expect(alphaIfItemDropped(small, { missing: 'listwise' })[0]).toBeCloseTo(11 / 13, 12);
  });

  it('refuses to guess the missing-data policy', () => {
    expect(() => cronbachAlpha(small, {} as { missing: MissingPolicy })).toThrow(/listwise' or 'pairwise/);
  });

  it('needs at least three items for alpha if dropped, and gives NaN for two-item scales in the report', () => {
    expect(() => alphaIfItemDropped([[1, 2], [2, 3], [3, 5]], { missing: 'listwise' })).toThrow(RangeError);
    const report = reliabilityAnalysis([[1, 2], [2, 3], [3, 5]], { items: ['a', 'b'], missing: 'listwise' });
    expect(report.items.every((i) => Number.isNaN(i.alphaIfDropped))).toBe(true);
  });

  it('asks for a range before reversing, and rejects unknown reverse-keyed items', () => {
    expect(() => reliabilityAnalysis(small, { items: ['a', 'b', 'c'], reverse: ['a'], missing: 'listwise' })).toThrow(/range/);
    expect(() => reliabilityAnalysis(small, { items: ['a', 'b', 'c'], reverse: ['z'], range: { min: 1, max: 5 }, missing: 'listwise' })).toThrow(/z/);
  });
});
