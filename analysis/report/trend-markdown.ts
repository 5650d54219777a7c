import type { TrendJson } from '../cli/trend-json';
import { formatCount } from '../format-count';

function fixed(value: number | null, places: number): string {
  return value === null ? '' : value.toFixed(places);
}

/**
 * `pulse trend` as Markdown: one table per group (and the pooled series) of n, % positive with
 * its 95% interval, and the mean and SD of the codes per period; then the notes.
 *
 * @example
 * renderTrendMarkdown(trendJson({ run, instrument, item, scale, series, groupBy: 'authority', labelOf, description, notes }))
 */
export function renderTrendMarkdown(json: TrendJson): string {
  const out = [`## ${json.item.statement}`, '', `${json.instrument.title}: percentage positive by ${json.interval}${json.groupBy ? ` and ${json.groupBy}` : ''}.`];
  for (const series of json.series) {
    out.push('', `### ${series.label}`, '', '| Period | n | % positive | 95% interval | Mean | SD |', '| --- | ---: | ---: | ---: | ---: | ---: |');
    for (const p of series.points) {
      out.push(
        p.suppressed
          ? `| ${p.period} | ${p.text} | | | | |`
          : `| ${p.period} | ${formatCount(p.n!)} | ${fixed(p.percentPositive, 1)} | ${fixed(p.lower, 1)}–${fixed(p.upper, 1)} | ${fixed(p.mean, 2)} | ${fixed(p.sd, 2)} |`,
      );
    }
  }
  out.push('', ...json.notes.map((note) => `- ${note}`));
  return `${out.join('\n')}\n`;
}
