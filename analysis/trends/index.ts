/**
 * Weekly and monthly trends per item and per group (authority): n, mean score, percentage positive
 * with its Wilson interval, suppressed below the minimum group size. Pure TypeScript, streaming.
 */
export { periodKey, periodKeysBetween, isPeriodKey, type TrendInterval } from './period-keys';
export { TrendCounts, type TrendResponse } from './trend-counts';
export {
  defaultPositiveCodes,
  describeTrendDefinitions,
  trendDefinitions,
  type TrendDefinitions,
  type TrendOptions,
} from './trend-definitions';
export { suppressedPoint, trendPoint, type TrendPoint } from './trend-point';
export { instrumentTrends, trendSeries, type SeriesOptions, type TrendSeries } from './trend-series';
export {
  checkMinGroupSize,
  DEFAULT_MIN_GROUP_SIZE,
  isBelowMinGroupSize,
  suppressedLabel,
} from './suppression';
