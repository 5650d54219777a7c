import type { Scale } from '../../lib/instruments/schema';
import { baseCodes, DEFAULT_BASE, describeBase, type BaseOptions } from '../base';
import { Z_95 } from '../statistics/wilson-interval';
import { checkMinGroupSize, DEFAULT_MIN_GROUP_SIZE } from './suppression';

/** Options of a trend; every one has a documented default. */
export interface TrendOptions {
  /** Who counts in n, as in the tables (`analysis/base.ts`). Default: "Don't know" in, blanks out. */
  base?: BaseOptions;
  /** The codes counted as positive. Default: see {@link defaultPositiveCodes}. */
  positiveCodes?: readonly number[];
  /** Points with n below this are suppressed. Default 5; never below 3. */
  minGroupSize?: number;
  /** Normal quantile of the Wilson interval. Default 1.959963984540054 (95%). */
  z?: number;
}

/** The definitions a series was computed with, recorded beside it so that it can be reproduced. */
export interface TrendDefinitions {
  /** Codes in n (from the base options). */
  baseCodes: number[];
  base: BaseOptions;
  /** Codes counted as positive (numerator of the percentage positive). */
  positiveCodes: number[];
  /** Codes averaged by the mean: the substantive options of the scale. */
  meanCodes: number[];
  minGroupSize: number;
  z: number;
}

/**
 * The positive codes of a scale by default: the codes of the options labelled "Strongly agree"
 * and "Agree" (any case), as in the issue's definition of percentage positive; for a scale
 * without those labels (e.g. a 1–5 rating), its two highest substantive codes.
 *
 * @example
 * defaultPositiveCodes(agree5) // [5, 4]
 */
export function defaultPositiveCodes(scale: Scale): number[] {
  const labelled = scale.options.filter((o) => ['strongly agree', 'agree'].includes(o.label.trim().toLowerCase()));
  if (labelled.length === 2) return labelled.map((o) => o.code);
  return scale.options
    .filter((o) => o.substantive)
    .map((o) => o.code)
    .sort((a, b) => b - a)
    .slice(0, 2);
}

/**
 * Resolves trend options against an item's scale: fills in the defaults and checks them.
 *
 * @example
 * trendDefinitions(ofsted6)
 * // { baseCodes: [5, 4, 3, 2, 1, 9], positiveCodes: [5, 4], meanCodes: [5, 4, 3, 2, 1], minGroupSize: 5, z: 1.96…, … }
 */
export function trendDefinitions(scale: Scale, options: TrendOptions = {}): TrendDefinitions {
  const base = options.base ?? DEFAULT_BASE;
  const codes = baseCodes(scale, base);
  const positiveCodes = [...(options.positiveCodes ?? defaultPositiveCodes(scale))];
  const notInBase = positiveCodes.filter((code) => !codes.includes(code));
  if (notInBase.length > 0) throw new RangeError(`Positive codes not counted in n for scale "${scale.id}": ${notInBase.join(', ')}`);
  const z = options.z ?? Z_95;
  if (!(z > 0)) throw new RangeError(`z must be positive (got ${z})`);
  return {
    baseCodes: codes,
    base,
    positiveCodes,
    meanCodes: scale.options.filter((o) => o.substantive).map((o) => o.code),
    minGroupSize: checkMinGroupSize(options.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE),
    z,
  };
}

/**
 * The definitions in words, to print under a trend table or chart.
 *
 * @example
 * describeTrendDefinitions(trendDefinitions(ofsted6), ofsted6)
 * // 'Percentage positive = (Strongly agree + Agree) / n, with a 95% Wilson interval. Base (n): …'
 */
export function describeTrendDefinitions(definitions: TrendDefinitions, scale: Scale): string {
  const label = (code: number) => scale.options.find((o) => o.code === code)?.label ?? String(code);
  const level = definitions.z === Z_95 ? '95%' : `z = ${definitions.z}`;
  const left = scale.options.filter((o) => !o.substantive).map((o) => `"${o.label}"`);
  return [
    `Percentage positive = (${definitions.positiveCodes.map(label).join(' + ')}) / n, with a ${level} Wilson interval.`,
    describeBase(definitions.base),
    `Mean score and SD (sample standard deviation, n − 1): of the codes ${definitions.meanCodes.map((code) => `${code} = ${label(code)}`).join(', ')}` +
      (left.length > 0 ? `; ${left.join(', ')} left out.` : '.'),
    `Points with fewer than ${definitions.minGroupSize} responses are suppressed (shown as gaps).`,
  ].join(' ');
}
