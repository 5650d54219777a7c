import type { ThemesJson } from '../cli/themes-json';
import { formatCount } from '../format-count';
import type { ThemeCell } from '../themes/theme-counts';
import { markdownLine } from './markdown-line';

function shown(cell: ThemeCell, percent = true): string {
  return cell.suppressed ? cell.text! : `${formatCount(cell.n!)}${percent && cell.percent !== null ? ` (${cell.percent}%)` : ''}`;
}

/**
 * `pulse themes` as Markdown: respondents mentioning each theme (with the share of those who
 * commented), for all and per group, then the notes.
 *
 * @example
 * renderThemesMarkdown(themesJson(table, run, source), 'Weekly pulse') // '## Themes in comments: Weekly pulse …'
 */
export function renderThemesMarkdown(json: ThemesJson, title: string): string {
  const out = [
    `## Themes in comments: ${title}`,
    '',
    `Codebook: ${json.codebook.name}. Items: ${json.items.join(', ')}. ${formatCount(json.respondents)} respondents; commented: ${shown(json.commenters, false)}.`,
    '',
    markdownLine(['Theme', 'Mentioned by (all)', ...json.groups.map((g) => g.label)]),
    `| --- | ---: |${json.groups.map(() => ' ---: |').join('')}`,
    ...json.themes.map((t) => markdownLine([t.label, shown(t.total), ...t.groups.map((c) => shown(c))])),
  ];
  if (json.groups.length > 0) out.push(markdownLine(['(commented)', shown(json.commenters, false), ...json.groups.map((g) => shown(g.commenters, false))]));
  out.push('', ...json.notes.map((note) => `- ${note}`));
  return `${out.join('\n')}\n`;
}
