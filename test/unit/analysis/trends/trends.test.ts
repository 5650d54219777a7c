// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Scale } from '../../../../lib/instruments/schema';
import { getBuiltinInstrument } from '../../../../lib/instruments/builtin';
import { addAnswer, emptyItemCounts } from '../../../../analysis/item-counts';
import {
  defaultPositiveCodes,
  describeTrendDefinitions,
  instrumentTrends,
  TrendCounts,
  trendSeries,
  type TrendPoint,
} from '../../../../analysis/trends';
import { wilsonPercent } from '../helpers/wilson-percent';

/** The Ofsted-style agreement scale with "Don't know" (code 9, not substantive). */
const scale: Scale = {
  id: 'agree_dk',
  options: [
    { code: 5, label: 'Strongly agree', substantive: true },
    { code: 4, label: 'Agree', substantive: true },
    { code: 3, label: 'Neither agree nor disagree', substantive: true },
    { code: 2, label: 'Disagree', substantive: true },
    { code: 1, label: 'Strongly disagree', substantive: true },
    { code: 9, label: "Don't know", substantive: false },
  ],
};


type Code = number | undefined;
/** Responses for one group: [timestamp, answer to "workload"]. */
const E09: Array<[string, Code]> = [
  // 2025-W07 (Mon 10 – Sun 16 February): n = 7 (blank left out, "Don't know" in); positive 5, 4, 4 = 3;
  // mean of 5, 4, 4, 3, 2, 1 = 19/6 over 6 substantive answers.
  ['2025-02-10T00:00:00Z', 5],
  ['2025-02-11T09:00:00Z', 4],
  ['2025-02-12T09:00:00Z', 4],
  ['2025-02-13T09:00:00Z', 3],
  ['2025-02-14T09:00:00Z', 2],
  ['2025-02-15T09:00:00Z', 9],
  ['2025-02-16T10:00:00Z', undefined],
  ['2025-02-17T00:30:00+01:00', 1], // still Sunday 16 February in UTC
  // 2025-W08: n = 4 → suppressed at the default minimum of 5.
  ['2025-02-17T09:00:00Z', 4],
  ['2025-02-18T09:00:00Z', 4],
  ['2025-02-19T09:00:00Z', 9],
  ['2025-02-23T23:00:00Z', 9],
  // 2025-W09: nobody. 2025-W10 (3 – 9 March): 5, 5, 5, 4, 2 → n = 5, positive 4, mean 21/5.
  ['2025-03-03T09:00:00Z', 5],
  ['2025-03-04T09:00:00Z', 5],
  ['2025-03-05T09:00:00Z', 5],
  ['2025-03-06T09:00:00Z', 4],
  ['2025-03-09T22:00:00Z', 2],
];
/** A second authority: six answers in W07 and six in W08. */
const E10: Array<[string, Code]> = [
  ...[4, 4, 4, 3, 2, 1].map((code, i): [string, Code] => [`2025-02-1${i}T12:00:00Z`, code]),
  ...[5, 5, 4, 4, 3, 3].map((code, i): [string, Code] => [`2025-02-${17 + i}T12:00:00Z`, code]),
];

function countsFor(interval: 'week' | 'month', groups: Record<string, Array<[string, Code]>> = { E09, E10 }): TrendCounts {
  const counts = new TrendCounts(interval, ['workload']);
  for (const [group, rows] of Object.entries(groups)) {
    for (const [submittedAt, code] of rows) counts.add({ submittedAt, group, answers: code === undefined ? {} : { workload: code } });
  }
  return counts;
}

const byGroup = (series: ReturnType<typeof trendSeries>, group: string) => series.find((s) => s.group === group)!.points;
const shown = (point: TrendPoint) => {
  expect(point.suppressed).toBe(false);
  return point;
};

