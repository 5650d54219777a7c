import type { ChartConfiguration } from 'chart.js';
import type { Scale } from '../../lib/instruments/schema';
import { baseSize, DEFAULT_BASE, type BaseOptions } from '../base';
import type { ItemCounts } from '../item-counts';
import { checkMinGroupSize, DEFAULT_MIN_GROUP_SIZE, isBelowMinGroupSize, suppressedLabel } from '../trends/suppression';
import { divergingColours } from './palette';
import { wrapLabel } from './wrap-label';

/** A floating bar segment `[start, end]` in percent; null for a suppressed row. */
export type Segment = [number, number] | null;
export type DivergingBarChartConfig = ChartConfiguration<'bar', Segment[], string[]>;

/** One bar: an item (or a group) and its answer counts. */
export interface DivergingRow {
  label: string;
  counts: ItemCounts;
  /**
   * Hide the row whatever its n. For rows that are the parts of a published total (e.g. one row
   * per authority), decide this with `suppressParts` of `analysis/disclosure.ts` (complementary
   * suppression); rows below the minimum group size are hidden anyway.
   */
  suppressed?: boolean;
}

export interface DivergingBarChartOptions {
  /** Who counts in n, as in the tables. Default: "Don't know" in n (bars then sum to less than 100). */
  base?: BaseOptions;
  /** Rows with n below this are suppressed. Default 5; never below 3. */
  minGroupSize?: number;
  title?: string;
  /** Text under the title. Default: how the bars are built. */
  subtitle?: string;
  /** Characters per label line. Default 48. */
  labelWidth?: number;
  /** Font size of the bar labels, in pixels. Default: Chart.js's (12). */
  labelFontSize?: number;
}

/** Rounds to 0.01, without producing -0. */
const round2 = (value: number) => Math.round(value * 100) / 100 + 0;

/**
 * A diverging stacked bar chart of Likert items (Heiberger & Robbins 2014, "Design of diverging
 * stacked bar charts for Likert scales and other applications", J. Stat. Software 57(5)): one
 * horizontal bar per row, negative options to the left of zero (the strongest outermost), the
 * neutral option centred on zero (half on each side), positive options to the right. Colours:
 * {@link divergingColours} (Paul Tol's "sunset", blue for agreement, orange for disagreement).
 *
 * Options are split by code, higher codes being more positive: below the midpoint of the
 * substantive codes negative, above it positive, at it neutral. Percentages are of n, counted as
 * in the tables (`analysis/base.ts`). Non-substantive options ("Don't know") get no bar: each
 * row's label notes them (their percentage of n when they are in n, their count when they are
 * not), so with "Don't know" in n a bar's segments sum to 100 minus that percentage.
 * Rows with n below the minimum group size are suppressed: no bar, "fewer than 5 responses".
 *
 * Each segment is a floating bar `[start, end]`: the y axis is stacked so that the segments share
 * one bar, and the x axis is not. The configuration is plain data (JSON-serialisable); add tick
 * and tooltip formatting with {@link withDivergingBarCallbacks}.
 *
 * @example
 * divergingBarChartConfig([{ label: statement(item), counts }], agree5, { title: 'This week' })
 */
export function divergingBarChartConfig(
  rows: readonly DivergingRow[],
  scale: Scale,
  options: DivergingBarChartOptions = {},
): DivergingBarChartConfig {
  const base = options.base ?? DEFAULT_BASE;
  const minGroupSize = checkMinGroupSize(options.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE);
  const substantive = scale.options.filter((o) => o.substantive).sort((a, b) => a.code - b.code);
  const nonSubstantive = scale.options.filter((o) => !o.substantive);
  if (substantive.length < 2) throw new RangeError(`Scale "${scale.id}" has fewer than two substantive options`);
  const middle = (substantive[0]!.code + substantive[substantive.length - 1]!.code) / 2;
  const negatives = substantive.filter((o) => o.code < middle); // most negative first
  const neutral = substantive.find((o) => o.code === middle);
  const positives = substantive.filter((o) => o.code > middle); // least positive first
  const colours = divergingColours(negatives.length, neutral !== undefined, positives.length);

  const segments = new Map<number, Segment[]>(substantive.map((o) => [o.code, []]));
  let widest = 0;
  const labels = rows.map((row) => {
    const n = baseSize(row.counts, scale, base);
    const count = (code: number) => row.counts.byCode.get(code) ?? 0;
    const lines = wrapLabel(row.label, options.labelWidth ?? 48);
    if (row.suppressed === true || isBelowMinGroupSize(n, minGroupSize)) {
      for (const list of segments.values()) list.push(null);
      return [...lines, suppressedLabel(minGroupSize)];
    }
    const percent = (code: number) => (100 * count(code)) / n;
    const half = neutral ? percent(neutral.code) / 2 : 0;
    if (neutral) segments.get(neutral.code)!.push([round2(-half), round2(half)]);
    let edge = half;
    for (const option of [...negatives].reverse()) {
      segments.get(option.code)!.push([round2(-(edge + percent(option.code))), round2(-edge)]);
      edge += percent(option.code);
    }
    widest = Math.max(widest, edge);
    edge = half;
    for (const option of positives) {
      segments.get(option.code)!.push([round2(edge), round2(edge + percent(option.code))]);
      edge += percent(option.code);
    }
    widest = Math.max(widest, edge);
    const notes = nonSubstantive.map((o) =>
      base.nonSubstantive === 'include'
        ? `${o.label} ${Math.round(percent(o.code))}%`
        : `${o.label}: ${count(o.code)} more, not in n`,
    );
    return [...lines, [`n = ${n}`, ...notes].join(' · ')];
  });
  // A symmetric axis with ticks every 10% (every 20% beyond ±50%) and a tick on each end.
  const step = widest <= 50 ? 10 : 20;
  const bound = Math.min(100, Math.max(step, Math.ceil(widest / step) * step));
  const negativeWords = negatives.map((o) => o.label).reverse().join(' / ');
  const positiveWords = positives.map((o) => o.label).join(' / ');
  const subtitle =
    options.subtitle ??
    `Percentage of n choosing each option${neutral ? `; "${neutral.label}" is split half each side of zero` : ''}.` +
      (nonSubstantive.length > 0 ? ` ${nonSubstantive.map((o) => `"${o.label}"`).join(', ')}: noted under each bar, no bar.` : '');

  return {
    type: 'bar',
    data: {
      labels,
      datasets: substantive.map((option, i) => ({
        label: option.label,
        data: segments.get(option.code)!,
        backgroundColor: colours[i]!,
        borderColor: '#FFFFFF',
        borderWidth: 1,
        borderSkipped: false,
        grouped: false,
        barPercentage: 0.8,
        categoryPercentage: 0.9,
      })),
    },
    options: {
      indexAxis: 'y',
      animation: false,
      scales: {
        x: {
          min: -bound,
          max: bound,
          stacked: false,
          ticks: { stepSize: step },
          title: { display: true, text: `← ${negativeWords}   |   % of n   |   ${positiveWords} →` },
        },
        // Every row is labelled: Chart.js would otherwise skip labels when rows are many.
        y: { stacked: true, ticks: { autoSkip: false, ...(options.labelFontSize ? { font: { size: options.labelFontSize } } : {}) } },
      },
      plugins: {
        title: { display: true, text: options.title ?? 'Answers by item' },
        subtitle: { display: true, text: subtitle },
        legend: { position: 'bottom' },
      },
    },
  };
}
