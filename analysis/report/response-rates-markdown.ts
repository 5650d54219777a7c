import { formatCount } from '../format-count';
import type { ResponseRate } from '../response-rates';
import { markdownLine } from './markdown-line';

/** A rate and its interval, to one decimal: `62.0% (48.1–74.2)`. */
export function formatRate(rate: ResponseRate): { rate: string; interval: string } {
  if (rate.rate === null || rate.lower === null || rate.upper === null) return { rate: '', interval: '' };
  return { rate: `${rate.rate.toFixed(1)}%`, interval: `${rate.lower.toFixed(1)}–${rate.upper.toFixed(1)}` };
}

/**
 * Response rates as a Markdown table: invited, responded, rate and interval per authority, then all.
 *
 * @example
 * renderResponseRatesMarkdown(rates, notes) // '### Response rates\n\n| Authority | Invited | …'
 */
export function renderResponseRatesMarkdown(rates: { authorities: readonly ResponseRate[]; total: ResponseRate }, note: string): string {
  const line = (r: ResponseRate) => {
    const { rate, interval } = formatRate(r);
    return markdownLine([r.label, formatCount(r.invited), r.suppressed ? r.text! : formatCount(r.responded!), rate, interval]);
  };
  return [
    '### Response rates',
    '',
    '| Authority | Invited | Responded | Response rate | 95% interval |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rates.authorities.map(line),
    line(rates.total),
    '',
    `- ${note}`,
    '',
  ].join('\n');
}
