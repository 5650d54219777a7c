import { escapeHtml } from '../report/escape-html';
import { describeRun, type RunRecord } from './run-record';

/**
 * The run record as a closing Markdown section ("## Run"), so a printed table says how to
 * reproduce it.
 *
 * @example
 * renderTableMarkdown(table) + runMarkdown(run)
 */
export function runMarkdown(run: RunRecord): string {
  return `\n## Run\n\n${describeRun(run).map((line) => `- ${line}`).join('\n')}\n`;
}

/**
 * The run record as a closing HTML section.
 *
 * @example
 * htmlDocument(title, body + runHtml(run))
 */
export function runHtml(run: RunRecord): string {
  const items = describeRun(run).map((line) => `<li><code>${escapeHtml(line)}</code></li>`);
  return `<h2 id="run">How this was produced</h2>\n<ul class="run">${items.join('')}</ul>`;
}
