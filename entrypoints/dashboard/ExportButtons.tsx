import { authorityReport } from '@/analysis/authority-report';
import { tableCsv } from '@/analysis/report/table-csv';
import type { PercentageTable } from '@/analysis/percentage-table';
import { renderAuthorityReportMarkdown, renderTableMarkdown } from '@/analysis/render-markdown';
import { htmlDocument } from '@/analysis/report/html-document';
import { renderAuthorityReportHtml, renderNotesHtml, renderTableHtml } from '@/analysis/report/table-html';
import { forExcel } from '@/lib/io/excel-csv';
import { downloadText } from '@/lib/ui/download';

interface Props {
  /** The table as shown: with whatever the filters hide already hidden. */
  table: PercentageTable;
  authority: string;
  fileStem: string;
}

/** Takes the current table away as CSV (for Excel), Markdown or HTML, or prints it on A4. */
export function ExportButtons({ table, authority, fileStem }: Props) {
  const all = authority === 'all';
  const index = table.columns.findIndex((c) => c.values[0] === authority);
  const csv = () => forExcel(tableCsv(table, all ? [] : [index]));
  const markdown = () => (all ? renderTableMarkdown(table) : renderAuthorityReportMarkdown(authorityReport(table, authority)));
  const html = () => {
    const body = all ? renderTableHtml(table, { columns: [] }) : renderAuthorityReportHtml(authorityReport(table, authority));
    return htmlDocument(table.instrument.title, `${body}\n${renderNotesHtml(table.notes)}`);
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
