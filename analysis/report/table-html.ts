import type { AuthorityReport, AuthorityReportRow } from '../authority-report';
import { formatCount } from '../format-count';
import type { OptionColumn, PercentageTable, TableCell, TableRow } from '../percentage-table';
import { escapeHtml } from './escape-html';

/**
 * Ofsted-style percentage tables as HTML fragments (for `pulse table --format html` and the
 * report): headings and stems kept, the statement with n in parentheses, one column per answer
 * option in scale order, net columns when asked for, and the published Ofsted 2011 row under each
 * item when benchmarked. A suppressed cell spans the row's figures and reads "fewer than 5
 * responses". A new table starts wherever the answer options change.
 */

/** The rows shown side by side: one column group per entry. */
interface ColumnGroup {
  heading: string;
  cell: (row: RowLike) => TableCell;
}

/** What the renderer needs of a row: both table rows and authority-report rows have it. */
type RowLike = Pick<TableRow, 'itemId' | 'text' | 'options' | 'net' | 'benchmark'> & { stem?: string };

interface SectionLike {
  heading?: string;
  rows: RowLike[];
}

function optionHeadings(row: RowLike): string[] {
  return [...row.options.map((o: OptionColumn) => o.label), ...(row.net ? [row.net.positiveLabel, row.net.negativeLabel] : [])];
}

function figures(row: RowLike, cell: TableCell): string {
  const width = row.options.length + (row.net ? 2 : 0);
  if (cell.suppressed) return `<td class="suppressed" colspan="${width}">${escapeHtml(cell.text)}</td>`;
  const values = cell.percents.map(String);
  if (row.net) values.push(cell.netPositive === undefined ? '' : String(cell.netPositive), cell.netNegative === undefined ? '' : String(cell.netNegative));
  return values.map((v) => `<td>${v}</td>`).join('');
}

function nOf(cell: TableCell): string {
  return cell.suppressed ? '' : ` <span class="n">(${formatCount(cell.n)})</span>`;
}

function head(row: RowLike, groups: readonly ColumnGroup[]): string {
  const options = optionHeadings(row);
  const width = options.length;
  const labels = options.map((label) => `<th scope="col">${escapeHtml(label)}</th>`).join('');
  if (groups.length === 1) {
    return `<thead><tr><th scope="col">Statement (n)</th>${labels}</tr></thead>`;
  }
  const top = groups.map((g) => `<th scope="colgroup" colspan="${width}">${escapeHtml(g.heading)}</th>`).join('');
  return `<thead><tr><th rowspan="2" scope="col">Statement (n)</th>${top}</tr><tr>${groups.map(() => labels).join('')}</tr></thead>`;
}

function rowHtml(row: RowLike, groups: readonly ColumnGroup[]): string {
  const cells = groups.map((g) => g.cell(row));
  const n = groups.length === 1 ? nOf(cells[0]!) : ` <span class="n">(${cells.map((c) => (c.suppressed ? '–' : formatCount(c.n))).join(' / ')})</span>`;
  const lines = [`<tr><th scope="row">${escapeHtml(row.text)}${n}</th>${cells.map((cell) => figures(row, cell)).join('')}</tr>`];
  if (row.benchmark) {
    const b = row.benchmark;
    const width = row.options.length + (row.net ? 2 : 0);
    const published = [...b.percents.map(String), ...(row.net ? [String(b.netAgree), String(b.netDisagree)] : [])];
    const values = published.length === width ? published.map((v) => `<td>${v}</td>`).join('') : `<td colspan="${width}"></td>`;
    const filler = groups.slice(1).map(() => `<td colspan="${width}"></td>`).join('');
    lines.push(`<tr class="benchmark"><th scope="row">Ofsted 2011, ${escapeHtml(b.group)} <span class="n">(${formatCount(b.n)})</span></th>${values}${filler}</tr>`);
  }
  return lines.join('\n');
}

function blocks(sections: readonly SectionLike[], groups: readonly ColumnGroup[]): string {
  const out: string[] = [];
  let signature: string | undefined;
  let width = 0;
  const label = (kind: string, text: string) => `<tr class="${kind}"><th colspan="${width}" scope="colgroup">${escapeHtml(text)}</th></tr>`;
  for (const section of sections) {
    let stem: string | undefined;
    section.rows.forEach((row, index) => {
      const rowSignature = JSON.stringify(optionHeadings(row));
      if (rowSignature !== signature) {
        if (signature !== undefined) out.push('</tbody></table>');
        signature = rowSignature;
        width = 1 + groups.length * optionHeadings(row).length;
        out.push('<table class="pct">', head(row, groups), '<tbody>');
        stem = undefined;
        if (section.heading) out.push(label('section', section.heading));
      } else if (index === 0 && section.heading) out.push(label('section', section.heading));
      if (row.stem && row.stem !== stem) out.push(label('stem', row.stem));
      stem = row.stem;
      out.push(rowHtml(row, groups));
    });
  }
  if (signature !== undefined) out.push('</tbody></table>');
  else out.push('<p>(no questions with answer options)</p>');
  return out.join('\n');
}

