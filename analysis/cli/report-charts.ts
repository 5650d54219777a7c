import type { Scale } from '../../lib/instruments/schema';
import type { BaseOptions } from '../base';
import type { DivergingRow } from '../charts';
import { suppressedText } from '../disclosure';
import { escapeHtml } from '../report/escape-html';
import { figureHtml } from '../report/figure-html';
import type { TrendSeries } from '../trends/trend-series';
import { divergingChartImage, trendChartImage } from './chart-images';

/**
 * Node only: the report's charts as HTML figures, or a sentence where a chart would be empty
 * (a group too small to show, a series with every point hidden): nothing is drawn that has
 * nothing in it.
 */

/** Why nothing is drawn, as a paragraph. */
function instead(text: string): string {
  return `<p class="note">${escapeHtml(text)}</p>`;
}

/**
 * One diverging bar chart of some rows (`which` says which questions they are, e.g. "questions
 * 1–13 of 38"), or a sentence when every bar would be hidden.
 *
 * @example
 * divergingFigures('Wrendale', 'questions 1–13 of 38', rows, scale, { base, minGroupSize: 5 })
 */
export function divergingFigures(who: string, which: string, rows: readonly DivergingRow[], scale: Scale, options: { base: BaseOptions; minGroupSize: number }): string[] {
  if (rows.every((row) => row.suppressed)) return [instead(`${who}: ${suppressedText(options.minGroupSize)} to ${which}, so no chart is drawn.`)];
  return [figureHtml(divergingChartImage(rows, scale, { title: `${who}: ${which}`, ...options }), `Diverging bar chart of ${which} for ${who}`)];
}

/**
 * Trend line charts of some series, one each, and one sentence (as a paragraph, or undefined)
 * naming the series left out because every point of them is hidden.
 *
 * @example
 * trendFigures(series, (s) => groups.label(s.group), { subtitle, width: 540, height: 380, alt: (label) => `Trend of lm_cpd for ${label}` })
 */
export function trendFigures(
  series: readonly TrendSeries[],
  labelOf: (series: TrendSeries) => string,
  options: { subtitle: string; width: number; height: number; alt: (label: string) => string },
): { figures: string[]; note: string | undefined } {
  const empty = series.filter((s) => s.points.every((point) => point.suppressed));
  const figures = series
    .filter((s) => !empty.includes(s))
    .map((s) => figureHtml(trendChartImage(s, { title: labelOf(s), subtitle: options.subtitle }, options.width, options.height), options.alt(labelOf(s))));
  const first = empty[0];
  const period = first?.interval === 'week' ? 'week' : 'month';
  const note = first && instead(`No chart for ${empty.map(labelOf).join(', ')}: ${suppressedText(first.definitions.minGroupSize)} in every ${period}.`);
  return { figures, note };
}
