import { csvText } from './csv-text';
import type { CrosstabGroupJson, CrosstabJson } from '../cli/crosstab-json';

/**
 * `pulse crosstab` as a plain CSV table: one row per group, then the total; n and the percentage
 * choosing each option (and the nets when asked for). The chi-square test of the whole table
 * (`chi_square`, `df`, `p_value`, `cramers_v`) is given on the total's row.
 *
 * @example
 * crosstabCsv(json).split('\r\n')[0] // 'group,n,Strongly agree (%),…,chi_square,df,p_value,cramers_v'
 */
export function crosstabCsv(json: CrosstabJson): string {
  const net = json.settings.net ? json.item.net : null;
  const fields = [
    'group',
    'n',
    ...json.item.options.map((o) => `${o.label} (%)`),
    ...(net ? [`${net.positiveLabel} (%)`, `${net.negativeLabel} (%)`] : []),
    'chi_square',
    'df',
    'p_value',
    'cramers_v',
  ];
  const width = json.item.options.length + (net ? 2 : 0);
  const cells = (g: CrosstabGroupJson) =>
    g.suppressed ? Array<string>(width).fill('') : [...g.percents!, ...(net ? [g.netPositive!, g.netNegative!] : [])];
  const test = json.test;
  const data = [
    ...json.groups.map((g) => [g.label, g.suppressed ? g.text! : g.n!, ...cells(g), '', '', '', '']),
    [json.total.label, json.total.suppressed ? json.total.text! : json.total.n!, ...cells(json.total), test?.statistic ?? '', test?.df ?? '', test?.pValue ?? '', test?.cramersV ?? ''],
  ];
  return csvText(fields, data);
}
