import { authorityReport } from '@/analysis/authority-report';
import type { OptionColumn, PercentageTable, TableCell, NetDefinition } from '@/analysis/percentage-table';

/** One group's figures for an item: an authority, all authorities, or Ofsted 2011. */
export interface ViewLine {
  label: string;
  cell: TableCell;
  published?: boolean;
}

export interface ViewRow {
  itemId: string;
  scaleId: string;
  multiple: boolean;
  stem?: string;
  statement: string;
  options: OptionColumn[];
  net?: NetDefinition;
  lines: ViewLine[];
}

/** What the dashboard shows: the table for all authorities, or one authority beside all of them. */
export interface TableView {
  heading: string;
  header: string;
  nNote: string;
  sections: { id: string; heading?: string; rows: ViewRow[] }[];
  notes: string[];
}

const OFSTED_LABEL = 'Ofsted 2011 (published)';

/** The scales of a view's rows, in order of first appearance: one table is shown per scale. */
export function viewScales(view: TableView): string[] {
  return [...new Set(view.sections.flatMap((s) => s.rows.map((r) => r.scaleId)))];
}

/** Lays out a percentage table for one authority (beside all) or for all authorities. */
export function tableView(table: PercentageTable, authority: string): TableView {
  const benchmarkLine = (row: { benchmark?: { n: number; percents: number[]; netAgree: number; netDisagree: number } }): ViewLine[] =>
    row.benchmark
      ? [
          {
            label: OFSTED_LABEL,
            published: true,
            cell: { suppressed: false, n: row.benchmark.n, counts: [], percents: row.benchmark.percents, netPositive: row.benchmark.netAgree, netNegative: row.benchmark.netDisagree },
          },
        ]
      : [];
  if (authority === 'all') {
    return {
      heading: table.total.heading,
      header: table.header,
      nNote: table.nNote,
      notes: table.notes,
      sections: table.sections.map((section) => ({
        ...section,
        rows: section.rows.map((row) => ({ ...row, lines: [{ label: table.total.heading, cell: row.total }, ...benchmarkLine(row)] })),
      })),
    };
  }
  const report = authorityReport(table, authority);
  return {
    heading: report.heading,
    header: report.header,
    nNote: table.nNote,
    notes: report.notes,
    sections: report.sections.map((section) => ({
      ...section,
      rows: section.rows.map((row, index) => ({
        ...row,
        scaleId: table.sections.find((s) => s.id === section.id)!.rows[index]!.scaleId,
        multiple: table.sections.find((s) => s.id === section.id)!.rows[index]!.multiple,
        lines: [{ label: report.heading.replace(/^Results for /, ''), cell: row.authority }, { label: report.allHeading, cell: row.all }, ...benchmarkLine(row)],
      })),
    })),
  };
}

