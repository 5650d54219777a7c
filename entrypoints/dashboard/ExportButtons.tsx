import { authorityReport } from '@/analysis/authority-report';
import type { PercentageTable } from '@/analysis/percentage-table';
import { renderAuthorityReportMarkdown, renderTableMarkdown } from '@/analysis/render-markdown';
import { htmlDocument } from '@/analysis/report/html-document';
import { tableCsv } from '@/analysis/report/table-csv';
import { renderAuthorityReportHtml, renderNotesHtml, renderTableHtml } from '@/analysis/report/table-html';
import { escapeHtml } from '@/analysis/report/escape-html';
import { viewLine, type ViewFact } from '@/analysis/view-description';
import { forExcel } from '@/lib/io/excel-csv';
import { downloadText } from '@/lib/ui/download';

interface Props {
  /** The table as shown: whatever the filters hide is already hidden. */
  table: PercentageTable;
  /** The authority shown beside all authorities, or null for all authorities alone. */
  authority: { code: string; name: string } | null;
  /** The filters, written into every export. */
  facts: ViewFact[];
  fileStem: string;
}

/** Takes the table as shown away as CSV (for Excel), Markdown or HTML, each saying what it is of, or prints it on A4. */
export function ExportButtons({ table, authority, facts, fileStem }: Props) {
  const description = viewLine(facts);
  const index = authority ? table.columns.findIndex((c) => c.values[0] === authority.code) : -1;
  const report = () => authorityReport(table, authority!.code, authority!.name);
  const csv = () => forExcel(tableCsv(table, index >= 0 ? [index] : [], { context: facts.map((f) => [f.key, f.value] as const) }));
  const markdown = () => (authority ? renderAuthorityReportMarkdown(report(), { description }) : renderTableMarkdown(table, { columns: [], description }));
  const html = () => {
    const body = authority ? renderAuthorityReportHtml(report(), { description }) : renderTableHtml(table, { columns: [], description });
    return htmlDocument(`${table.instrument.title}: ${authority?.name ?? 'all authorities'}`, `<h1>${escapeHtml(table.instrument.title)}</h1>\n${body}\n${renderNotesHtml(table.notes)}`);
  };
  return (
    <div class="actions no-print">
      <button type="button" class="secondary" onClick={() => downloadText(`${fileStem}.csv`, csv(), 'text/csv;charset=utf-8')}>
        Download table (CSV for Excel)
      </button>
      <button type="button" class="secondary" onClick={() => downloadText(`${fileStem}.md`, markdown(), 'text/markdown;charset=utf-8')}>
        Download table (Markdown)
      </button>
      <button type="button" class="secondary" onClick={() => downloadText(`${fileStem}.html`, html(), 'text/html;charset=utf-8')}>
        Download table (HTML)
      </button>
      <button type="button" class="secondary" onClick={() => print()}>
        Print table and charts
      </button>
    </div>
  );
}
