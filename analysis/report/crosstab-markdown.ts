import type { CrosstabGroupJson, CrosstabJson } from '../cli/crosstab-json';
import { formatCount } from '../format-count';
import { formatPValue } from './format-p-value';
import { markdownLine as line } from './markdown-line';

/**
 * `pulse crosstab` as Markdown: the statement, one row per group (n, the percentage choosing each
 * option, the nets when asked for), the total, the chi-square test and the notes.
 *
 * @example
 * renderCrosstabMarkdown(crosstabJson(result, table, run, { groupBy: 'authority', plain: false }))
 */
export function renderCrosstabMarkdown(json: CrosstabJson): string {
  const net = json.settings.net ? json.item.net : null;
  const heads = [...json.item.options.map((o) => o.label), ...(net ? [net.positiveLabel, net.negativeLabel] : [])];
  const rowsName = `${json.groupBy.charAt(0).toUpperCase()}${json.groupBy.slice(1).replace(/_/g, ' ')}`;
  const row = (g: CrosstabGroupJson) =>
    g.suppressed
      ? line([g.label, g.text ?? '', ...heads.slice(1).map(() => '')])
      : line([`${g.label} (${formatCount(g.n!)})`, ...g.percents!.map(String), ...(net ? [String(g.netPositive), String(g.netNegative)] : [])]);
  const out = [`## ${json.item.statement}`, '', `${json.header}.`, '', line([`${rowsName} (n)`, ...heads]), `| --- |${heads.map(() => ' ---: |').join('')}`];
  out.push(...json.groups.map(row), row(json.total), '');
  const test = json.test;
  if (test) {
    const v = test.cramersV === null ? 'not defined' : test.cramersV.toFixed(3);
    out.push(`χ²(${test.df}) = ${test.statistic.toFixed(2)}, p ${formatPValue(test.pValue)}, Cramér's V = ${v} (n = ${formatCount(test.n)}).`);
  }
  out.push('', ...json.notes.map((note) => `- ${note}`));
  return `${out.join('\n')}\n`;
}
