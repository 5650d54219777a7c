import type { AlphaJson } from '../cli/alpha-json';
import { markdownLine } from './markdown-line';

function fixed(value: number | null, places: number): string {
  return value !== null && Number.isFinite(value) ? value.toFixed(places) : '';
}

/**
 * `pulse alpha` as Markdown: alpha with k, n and the missing-answer policy, a table of item
 * statistics (reversed, n, mean, SD, item-rest r, alpha if dropped), and the notes.
 *
 * @example
 * renderAlphaMarkdown(alphaJson(result, run, settings)) // '## Cronbach\'s alpha: A1, A2, …\n\nalpha = 0.7038 (k = 5, …'
 */
export function renderAlphaMarkdown(json: AlphaJson): string {
  const out = [`## Cronbach's alpha: ${json.items.join(', ')}`, ''];
  if (json.suppressed) out.push(`No results: ${json.text}.`);
  else {
    out.push(
      `alpha = ${fixed(json.alpha, 4)} (k = ${json.k}, n = ${json.n}, ${json.missing})`,
      '',
      '| item | reversed | n | mean | SD | item-rest r | alpha if dropped |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
      ...json.itemStatistics.map(
        (i) => markdownLine([i.item, i.reversed ? 'yes' : '', String(i.n), fixed(i.mean, 3), fixed(i.sd, 3), fixed(i.itemRest, 4), fixed(i.alphaIfDropped, 4)]),
      ),
    );
  }
  out.push('', ...json.notes.map((note) => `- ${note}`));
  return `${out.join('\n')}\n`;
}
