import { authorityReport } from '@/analysis/authority-report';
import type { PublishedFigures } from '@/analysis/ofsted-benchmark';
import type { NetDefinition, OptionColumn, PercentageTable, TableCell, TableRow } from '@/analysis/percentage-table';

/** One group's figures for an item: an authority, all authorities, or Ofsted 2011. */
export interface ViewLine {
  label: string;
  cell: TableCell;
  published?: boolean;
}

export interface ViewRow {
  itemId: string;
  type: TableRow['type'];
  scaleId: string;
  multiple: boolean;
  section?: string;
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
  rows: ViewRow[];
  notes: string[];
}

const published = (benchmark: PublishedFigures | undefined): ViewLine[] =>
  benchmark
    ? [
        {
          label: 'Ofsted 2011 (published)',
          published: true,
          cell: { suppressed: false, n: benchmark.n, counts: [], percents: benchmark.percents, netPositive: benchmark.netAgree, netNegative: benchmark.netDisagree },
        },
      ]
    : [];

/**
 * Lays out a table for all authorities, or for one authority beside all of them (an authority
 * the table has no responses from shows as hidden, like any small group).
 */
export function tableView(table: PercentageTable, authority: { code: string; name: string } | null): TableView {
  if (!authority) {
    return {
      heading: table.total.heading,
      header: table.header,
      nNote: table.nNote,
      notes: table.notes,
      rows: table.sections.flatMap((section) =>
        section.rows.map((row) => ({ ...row, section: section.heading, lines: [{ label: table.total.label, cell: row.total }, ...published(row.benchmark)] })),
      ),
    };
  }
  const report = authorityReport(table, authority.code, authority.name);
  return {
    heading: report.heading,
    header: report.header,
    nNote: table.nNote,
    notes: report.notes,
    rows: report.sections.flatMap((section) =>
      section.rows.map((row) => ({
        ...row,
        section: section.heading,
        lines: [{ label: report.authorityName, cell: row.authority }, { label: table.total.label, cell: row.all }, ...published(row.benchmark)],
      })),
    ),
  };
}
