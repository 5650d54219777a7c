// @vitest-environment node
import type { TooltipItem } from 'chart.js';
import { describe, expect, it } from 'vitest';
import { TREND_DATASET_LABELS, trendLineChartConfig, withTrendLineCallbacks } from '../../../../analysis/charts';
import { series } from './fixtures';

describe('trendLineChartConfig', () => {
  const config = trendLineChartConfig(series, { itemLabel: 'My workload this week was manageable.', groupLabel: 'Camden' });

  it('is plain data (survives JSON) with the title naming item and authority', () => {
    expect(JSON.parse(JSON.stringify(config))).toEqual(config);
    expect(config.type).toBe('line');
    expect(config.options?.plugins?.title?.text).toBe('My workload this week was manageable. — Camden');
  });

  it('labels each period with its n, and suppressed periods with "fewer than 5 responses"', () => {
    expect(config.data.labels).toEqual([
      ['2025-W05', 'n = 20'],
      ['2025-W06', 'n = 25'],
      ['2025-W07', 'n = 18'],
      ['2025-W08', 'fewer than 5 responses'],
      ['2025-W09', 'n = 30'],
      ['2025-W10', 'n = 27'],
      ['2025-W11', 'n = 22'],
      ['2025-W12', 'n = 31'],
    ]);
  });

  it('has the % positive line and an interval band filled from the upper to the lower limit, with gaps at suppressed points', () => {
    const [value, upper, lower] = config.data.datasets;
    expect(value).toMatchObject({ label: '% positive', borderColor: '#364B9A', fill: false, spanGaps: false });
    expect(value!.data).toEqual([55, 60, 61.1, null, 70, 66.7, 72.7, 77.4]);
    expect(upper).toMatchObject({ label: '95% interval', fill: '+1', backgroundColor: 'rgba(110, 166, 205, 0.35)', pointRadius: 0 });
    expect(upper!.data).toEqual([34.2, 40.7, 38.6, null, 52.1, 47.8, 51.9, 60.2].map((_, i) => [74.2, 76.6, 79.7, null, 83.3, 81.4, 86.9, 88.6][i]));
    expect(lower).toMatchObject({ label: '95% interval (lower limit)', fill: false });
    expect(lower!.data).toEqual([34.2, 40.7, 38.6, null, 52.1, 47.8, 51.9, 60.2]);
    expect(config.options?.scales?.y).toMatchObject({ min: 0, max: 100 });
  });

  it('adds "%" ticks, one legend entry for the band and a band tooltip "lower–upper%"', () => {
    const withCallbacks = withTrendLineCallbacks(config);
    expect(config.options?.plugins?.tooltip).toBeUndefined(); // the input is not changed
    const ticks = withCallbacks.options!.scales!.y!.ticks as { callback: (value: number) => string };
    expect(ticks.callback(40)).toBe('40%');
    const filter = withCallbacks.options!.plugins!.legend!.labels!.filter!;
    expect(filter({ text: TREND_DATASET_LABELS.lower } as never, {} as never)).toBe(false);
    expect(filter({ text: TREND_DATASET_LABELS.upper } as never, {} as never)).toBe(true);
    const label = withCallbacks.options!.plugins!.tooltip!.callbacks!.label as (item: TooltipItem<'line'>) => string;
    const item = (datasetIndex: number) =>
      ({ dataset: config.data.datasets[datasetIndex], dataIndex: 0, formattedValue: String(config.data.datasets[datasetIndex]!.data[0]), chart: { data: config.data } }) as unknown as TooltipItem<'line'>;
    expect(label(item(0))).toBe('% positive: 55%');
    expect(label(item(1))).toBe('95% interval: 34.2–74.2%');
  });

  it('draws no whiskers when every shown point has a neighbour', () => {
    expect(config.data.datasets.map((d) => d.label)).toEqual(['% positive', '95% interval', '95% interval (lower limit)']);
  });

  it('gives a point between two gaps its interval as a whisker, since a band needs neighbours', () => {
    // Weeks 5 and 7 shown with gaps around them; weeks 9–12 a run.
    const gappy = { ...series, points: series.points.map((p, i) => (i === 1 || i === 3 ? { ...series.points[3]!, period: p.period } : p)) };
    const drawn = trendLineChartConfig(gappy);
    const whisker = drawn.data.datasets.find((d) => d.label === TREND_DATASET_LABELS.whisker)!;
    expect(whisker).toMatchObject({ type: 'bar', backgroundColor: '#364B9A' });
    expect(whisker.data).toEqual([[34.2, 74.2], null, [38.6, 79.7], null, null, null, null, null]);
    expect(JSON.parse(JSON.stringify(drawn))).toEqual(drawn);
    const withCallbacks = withTrendLineCallbacks(drawn);
    const filter = withCallbacks.options!.plugins!.legend!.labels!.filter!;
    expect(filter({ text: TREND_DATASET_LABELS.whisker } as never, {} as never)).toBe(false);
    const label = withCallbacks.options!.plugins!.tooltip!.callbacks!.label as (item: TooltipItem<'bar'>) => string;
    expect(label({ dataset: whisker, raw: [34.2, 74.2] } as unknown as TooltipItem<'bar'>)).toBe('95% interval: 34.2–74.2%');
  });
});
