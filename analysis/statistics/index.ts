/**
 * Statistics researchers expect, as pure functions (no DOM; Node and the browser), one per file in
 * the style of simple-statistics, which they use wherever it has the function.
 */
export * from './types';
export { isPresent } from './is-present';
export { summarizeValues, type ValueSummary } from './summarize-values';
export { summarizeCounts, type CountSummary } from './summarize-counts';
export { reverseKey, type ScaleRange } from './reverse-key';
export { reverseItems } from './reverse-items';
export { listwiseComplete } from './listwise-complete';
export { covarianceMatrix, type CovarianceMatrix } from './covariance-matrix';
export { alphaFromCovariance } from './alpha-from-covariance';
export { cronbachAlpha, type AlphaOptions, type AlphaResult } from './cronbach-alpha';
export { alphaIfItemDropped } from './alpha-if-item-dropped';
export { itemRestCorrelations } from './item-rest-correlations';
export { reliabilityAnalysis, type ItemReliability, type ReliabilityOptions, type ReliabilityResult } from './reliability-analysis';
export { regularizedGammaQ } from './regularized-gamma-q';
export { chiSquaredUpperTail } from './chi-squared-upper-tail';
export { cramersV } from './cramers-v';
export { chiSquareIndependence, type ChiSquareOptions, type ChiSquareResult } from './chi-square-independence';
export { contingencyFromCounts, type ContingencyTable } from './contingency-from-counts';
export { wilsonInterval, Z_95, type ProportionInterval, type WilsonOptions } from './wilson-interval';
