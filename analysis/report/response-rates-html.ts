import { formatCount } from '../format-count';
import type { ResponseRate } from '../response-rates';
import { escapeHtml } from './escape-html';
import { formatRate } from './response-rates-markdown';

/**
 * Response rates as an HTML table (invited, responded, rate and interval per authority, then all)
 * with the note under it.
 *
 * @example
 * renderResponseRatesHtml(rates, note) // '<table class="rates">…'
 */
export function renderResponseRatesHtml(rates: { authorities: readonly ResponseRate[]; total: ResponseRate }, note: string): string {
  const row = (r: ResponseRate, total: boolean) => {
    const { rate, interval } = formatRate(r);
    const cells = [formatCount(r.invited), r.suppressed ? (r.text ?? '') : formatCount(r.responded!), rate, interval].map((text) => `<td>${escapeHtml(text)}</td>`);
    return `<tr${total ? ' class="total"' : ''}><th scope="row">${escapeHtml(r.label)}</th>${cells.join('')}</tr>`;
  };
  return [
    '<table class="rates">',
    '<thead><tr><th scope="col">Authority</th><th scope="col">Invited</th><th scope="col">Responded</th><th scope="col">Response rate</th><th scope="col">95% interval</th></tr></thead>',
    `<tbody>${rates.authorities.map((r) => row(r, false)).join('')}${row(rates.total, true)}</tbody>`,
    '</table>',
    `<p class="note">${escapeHtml(note)}</p>`,
  ].join('\n');
}
