import { authorityReport } from '@/analysis/authority-report';
import type { PercentageTable } from '@/analysis/percentage-table';
import { renderAuthorityReportMarkdown, renderTableMarkdown } from '@/analysis/render-markdown';
import { downloadText } from '@/lib/ui/download';

/** Takes the current table away as Markdown, or prints it (the print stylesheet fits A4). */
export function ExportButtons({ table, authority, fileStem }: { table: PercentageTable; authority: string; fileStem: string }) {
  const markdown = () => (authority === 'all' ? renderTableMarkdown(table) : renderAuthorityReportMarkdown(authorityReport(table, authority)));
  return (
    <div class="actions no-print">
      <button type="button" class="secondary" onClick={() => downloadText(`${fileStem}.md`, markdown(), 'text/markdown;charset=utf-8')}>
        Download table (Markdown)
      </button>
      <button type="button" class="secondary" onClick={() => print()}>
        Print table and charts
      </button>
    </div>
  );
}