describe('weekly trends per authority', () => {
  const series = trendSeries(countsFor('week'), 'workload', scale);
  const e09 = byGroup(series, 'E09');

  it('has one point per ISO week from the first to the last, gaps included, for every authority', () => {
    expect(series.map((s) => s.group)).toEqual(['E09', 'E10']);
    for (const s of series) expect(s.points.map((p) => p.period)).toEqual(['2025-W07', '2025-W08', '2025-W09', '2025-W10']);
  });

  it('computes n (with "Don\'t know", without blanks), % positive with its Wilson interval, and the mean and SD without "Don\'t know"', () => {
    const w07 = shown(e09[0]!);
    expect(w07.n).toBe(7);
    expect(w07.percentPositive).toBeCloseTo((100 * 3) / 7, 12);
    const [lower, upper] = wilsonPercent(3, 7);
    expect(w07.lower).toBeCloseTo(lower, 10);
    expect(w07.upper).toBeCloseTo(upper, 10);
    expect(w07.mean).toBeCloseTo(19 / 6, 12);
    expect(w07.meanN).toBe(6);
    // 5, 4, 4, 3, 2, 1: the squared deviations from 19/6, summed here; the SD divides by n − 1.
    const squares = [5, 4, 4, 3, 2, 1].reduce((sum, x) => sum + (x - 19 / 6) ** 2, 0);
    expect(w07.sd).toBeCloseTo(Math.sqrt(squares / 5), 12);

    const w10 = shown(e09[3]!);
    expect(w10.n).toBe(5);
    expect(w10.percentPositive).toBeCloseTo(80, 12);
    expect(w10.mean).toBeCloseTo(21 / 5, 12);
    // 5, 5, 5, 4, 2 around 4.2: 0.64 × 3 + 0.04 + 4.84 = 6.8, so SD = sqrt(6.8 / 4).
    expect(w10.sd).toBeCloseTo(Math.sqrt(6.8 / 4), 12);
    const [lower10, upper10] = wilsonPercent(4, 5);
    expect(w10.lower).toBeCloseTo(lower10, 10);
    expect(w10.upper).toBeCloseTo(upper10, 10);
  });

  it('suppresses points below 5 responses, and empty weeks, without any number (never 0)', () => {
    for (const point of [e09[1]!, e09[2]!]) {
      expect(point).toEqual({
        period: point.period,
        suppressed: true,
        suppression: 'primary',
        n: null,
        percentPositive: null,
        lower: null,
        upper: null,
        mean: null,
        sd: null,
        meanN: null,
      });
    }
  });

  it("hides a big-enough point when it would give away a suppressed authority's point by subtraction", () => {
    // W08: E09 has 4 (primary), E10 has 6; the week's total minus E10 would reveal E09.
    expect(byGroup(series, 'E10')[1]).toMatchObject({ suppressed: true, suppression: 'complementary', n: null });
    expect(shown(byGroup(series, 'E10')[0]!).n).toBe(6);
    const without = trendSeries(countsFor('week'), 'workload', scale, { complementarySuppression: false });
    const e10w08 = shown(byGroup(without, 'E10')[1]!);
    // 5, 5, 4, 4, 3, 3: positive 4 of 6; mean 24/6.
    expect(e10w08.percentPositive).toBeCloseTo((100 * 4) / 6, 12);
    expect(e10w08.mean).toBeCloseTo(4, 12);
  });

  it('follows a configurable minimum group size, never below 3, and hides a mean on too few substantive answers', () => {
    const three = byGroup(trendSeries(countsFor('week'), 'workload', scale, { minGroupSize: 3, complementarySuppression: false }), 'E09');
    const w08 = shown(three[1]!);
    expect(w08.n).toBe(4);
    expect(w08.percentPositive).toBeCloseTo(50, 12);
    expect(w08.mean).toBeNull(); // only 2 substantive answers (4, 4)
    expect(w08.meanN).toBeNull();
    expect(() => trendSeries(countsFor('week'), 'workload', scale, { minGroupSize: 2 })).toThrow(/at least 3/);
    expect(trendSeries(countsFor('week'), 'workload', scale, { minGroupSize: 10 }).every((s) => s.points.every((p) => p.suppressed))).toBe(true);
  });

  it('can leave "Don\'t know" out of n and count other positive codes', () => {
    const excluded = byGroup(trendSeries(countsFor('week'), 'workload', scale, { base: { nonSubstantive: 'exclude' } }), 'E09');
    expect(shown(excluded[0]!).n).toBe(6);
    expect(excluded[0]!.percentPositive).toBeCloseTo(50, 12);
    const strongly = byGroup(trendSeries(countsFor('week'), 'workload', scale, { positiveCodes: [5] }), 'E09');
    expect(strongly[0]!.percentPositive).toBeCloseTo(100 / 7, 12);
    expect(() => trendSeries(countsFor('week'), 'workload', scale, { positiveCodes: [9], base: { nonSubstantive: 'exclude' } })).toThrow(/not counted in n/);
  });

  it('adds a pooled series for all authorities on request', () => {
    const withTotal = trendSeries(countsFor('week'), 'workload', scale, { totalGroup: 'All authorities' });
    const total = withTotal.find((s) => s.total)!;
    expect(total.group).toBe('All authorities');
    // W07: E09 n = 7 (3 positive) + E10 n = 6 (4, 4, 4 → 3 positive).
    expect(shown(total.points[0]!).n).toBe(13);
    expect(total.points[0]!.percentPositive).toBeCloseTo((100 * 6) / 13, 12);
    // W08: 4 + 6 = 10 responses, positive 4, 4 (E09) + 5, 5, 4, 4 (E10) = 6.
    expect(shown(total.points[1]!).n).toBe(10);
    expect(total.points[1]!.percentPositive).toBeCloseTo(60, 12);
  });

  it('records and describes its definitions', () => {
    const definitions = series[0]!.definitions;
    expect(definitions).toMatchObject({ positiveCodes: [5, 4], meanCodes: [5, 4, 3, 2, 1], baseCodes: [5, 4, 3, 2, 1, 9], minGroupSize: 5 });
    const text = describeTrendDefinitions(definitions, scale);
    expect(text).toContain('Percentage positive = (Strongly agree + Agree) / n, with a 95% Wilson interval.');
    expect(text).toContain('including "Don\'t know"');
    expect(text).toContain('"Don\'t know" left out');
    expect(text).toContain('fewer than 5 responses');
  });
});

