import type { ChartConfiguration } from 'chart.js';
import { Z_95 } from '../statistics/wilson-interval';
import { suppressedLabel } from '../trends/suppression';
import type { TrendSeries } from '../trends/trend-series';
import { TREND_BAND_COLOUR, TREND_LINE_COLOUR } from './palette';

/** Values of the line and band, or `[lower, upper]` for the interval whiskers of isolated points. */
export type TrendValue = number | [number, number] | null;
export type TrendLineChartConfig = ChartConfiguration<'line' | 'bar', TrendValue[], string[]>;

export interface TrendLineChartOptions {
  /** The item's statement, for the title. Default: the item id. */
  itemLabel?: string;
  /** The group's name (e.g. the authority), for the title. Default: the group code. */
  groupLabel?: string;
  /** Overrides the whole title. */
  title?: string;
  /** Text under the title. Default: what the line and band are. */
  subtitle?: string;
}

/**
 * Dataset labels, so that callers and callbacks can find the datasets. The band is the `upper`
 * dataset filled down to the `lower` one, so the legend entry of `upper` stands for the band.
 */
export const TREND_DATASET_LABELS = {
  value: '% positive',
  upper: '95% interval',
  lower: '95% interval (lower limit)',
  whisker: '95% interval (point without neighbours)',
} as const;

const oneDecimal = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

/**
 * A Chart.js line chart of one series' percentage positive with its Wilson interval as a shaded
 * band (the upper-limit dataset is filled down to the lower-limit dataset), one x label per period
 * with n under it (`['2025-W07', 'n = 31']`, so n also shows in the tooltip title). Suppressed
 * points are null, drawn as gaps, and labelled "fewer than 5 responses" instead of n. A band is
 * drawn between neighbouring points, so a point whose neighbours are both gaps gets its interval
 * as a whisker instead (a thin floating bar from lower to upper limit).
 *
 * The configuration is plain data (JSON-serialisable, no DOM, no functions); add tick and tooltip
 * formatting with {@link withTrendLineCallbacks}. Values are rounded to one decimal for display.
 *
 * @example
 * new Chart(canvas, trendLineChartConfig(series, { itemLabel: 'My workload was manageable', groupLabel: 'Camden' }))
 */
export function trendLineChartConfig(series: TrendSeries, options: TrendLineChartOptions = {}): TrendLineChartConfig {
  const { points, definitions } = series;
  const hidden = suppressedLabel(definitions.minGroupSize);
  const level = definitions.z === Z_95 ? '95%' : `z = ${definitions.z}`;
  const labels = points.map((p) => [p.period, p.suppressed ? hidden : `n = ${p.n}`]);
  const title = options.title ?? `${options.itemLabel ?? series.itemId} — ${options.groupLabel ?? series.group}`;
  const subtitle =
    options.subtitle ??
    `Percentage positive by ${series.interval}, with its ${level} Wilson interval (shaded). Gaps: ${hidden}.`;
  const band = { borderColor: 'rgba(0, 0, 0, 0)', backgroundColor: TREND_BAND_COLOUR, pointRadius: 0, borderWidth: 0, spanGaps: false };
  const shown = (index: number) => points[index] !== undefined && !points[index]!.suppressed;
  const whiskers = points.map((p, i): TrendValue =>
    shown(i) && !shown(i - 1) && !shown(i + 1) ? [oneDecimal(p.lower)!, oneDecimal(p.upper)!] : null,
  );
  return {
    type: 'line',
    data: {
      labels,
      datasets: [
        {
          label: TREND_DATASET_LABELS.value,
          data: points.map((p) => oneDecimal(p.percentPositive)),
          borderColor: TREND_LINE_COLOUR,
          backgroundColor: TREND_LINE_COLOUR,
          borderWidth: 2,
          pointRadius: 3,
          fill: false,
          spanGaps: false,
          order: 0,
        },
        { label: TREND_DATASET_LABELS.upper, data: points.map((p) => oneDecimal(p.upper)), fill: '+1', order: 1, ...band },
        { label: TREND_DATASET_LABELS.lower, data: points.map((p) => oneDecimal(p.lower)), fill: false, order: 2, ...band },
        ...(whiskers.some((w) => w !== null)
          ? [{ type: 'bar' as const, label: TREND_DATASET_LABELS.whisker, data: whiskers, backgroundColor: TREND_LINE_COLOUR, barThickness: 3, grouped: false, order: 1 }]
          : []),
      ],
    },
    options: {
      animation: false,
      scales: {
        y: { min: 0, max: 100, title: { display: true, text: '% positive' } },
        x: { title: { display: true, text: series.interval === 'week' ? 'ISO week' : 'Month' } },
      },
      plugins: {
        title: { display: true, text: title },
        subtitle: { display: true, text: subtitle },
        legend: { position: 'bottom' },
      },
    },
  };
}
