import { describe, expect, it } from 'vitest';
import { CompactPool, dayNumber } from '../../../analysis/compact-pool';
import { generateDemoResponses } from '../../../analysis/demo';
import { addResponse, createAccumulator } from '../../../analysis/group-counts';
import { percentageTable } from '../../../analysis/percentage-table';
import { countPool } from '../../../analysis/pool-counts';
import { TrendCounts, trendSeries } from '../../../analysis/trends';
import { getBuiltinInstrument } from '../../../lib/instruments/builtin';
import { scaleOf, findItem } from '../../../lib/instruments/items';
import type { SurveyResponse } from '../../../lib/instruments/response';

const ofsted = getBuiltinInstrument('ofsted-2011-social-workers');
const responses = [...generateDemoResponses(ofsted, { seed: 4, responses: 600, authorities: 6, weeks: 10 })];

function poolOf(list: readonly SurveyResponse[]) {
  const pool = new CompactPool(ofsted);
  list.forEach((r) => pool.add(r));
  return pool;
}

/** The same counts made directly from the responses, as the CLI makes them. */
function direct(list: readonly SurveyResponse[], groupBy = ['authority']) {
  const accumulator = createAccumulator(ofsted, { groupBy });
  list.forEach((r) => addResponse(accumulator, r));
  return accumulator;
}

describe('CompactPool as data (its saved copy)', () => {
  it('comes back from its data whole: counted alike, and it can still grow', () => {
    const copy = CompactPool.fromData(ofsted, poolOf(responses.slice(0, 250)).toData());
    responses.slice(250).forEach((r) => copy.add(r));
    const filters = { from: '2025-01-13', to: '', interval: 'month', trendItemId: 'sufficient_time' } as const;
    const fromCopy = countPool(copy, filters);
    expect(copy.size).toBe(600);
    expect(percentageTable(fromCopy.all, { net: true })).toEqual(percentageTable(countPool(poolOf(responses), filters).all, { net: true }));
    expect(copy.toData()).toEqual(poolOf(responses).toData());
  });

  it('refuses data that does not fit the questionnaire', () => {
    const data = poolOf(responses.slice(0, 10)).toData();
    expect(() => CompactPool.fromData(getBuiltinInstrument('pulse'), data)).toThrow(/does not fit the items of pulse/);
    expect(() => CompactPool.fromData(ofsted, { ...data, size: 11 })).toThrow(/does not fit/);
  });
});

describe('CompactPool and countPool', () => {
  it('counts every role and each role by authority as a direct count of the responses does', () => {
    const counts = countPool(poolOf(responses), { from: '', to: '', interval: 'week', trendItemId: 'sufficient_time' });
    expect(counts.responses).toBe(600);
    expect(percentageTable(counts.all, { net: true })).toEqual(percentageTable(direct(responses), { net: true }));
    expect(counts.roles).toEqual(['social_worker']);
    expect(percentageTable(counts.byRole('social_worker'))).toEqual(percentageTable(direct(responses.filter((r) => r.role === 'social_worker'))));
  });

  it('counts each role of a questionnaire for two roles on its own', () => {
    const pulse = getBuiltinInstrument('pulse');
    const both = [...generateDemoResponses(pulse, { seed: 8, responses: 300, authorities: 3, weeks: 4, managerShare: 0.3 })];
    const pool = new CompactPool(pulse);
    both.forEach((r) => pool.add(r));
    const counts = countPool(pool, { from: '', to: '', interval: 'month', trendItemId: 'workload_manageable' });
    expect(counts.roles).toEqual(['social_worker', 'manager']);
    for (const role of counts.roles) {
      const expected = createAccumulator(pulse, { groupBy: ['authority'] });
      both.filter((r) => r.role === role).forEach((r) => addResponse(expected, r));
      expect(percentageTable(counts.byRole(role))).toEqual(percentageTable(expected));
    }
    expect(() => counts.byRole('director')).toThrow(/No role "director"/);
  });

  it('keeps only the responses of the period, UTC days inclusive', () => {
    const days = [...new Set(responses.map((r) => r.submittedAt.slice(0, 10)))].sort();
    const [from, to] = [days[5]!, days[20]!];
    const inPeriod = responses.filter((r) => {
      const day = new Date(r.submittedAt).toISOString().slice(0, 10);
      return day >= from && day <= to;
    });
    const counts = countPool(poolOf(responses), { from, to, interval: 'month', trendItemId: 'sufficient_time' });
    expect(counts.responses).toBe(inPeriod.length);
    expect(inPeriod.length).toBeLessThan(responses.length);
    expect(percentageTable(counts.all)).toEqual(percentageTable(direct(inPeriod)));
  });

  it("counts the trend item by authority and period as TrendCounts does from the responses", () => {
    const counts = countPool(poolOf(responses), { from: '', to: '', interval: 'week', trendItemId: 'sufficient_time' });
    const expected = new TrendCounts('week', ['sufficient_time']);
    responses.forEach((r) => expected.add({ submittedAt: r.submittedAt, group: r.authorityCode, answers: r.answers }));
    const scale = scaleOf(ofsted, findItem(ofsted, 'sufficient_time')!)!;
    expect(trendSeries(counts.trend, 'sufficient_time', scale, { totalGroup: 'all' })).toEqual(trendSeries(expected, 'sufficient_time', scale, { totalGroup: 'all' }));
  });

  it('refuses a trend of an item without a single answer, and responses to another questionnaire', () => {
    expect(() => countPool(poolOf(responses), { from: '', to: '', interval: 'week', trendItemId: 'three_most_important_support' })).toThrow(/not a single-answer item/);
    expect(() => poolOf([{ ...responses[0]!, instrumentId: 'pulse' }])).toThrow(/cannot join the pool/);
  });

  it('numbers days from 1970-01-01', () => {
    expect([dayNumber('1970-01-01'), dayNumber('1970-01-02'), dayNumber('2025-02-12')]).toEqual([0, 1, 20131]);
  });
});
