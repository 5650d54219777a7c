import type { AuthorityReport } from './authority-report';
import { formatCount } from './format-count';
import type { PercentageTable, TableCell, TableRow } from './percentage-table';

/**
 * A plain Markdown rendering of tables, for reading in a terminal or pasting into a report. The
 * full renderers (CSV, HTML, JSON) live elsewhere; this one is deliberately simple.
 */

function escape(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function line(cells: readonly string[]): string {
  return `| ${cells.map(escape).join(' | ')} |`;
}

function cellValues(row: TableRow, cell: TableCell): string[] {
  const withNet = row.net !== undefined;
  const width = row.options.length + (withNet ? 2 : 0);
  if (cell.suppressed) return [cell.text, ...Array<string>(width - 1).fill('')];
  const values = cell.percents.map(String);
  if (withNet) values.push(cell.netPositive === undefined ? '' : String(cell.netPositive), cell.netNegative === undefined ? '' : String(cell.netNegative));
  return values;
}

function statementCell(row: TableRow, cell: TableCell): string {
  return cell.suppressed ? row.text : `${row.text} (${formatCount(cell.n)})`;
}

function block(table: PercentageTable, pick: (row: TableRow) => TableCell[]): string[] {
  const rows = table.sections.flatMap((s) => s.rows);
  if (rows.length === 0) return ['(no questions with answer options)'];
  const benchmark = rows.some((r) => r.benchmark);
  const out: string[] = [];
  let scaleId: string | undefined;
  let width = 0;
  const label = (text: string) => out.push(line([text, ...Array<string>(width - 1).fill('')]));
  for (const section of table.sections) {
    let stem: string | undefined;
    section.rows.forEach((row, index) => {
      const cells = pick(row);
      if (row.scaleId !== scaleId) {
        scaleId = row.scaleId;
        const withNet = row.net !== undefined;
        if (out.length > 0) out.push('');
        const options = [...row.options.map((o) => o.label), ...(withNet ? [row.net!.positiveLabel, row.net!.negativeLabel] : [])];
        const head = ['Statement (n)', ...cells.flatMap(() => options), ...(benchmark ? ['Ofsted 2011 (n)'] : [])];
        width = head.length;
        out.push(line(head), line(head.map(() => '---')));
        stem = undefined;
        if (section.heading) label(`**${section.heading}**`);
      } else if (index === 0 && section.heading) label(`**${section.heading}**`);
      if (row.stem && row.stem !== stem) label(`*${row.stem}*`);
      stem = row.stem;
      const values = [statementCell(row, cells[0]!), ...cells.flatMap((cell) => cellValues(row, cell))];
      if (benchmark) values.push(row.benchmark ? `${row.benchmark.percents.join(' · ')} (${formatCount(row.benchmark.n)})` : '');
      out.push(line(values));
    });
  }
  return out;
}

/**
 * The table as Markdown: title, header line, the total's table, one table per group of a
 * breakdown, then the notes.
 *
 * @example
 * console.log(renderTableMarkdown(percentageTable(counts)));
 */
export function renderTableMarkdown(table: PercentageTable): string {
  const out = [`## ${table.instrument.title}`, '', table.header, '', `### ${table.total.heading}`, '', ...block(table, (row) => [row.total])];
  table.columns.forEach((column, index) => {
    out.push('', `### ${column.heading}`, '', ...block(table, (row) => [row.cells[index]!]));
  });
  out.push('', ...table.notes.map((note) => `- ${note}`));
  return `${out.join('\n')}\n`;
}

/**
 * One authority's report as Markdown: its results, then all authorities'.
 *
 * @example
 * console.log(renderAuthorityReportMarkdown(authorityReport(table, 'E10000002')));
 */
export function renderAuthorityReportMarkdown(report: AuthorityReport): string {
  const out = [`## ${report.heading}`, '', `Compared with: ${report.allHeading}. ${report.header}.`, ''];
  for (const section of report.sections) {
    if (section.heading) out.push(`**${section.heading}**`, '');
    for (const row of section.rows) {
      const show = (cell: TableCell) => (cell.suppressed ? cell.text : `${cell.percents.join(' · ')} (${formatCount(cell.n)})`);
      out.push(`- ${row.statement}`);
      out.push(`  - ${report.authorityName}: ${show(row.authority)}`);
      out.push(`  - All authorities: ${show(row.all)}`);
      if (row.benchmark) out.push(`  - Ofsted 2011: ${row.benchmark.percents.join(' · ')} (${formatCount(row.benchmark.n)})`);
    }
    out.push('');
  }
  out.push(`Columns: ${report.sections[0]?.rows[0]?.options.map((o) => o.label).join(' · ') ?? ''}`, '', ...report.notes.map((n) => `- ${n}`));
  return `${out.join('\n')}\n`;
}