describe('monthly trends', () => {
  it('pools the weeks of each calendar month (UTC)', () => {
    const e09 = byGroup(trendSeries(countsFor('month', { E09 }), 'workload', scale), 'E09');
    expect(e09.map((p) => p.period)).toEqual(['2025-02', '2025-03']);
    // February: W07 (n 7, positive 3, scores 5 4 4 3 2 1) + W08 (n 4, positive 2, scores 4 4).
    const february = shown(e09[0]!);
    expect(february.n).toBe(11);
    expect(february.percentPositive).toBeCloseTo((100 * 5) / 11, 12);
    expect(february.mean).toBeCloseTo(27 / 8, 12);
    expect(february.meanN).toBe(8);
    const [lower, upper] = wilsonPercent(5, 11);
    expect(february.lower).toBeCloseTo(lower, 10);
    expect(february.upper).toBeCloseTo(upper, 10);
    expect(shown(e09[1]!).n).toBe(5);
  });

  it('uses the periods given, in their order', () => {
    const e09 = byGroup(trendSeries(countsFor('month', { E09 }), 'workload', scale, { periods: ['2025-01', '2025-02'] }), 'E09');
    expect(e09.map((p) => [p.period, p.n])).toEqual([['2025-01', null], ['2025-02', 11]]);
  });
});

describe('TrendCounts', () => {
  it('accepts pre-aggregated counts, with the same result as adding responses', () => {
    const streamed = countsFor('week', { E09 });
    const aggregated = new TrendCounts('week', ['workload']);
    const w07 = emptyItemCounts();
    for (const code of [5, 4, 4, 3, 2, 9, undefined, 1]) addAnswer(w07, code);
    aggregated.addCounts('E09', '2025-W07', 'workload', w07);
    expect(aggregated.get('E09', '2025-W07', 'workload')).toEqual(streamed.get('E09', '2025-W07', 'workload'));
  });

  it('refuses answers that are not codes, and items that were not counted', () => {
    const counts = new TrendCounts('week', ['workload']);
    expect(() => counts.add({ submittedAt: '2025-02-10T09:00:00Z', group: 'E09', answers: { workload: 'Agree' } })).toThrow(/not a code/);
    counts.add({ submittedAt: '2025-02-10T09:00:00Z', group: 'E09', answers: { workload: '' } });
    expect(counts.get('E09', '2025-W07', 'workload')!.blank).toBe(1);
    expect(() => trendSeries(counts, 'other', scale)).toThrow(/not counted/);
  });
});

describe('defaults for other scales', () => {
  it('counts the two highest substantive codes as positive when a scale has no "Agree" labels', () => {
    const pulse = getBuiltinInstrument('pulse');
    const weekFeel = pulse.scales.find((s) => s.id === 'week_feel')!;
    expect(defaultPositiveCodes(weekFeel)).toEqual([5, 4]);
    expect(defaultPositiveCodes(scale)).toEqual([5, 4]);
  });

  it("builds series for every counted item of an instrument with each item's scale", () => {
    const pulse = getBuiltinInstrument('pulse');
    const counts = new TrendCounts('week', ['week_overall', 'workload_manageable']);
    for (let i = 0; i < 6; i++) {
      counts.add({ submittedAt: '2025-02-12T09:00:00Z', group: 'E09', answers: { week_overall: i < 3 ? 5 : 2, workload_manageable: 4 } });
    }
    const series = instrumentTrends(counts, pulse);
    expect(series.map((s) => [s.itemId, s.points[0]!.percentPositive])).toEqual([
      ['week_overall', 50],
      ['workload_manageable', 100],
    ]);
  });
});
