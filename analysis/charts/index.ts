/**
 * Chart.js configuration builders: plain data, no DOM, safe to import in the browser. The Node PNG
 * renderer is `./render-png` and is deliberately not exported here (it imports @napi-rs/canvas).
 */
export { divergingColours, NEUTRAL_COLOUR, TOL_SUNSET, TREND_BAND_COLOUR, TREND_LINE_COLOUR } from './palette';
export { wrapLabel } from './wrap-label';
export {
  trendLineChartConfig,
  TREND_DATASET_LABELS,
  type TrendLineChartConfig,
  type TrendLineChartOptions,
} from './trend-line-chart';
export {
  divergingBarChartConfig,
  type DivergingBarChartConfig,
  type DivergingBarChartOptions,
  type DivergingRow,
  type Segment,
} from './diverging-bar-chart';
export { withDivergingBarCallbacks, withTrendLineCallbacks } from './callbacks';
export { chartBackground } from './background';
export { chartParts, type ChartPart } from './chart-parts';
