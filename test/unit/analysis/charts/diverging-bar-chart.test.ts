// @vitest-environment node
import type { TooltipItem } from 'chart.js';
import { describe, expect, it } from 'vitest';
import type { Scale } from '../../../../lib/instruments/schema';
import { divergingBarChartConfig, divergingColours, withDivergingBarCallbacks } from '../../../../analysis/charts';
import { agreeWithDontKnow, counts } from './fixtures';

describe('divergingBarChartConfig', () => {
  // Row 1: SA 10, A 30, N 20, D 25, SD 15 (n = 100).
  // Row 2: SA 5, A 15, N 10, D 40, SD 30, Don't know 10 (n = 110 with "Don't know").
  const rows = [
    { label: 'My workload this week was manageable.', counts: counts([[5, 10], [4, 30], [3, 20], [2, 25], [1, 15]], 3) },
    { label: 'I had enough time for direct work with children and families.', counts: counts([[5, 5], [4, 15], [3, 10], [2, 40], [1, 30], [9, 10]]) },
    { label: 'A small team', counts: counts([[5, 2], [4, 2]]) },
  ];
  const config = divergingBarChartConfig(rows, agreeWithDontKnow, { title: 'This week' });
  const dataset = (label: string) => config.data.datasets.find((d) => d.label === label)!;

  it('is plain data with one dataset per substantive option, most negative first, in the blue–orange palette', () => {
    expect(JSON.parse(JSON.stringify(config))).toEqual(config);
    expect(config.data.datasets.map((d) => [d.label, d.backgroundColor])).toEqual([
      ['Strongly disagree', '#F67E4B'],
      ['Disagree', '#FDB366'],
      ['Neither agree nor disagree', '#DDDDDD'],
      ['Agree', '#6EA6CD'],
      ['Strongly agree', '#364B9A'],
    ]);
    expect(config.options).toMatchObject({ indexAxis: 'y', scales: { x: { stacked: false }, y: { stacked: true } } });
  });

  it('centres the neutral option on zero, negatives to the left and positives to the right', () => {
    // Row 1 percentages of 100: N 20 → [−10, 10]; D 25 → [−35, −10]; SD 15 → [−50, −35]; A 30 → [10, 40]; SA 10 → [40, 50].
    expect(dataset('Neither agree nor disagree').data[0]).toEqual([-10, 10]);
    expect(dataset('Disagree').data[0]).toEqual([-35, -10]);
    expect(dataset('Strongly disagree').data[0]).toEqual([-50, -35]);
    expect(dataset('Agree').data[0]).toEqual([10, 40]);
    expect(dataset('Strongly agree').data[0]).toEqual([40, 50]);
    // Row 2, of n = 110: N 9.09 → ±4.55; D 36.36 → [−40.91, −4.55]; SD 27.27 → [−68.18, −40.91]; A 13.64; SA 4.55.
    expect(dataset('Neither agree nor disagree').data[1]).toEqual([-4.55, 4.55]);
    expect(dataset('Disagree').data[1]).toEqual([-40.91, -4.55]);
    expect(dataset('Strongly disagree').data[1]).toEqual([-68.18, -40.91]);
    expect(dataset('Agree').data[1]).toEqual([4.55, 18.18]);
    expect(dataset('Strongly agree').data[1]).toEqual([18.18, 22.73]);
    expect(config.options?.scales?.x).toMatchObject({ min: -80, max: 80, ticks: { stepSize: 20 } });
  });

  it('notes n and "Don\'t know" under each label, and suppresses small rows', () => {
    expect(config.data.labels).toEqual([
      ['My workload this week was manageable.', "n = 100 · Don't know 0%"],
      ['I had enough time for direct work with children', 'and families.', "n = 110 · Don't know 9%"],
      ['A small team', 'fewer than 5 responses'],
    ]);
    expect(config.data.datasets.every((d) => d.data[2] === null)).toBe(true);
  });

  it('can leave "Don\'t know" out of n, and hide rows for complementary suppression', () => {
    const excluded = divergingBarChartConfig(rows.slice(1, 2), agreeWithDontKnow, { base: { nonSubstantive: 'exclude' } });
    expect(excluded.data.labels![0]!.at(-1)).toBe("n = 100 · Don't know: 10 more, not in n");
    expect(excluded.data.datasets.find((d) => d.label === 'Strongly disagree')!.data[0]).toEqual([-75, -45]);
    const forced = divergingBarChartConfig([{ ...rows[0]!, suppressed: true }], agreeWithDontKnow);
    expect(forced.data.datasets.every((d) => d.data[0] === null)).toBe(true);
  });

  it('handles scales without a neutral option', () => {
    const six: Scale = { id: 'six', options: [1, 2, 3, 4, 5, 6].map((code) => ({ code, label: `Point ${code}`, substantive: true })) };
    const config6 = divergingBarChartConfig([{ label: 'Item', counts: counts([[1, 1], [2, 1], [3, 2], [4, 2], [5, 2], [6, 2]]) }], six);
    expect(config6.data.datasets.map((d) => d.data[0])).toEqual([[-40, -30], [-30, -20], [-20, 0], [0, 20], [20, 40], [40, 60]]);
    expect(config6.data.datasets.map((d) => d.backgroundColor)).toEqual(divergingColours(3, false, 3));
    expect(config6.data.datasets.map((d) => d.backgroundColor)).toEqual(['#F67E4B', '#FDB366', '#FEDA8B', '#98CAE1', '#6EA6CD', '#364B9A']);
  });

  it('never uses red or green', () => {
    const colours = [2, 3].flatMap((k) => divergingColours(k, true, k));
    for (const hex of colours) {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
      expect(g > r && g > b, `${hex} is green`).toBe(false);
      expect(r > 200 && g < 100 && b < 100, `${hex} is red`).toBe(false);
    }
  });

  it('adds unsigned % ticks and tooltips with each option\'s whole percentage', () => {
    const withCallbacks = withDivergingBarCallbacks(config);
    const ticks = withCallbacks.options!.scales!.x!.ticks as { callback: (value: number) => string };
    expect(ticks.callback(-40)).toBe('40%');
    const label = withCallbacks.options!.plugins!.tooltip!.callbacks!.label as (item: TooltipItem<'bar'>) => string;
    expect(label({ dataset: { label: 'Disagree' }, raw: [-40.91, -4.55] } as unknown as TooltipItem<'bar'>)).toBe('Disagree: 36%');
  });
});