/** A paragraph saying what the table shows (e.g. the dashboard's filters), when there is one. */
function describe(description: string | undefined): string[] {
  return description ? [`<p class="description">${escapeHtml(description)}</p>`] : [];
}

/**
 * The total's table, then one table per group of the breakdown (or only the groups given;
 * `columns: []` for the total alone), after an optional description.
 *
 * @example
 * renderTableHtml(table) // '<h3>All authorities (base = 4,146)</h3>\n<table class="pct">…'
 */
export function renderTableHtml(table: PercentageTable, options: { columns?: readonly number[]; headingLevel?: number; description?: string } = {}): string {
  const h = options.headingLevel ?? 3;
  const out = [...describe(options.description), `<p>${escapeHtml(table.header)}. ${escapeHtml(table.nNote)}.</p>`];
  out.push(`<h${h}>${escapeHtml(table.total.heading)}</h${h}>`, blocks(table.sections, [{ heading: table.total.heading, cell: (row) => (row as TableRow).total }]));
  for (const index of options.columns ?? table.columns.map((_, i) => i)) {
    const column = table.columns[index]!;
    out.push(`<h${h}>${escapeHtml(column.heading)}</h${h}>`, blocks(table.sections, [{ heading: column.heading, cell: (row) => (row as TableRow).cells[index]! }]));
  }
  return out.join('\n');
}

/**
 * One authority's results beside all authorities' ("Results for Northshire (n = 31)" and "All
 * authorities (base = 4,146)"): under each statement, a row of figures for the authority, one for
 * all authorities and, where there is one, the published benchmark, in the same columns.
 *
 * @example
 * renderAuthorityReportHtml(authorityReport(table, 'NSH'))
 */
export function renderAuthorityReportHtml(report: AuthorityReport, options: { description?: string } = {}): string {
  const out = [...describe(options.description), `<p>${escapeHtml(report.heading)}, beside ${escapeHtml(report.allHeading)}. ${escapeHtml(report.header)}. The number answering each question is in parentheses.</p>`];
  let signature: string | undefined;
  let width = 0;
  const label = (kind: string, text: string) => `<tr class="${kind}"><th colspan="${width}" scope="colgroup">${escapeHtml(text)}</th></tr>`;
  for (const section of report.sections) {
    section.rows.forEach((row: AuthorityReportRow, index) => {
      const headings = optionHeadings(row);
      const rowSignature = JSON.stringify(headings);
      if (rowSignature !== signature) {
        if (signature !== undefined) out.push('</tbody></table>');
        signature = rowSignature;
        width = 1 + headings.length;
        out.push('<table class="pct authority">', `<thead><tr><th scope="col">Statement</th>${headings.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>`, '<tbody>');
        if (section.heading) out.push(label('section', section.heading));
      } else if (index === 0 && section.heading) out.push(label('section', section.heading));
      out.push(label('statement', row.statement));
      const line = (name: string, cell: TableCell, kind = 'group') => `<tr class="${kind}"><th scope="row">${escapeHtml(name)}${nOf(cell)}</th>${figures(row, cell)}</tr>`;
      out.push(line(report.authorityName, row.authority), line('All authorities', row.all));
      if (row.benchmark) {
        const b = row.benchmark;
        const published = [...b.percents.map(String), ...(row.net ? [String(b.netAgree), String(b.netDisagree)] : [])];
        const values = published.length === headings.length ? published.map((v) => `<td>${v}</td>`).join('') : `<td colspan="${headings.length}"></td>`;
        out.push(`<tr class="benchmark"><th scope="row">Ofsted 2011, ${escapeHtml(b.group)} <span class="n">(${formatCount(b.n)})</span></th>${values}</tr>`);
      }
    });
  }
  out.push(signature === undefined ? '<p>(no questions with answer options)</p>' : '</tbody></table>');
  return out.join('\n');
}

/**
 * The notes printed under every table, as a list.
 *
 * @example
 * renderNotesHtml(table.notes) // '<ul class="notes"><li>The number of …</li>…</ul>'
 */
export function renderNotesHtml(notes: readonly string[]): string {
  return `<ul class="notes">${notes.map((note) => `<li>${escapeHtml(note)}</li>`).join('')}</ul>`;
}
