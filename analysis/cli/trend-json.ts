import type { Instrument, Item, Scale } from '../../lib/instruments/schema';
import { statement } from '../../lib/instruments/items';
import { Z_95 } from '../statistics/wilson-interval';
import { suppressedLabel } from '../trends/suppression';
import type { TrendSeries } from '../trends/trend-series';
import type { RunRecord } from './run-record';

/**
 * The JSON output of `pulse trend`: a stable, documented machine interface (README, "CLI").
 * Every key is always present (null where it does not apply). Bump `formatVersion` on any
 * change that is not a pure addition.
 */

export interface TrendPointJson {
  /** ISO week `2025-W07` or month `2025-02`. */
  period: string;
  /**
   * True when hidden: fewer than minGroupSize in n (including none), or hidden so that another
   * group's point of the same period cannot be worked out. The two are not told apart.
   */
  suppressed: boolean;
  /** "fewer than 5 responses" when suppressed, else null. */
  text: string | null;
  n: number | null;
  /** 100 × positive / n, unrounded. */
  percentPositive: number | null;
  /** Wilson interval of percentPositive, in percent, unrounded. */
  lower: number | null;
  upper: number | null;
  /** Mean of the substantive codes; null when suppressed or fewer than minGroupSize substantive answers. */
  mean: number | null;
  /** Sample standard deviation of the same codes; null with the mean. */
  sd: number | null;
  meanN: number | null;
}

export interface TrendSeriesJson {
  /** The group's value (authority code, role id, …); null for the pooled series. */
  group: string | null;
  label: string;
  total: boolean;
  points: TrendPointJson[];
}

export interface TrendJson {
  format: 'frontline-pulse/trend';
  formatVersion: 1;
  run: RunRecord;
  instrument: { id: string; version: string; title: string; groupLabel: string };
  item: { id: string; statement: string; scale: string; options: { code: number; label: string; substantive: boolean }[] };
  interval: 'week' | 'month';
  groupBy: string | null;
  definitions: {
    base: 'answered' | 'substantive';
    baseCodes: number[];
    positiveCodes: number[];
    meanCodes: number[];
    minGroupSize: number;
    z: number;
    text: string;
  };
  periods: string[];
  series: TrendSeriesJson[];
  notes: string[];
}

/**
 * The trend as the documented JSON object.
 *
 * @example
 * JSON.stringify(trendJson({ run, instrument, item, scale, series, groupBy: 'authority', labels, description, notes }), null, 2)
 */
export function trendJson(input: {
  run: RunRecord;
  instrument: Instrument;
  item: Item;
  scale: Scale;
  series: readonly TrendSeries[];
  groupBy: string | null;
  labelOf: (series: TrendSeries) => string;
  description: string;
  notes: string[];
}): TrendJson {
  const { instrument, item, scale, series } = input;
  const first = series[0];
  const definitions = first?.definitions;
  const role = instrument.roles.length === 1 ? instrument.roles[0] : undefined;
  return {
    format: 'frontline-pulse/trend',
    formatVersion: 1,
    run: input.run,
    instrument: { id: instrument.id, version: instrument.version, title: instrument.title, groupLabel: instrument.groupLabel },
    item: {
      id: item.id,
      statement: statement(item, role),
      scale: scale.id,
      options: scale.options.map((o) => ({ code: o.code, label: o.label, substantive: o.substantive })),
    },
    interval: first?.interval ?? 'week',
    groupBy: input.groupBy,
    definitions: {
      base: definitions?.base.nonSubstantive === 'exclude' ? 'substantive' : 'answered',
      baseCodes: [...(definitions?.baseCodes ?? [])],
      positiveCodes: [...(definitions?.positiveCodes ?? [])],
      meanCodes: [...(definitions?.meanCodes ?? [])],
      minGroupSize: definitions?.minGroupSize ?? 5,
      z: definitions?.z ?? Z_95,
      text: input.description,
    },
    periods: first ? first.points.map((p) => p.period) : [],
    series: series.map((s) => ({
      group: s.total ? null : s.group,
      label: input.labelOf(s),
      total: s.total,
      points: s.points.map((p) => ({
        period: p.period,
        suppressed: p.suppressed,
        text: p.suppressed ? suppressedLabel(s.definitions.minGroupSize) : null,
        n: p.n,
        percentPositive: p.percentPositive,
        lower: p.lower,
        upper: p.upper,
        mean: p.mean,
        sd: p.sd ?? null,
        meanN: p.meanN,
      })),
    })),
    notes: input.notes,
  };
}
