import type { NarrativeSentence } from '../narrative';
import type { PercentageTable } from '../percentage-table';
import { escapeHtml } from './escape-html';

/**
 * Ofsted-style sentences under the headings of the table they describe.
 *
 * @example
 * renderNarrativeHtml(table, tableNarrative(table))
 */
export function renderNarrativeHtml(table: PercentageTable, sentences: readonly NarrativeSentence[]): string {
  const byItem = new Map(sentences.map((s) => [s.itemId, s.text]));
  const out: string[] = [];
  for (const section of table.sections) {
    const texts = section.rows.flatMap((row) => byItem.get(row.itemId) ?? []);
    if (texts.length === 0) continue;
    if (section.heading) out.push(`<h3>${escapeHtml(section.heading)}</h3>`);
    out.push(`<ul class="narrative">${texts.map((t) => `<li>${escapeHtml(t)}</li>`).join('')}</ul>`);
  }
  return out.length > 0 ? out.join('\n') : '<p>(no sentences: no agree/disagree items)</p>';
}
