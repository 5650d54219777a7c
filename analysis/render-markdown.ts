import type { AuthorityReport, AuthorityReportRow } from './authority-report';
import { formatCount } from './format-count';
import type { PercentageTable, TableCell, TableRow } from './percentage-table';
import { markdownLine as line } from './report/markdown-line';

/**
 * A plain Markdown rendering of tables, for reading in a terminal or pasting into a report. The
 * full renderers (CSV, HTML, JSON) live elsewhere; this one is deliberately simple.
 */


/** What a row's figures need: its answer options and net columns. */
type Columns = Pick<TableRow, 'options' | 'net'>;

/** Options the Markdown renderers take. */
export interface MarkdownOptions {
  /** Only these groups of the breakdown, by index (default: every one); `[]` for the total alone. */
  columns?: readonly number[];
  /** A line under the title saying what the table shows, e.g. the dashboard's filters. */
  description?: string;
}

function headings(row: Columns): string[] {
  return [...row.options.map((o) => o.label), ...(row.net ? [row.net.positiveLabel, row.net.negativeLabel] : [])];
}

function cellValues(row: Columns, cell: TableCell): string[] {
  if (cell.suppressed) return [cell.text, ...Array<string>(headings(row).length - 1).fill('')];
  const values = cell.percents.map(String);
  if (row.net) values.push(cell.netPositive === undefined ? '' : String(cell.netPositive), cell.netNegative === undefined ? '' : String(cell.netNegative));
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
        if (out.length > 0) out.push('');
        const head = ['Statement (n)', ...cells.flatMap(() => headings(row)), ...(benchmark ? ['Ofsted 2011 (n)'] : [])];
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
 * The table as Markdown: title, header line, the total's table, one table per group of the
 * breakdown (or only the groups in `options.columns`), then the notes.
 *
 * @example
 * console.log(renderTableMarkdown(percentageTable(counts)));
 * renderTableMarkdown(table, { columns: [], description: 'Role group: social workers' }) // the total alone
 */
export function renderTableMarkdown(table: PercentageTable, options: MarkdownOptions = {}): string {
  const out = [`## ${table.instrument.title}`, '', ...(options.description ? [options.description, ''] : []), table.header, '', `### ${table.total.heading}`, '', ...block(table, (row) => [row.total])];
  for (const index of options.columns ?? table.columns.map((_, i) => i)) {
    out.push('', `### ${table.columns[index]!.heading}`, '', ...block(table, (row) => [row.cells[index]!]));
  }
  out.push('', ...table.notes.map((note) => `- ${note}`));
  return `${out.join('\n')}\n`;
}

/**
 * One authority's report as Markdown: under each statement, a line of figures for the authority,
 * one for all authorities and (where there is one) the published benchmark, in the columns of the
 * statement's answer options and net columns; a new table wherever those columns change.
 *
 * @example
 * console.log(renderAuthorityReportMarkdown(authorityReport(table, 'E10000002')));
 */
export function renderAuthorityReportMarkdown(report: AuthorityReport, options: Pick<MarkdownOptions, 'description'> = {}): string {
  const out = [`## ${report.heading}`, '', ...(options.description ? [options.description, ''] : []), `Compared with: ${report.allHeading}. ${report.header}.`];
  let signature: string | undefined;
  let width = 0;
  const label = (text: string) => out.push(line([text, ...Array<string>(width - 1).fill('')]));
  const group = (row: AuthorityReportRow, name: string, cell: TableCell) =>
    out.push(line([cell.suppressed ? name : `${name} (${formatCount(cell.n)})`, ...cellValues(row, cell)]));
  for (const section of report.sections) {
    section.rows.forEach((row, index) => {
      const columns = headings(row);
      if (JSON.stringify(columns) !== signature) {
        signature = JSON.stringify(columns);
        width = columns.length + 1;
        out.push('', line(['Statement and group (n)', ...columns]), line(Array<string>(width).fill('---')));
        if (section.heading) label(`**${section.heading}**`);
      } else if (index === 0 && section.heading) label(`**${section.heading}**`);
      label(`*${row.statement}*`);
      group(row, report.authorityName, row.authority);
      group(row, 'All authorities', row.all);
      if (row.benchmark) {
        const b = row.benchmark;
        out.push(line([`Ofsted 2011, ${b.group} (${formatCount(b.n)})`, ...b.percents.map(String), ...(row.net ? [String(b.netAgree), String(b.netDisagree)] : [])]));
      }
    });
  }
  out.push('', ...report.notes.map((n) => `- ${n}`));
  return `${out.join('\n')}\n`;
}
