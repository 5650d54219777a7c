import type { Scale } from '../../lib/instruments/schema';
import { divergingBarChartConfig, trendLineChartConfig, withDivergingBarCallbacks, withTrendLineCallbacks, type DivergingRow } from '../charts';
import { renderChartToPng } from '../charts/render-png';
import type { BaseOptions } from '../base';
import { pngDataUri } from '../report/figure-html';
import type { TrendSeries } from '../trends/trend-series';

/**
 * Node only: the report's charts drawn to PNG (Chart.js on @napi-rs/canvas) and returned as
 * `data:` URIs for embedding. Drawing is deterministic, so the same data give the same bytes.
 */

const LABEL_WIDTH = 64;

/**
 * A diverging stacked bar chart of items that share a scale, tall enough for its labels.
 *
 * @example
 * divergingChartImage(rows, ofsted6, { title: 'All social workers', base, minGroupSize: 5 })
 */
export function divergingChartImage(
  rows: readonly DivergingRow[],
  scale: Scale,
  options: { title: string; base: BaseOptions; minGroupSize: number },
): { dataUri: string; width: number; height: number } {
  const config = divergingBarChartConfig(rows, scale, { ...options, labelWidth: LABEL_WIDTH });
  // Chart.js gives every bar the same height: room for the longest label (15 px a line) and a gap.
  const lines = Math.max(2, ...(config.data.labels ?? []).map((label) => label.length));
  const width = 1100;
  const height = 170 + rows.length * (lines * 15 + 12);
  const png = renderChartToPng(withDivergingBarCallbacks(config), { width, height });
  return { dataUri: pngDataUri(png), width, height };
}

/**
 * A trend line chart of one series with its interval band.
 *
 * @example
 * trendChartImage(series, { title: 'Wrendale', subtitle: '…' }, 560, 300)
 */
export function trendChartImage(
  series: TrendSeries,
  options: { title: string; subtitle?: string },
  width: number,
  height: number,
): { dataUri: string; width: number; height: number } {
  const config = trendLineChartConfig(series, options);
  const png = renderChartToPng(withTrendLineCallbacks(config), { width, height });
  return { dataUri: pngDataUri(png), width, height };
}
