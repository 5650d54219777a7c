import { describe, expect, it } from 'vitest';
import { CompactPool } from '../../../analysis/compact-pool';
import { barChart, dashboardResults } from '../../../analysis/dashboard-results';
import { generateDemoResponses } from '../../../analysis/demo';
import { tableRows } from '../../../analysis/percentage-table';
import { countPool } from '../../../analysis/pool-counts';
import { protectedTrend } from '../../../analysis/protected-trend';
import { roleFilteredTable } from '../../../analysis/role-filtered-table';
import { isoWeekKey } from '../../../analysis/periods';
import { getBuiltinInstrument } from '../../../lib/instruments/builtin';
import { findItem, scaleOf } from '../../../lib/instruments/items';
import type { SurveyResponse } from '../../../lib/instruments/response';
import { pulse, roleScenario, staff } from './helpers/role-scenario';

function countsOf(responses: readonly SurveyResponse[], trendItemId = 'workload_manageable') {
  const instrument = getBuiltinInstrument(responses[0]!.instrumentId);
  const pool = new CompactPool(instrument);
  responses.forEach((r) => pool.add(r));
  return countPool(pool, { from: '', to: '', interval: 'week', trendItemId });
}

describe('dashboardResults', () => {
  it('cuts the 38 Ofsted statements into charts of 13, 13 and 12 with their tables, then a table for each choose-three question', () => {
    const ofsted = getBuiltinInstrument('ofsted-2011-social-workers');
    const counts = countsOf([...generateDemoResponses(ofsted, { seed: 2, responses: 300, authorities: 3, weeks: 6 })], 'sufficient_time');
    const { blocks } = dashboardResults(counts, { role: 'all', authority: null, trendItemId: 'sufficient_time' });
    expect(blocks.map((b) => [b.title, b.itemIds.length, b.chart !== undefined])).toEqual([
      ['Statements 1–13 of 38: Strongly agree to Strongly disagree', 13, true],
      ['Statements 14–26 of 38: Strongly agree to Strongly disagree', 13, true],
      ['Statements 27–38 of 38: Strongly agree to Strongly disagree', 12, true],
      [expect.stringMatching(/^1 question with several answers: Identify the three most important types of support/), 1, false],
      [expect.stringMatching(/^1 question with several answers: Identify the three most significant barriers/), 1, false],
    ]);
    // Every bar of a chart is labelled; the chart has room for its labels (11 px type) and fits an A4 page.
    for (const block of blocks.slice(0, 3)) {
      for (const width of [64, 40]) {
        const { config, height } = barChart(block.chart!, width);
        const labels = config.data.labels!;
        expect(labels).toHaveLength(block.itemIds.length);
        expect(labels.flat().every((line) => line.length <= width || !line.includes(' '))).toBe(true);
        const lines = Math.max(...labels.map((label) => label.length));
        expect(Math.min(1000, 110 + labels.length * lines * 11 * 1.2)).toBeLessThanOrEqual(height);
        expect(height).toBeLessThanOrEqual(1000);
      }
    }
  });

  it("draws every item of the pulse, one chart per scale, each with its own scale's legend", () => {
    const { blocks } = dashboardResults(countsOf(roleScenario), { role: 'all', authority: null, trendItemId: 'workload_manageable' });
    expect(blocks.map((b) => b.itemIds)).toEqual([['week_overall'], ['workload_manageable', 'direct_work_time', 'support_when_needed', 'emotional_support', 'decision_confidence']]);
    expect(blocks.map((b) => barChart(b.chart!).config.data.datasets.map((d) => d.label))).toEqual([
      ['Very hard', 'Hard', 'Okay', 'Good', 'Very good'],
      ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'],
    ]);
  });

  it('gives no bar and no sentence where the role filter hides a figure', () => {
    const counts = countsOf(roleScenario);
    const aville = dashboardResults(counts, { role: 'social_worker', authority: { code: 'AVL', name: 'Aville' }, trendItemId: 'workload_manageable' });
    expect(aville.narrative).toEqual([]);
    expect(aville.blocks.flatMap((b) => barChart(b.chart!).config.data.datasets.flatMap((d) => d.data)).every((segment) => segment === null)).toBe(true);
    const ceeford = dashboardResults(counts, { role: 'social_worker', authority: { code: 'CFD', name: 'Ceeford' }, trendItemId: 'workload_manageable' });
    expect(ceeford.narrative).toHaveLength(6);
    expect(ceeford.narrative[1]!.text).toMatch(/^.* of respondents in Ceeford \(\d+%\) agreed or strongly agreed/);
  });

  it('shows an authority without responses in the view as hidden, not as an error', () => {
    const counts = countsOf([...roleScenario, ...staff('DLE', 'Dale', 12, 0, 9)]);
    const dale = dashboardResults(counts, { role: 'manager', authority: { code: 'DLE', name: 'Dale' }, trendItemId: 'workload_manageable' });
    expect(dale.table.columns.some((c) => c.values[0] === 'DLE')).toBe(false);
    expect(dale.narrative).toEqual([]);
  });

  it('shows the trend for all roles whatever the role filter, with the protected points', () => {
    const counts = countsOf(roleScenario);
    const scale = scaleOf(pulse, findItem(pulse, 'workload_manageable')!)!;
    const expected = protectedTrend(counts.trend, 'workload_manageable', scale, roleFilteredTable(counts, 'all'), '(all authorities)').find((s) => s.group === 'CFD')!;
    const ceeford = dashboardResults(counts, { role: 'manager', authority: { code: 'CFD', name: 'Ceeford' }, trendItemId: 'workload_manageable' });
    expect(ceeford.trend.series).toEqual(expected);
    // Its n per week, counted here from every role of Ceeford.
    const weeks = new Map<string, number>();
    roleScenario.filter((r) => r.authorityCode === 'CFD').forEach((r) => weeks.set(isoWeekKey(r.submittedAt), (weeks.get(isoWeekKey(r.submittedAt)) ?? 0) + 1));
    for (const point of ceeford.trend.series.points.filter((p) => !p.suppressed)) expect(point.n).toBe(weeks.get(point.period));
    expect(ceeford.trend.config.options?.plugins?.title?.text).toBe('My workload this week was manageable. — Ceeford, all roles');
    expect(tableRows(ceeford.table).length).toBe(6);
  });
});
