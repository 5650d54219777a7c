import type { PublishedFigures } from './ofsted-benchmark';
import type { NetDefinition, OptionColumn, PercentageTable, TableCell, TableColumn } from './percentage-table';

/**
 * The per-authority report layout: one authority's results beside all authorities',
 * "Results for Northshire (n = 31)" | "All authorities (base = 4,146)", and the published
 * benchmark where there is one. It is a view of a table broken down by authority, so disclosure
 * control is the breakdown's: the same cells are hidden whichever authority's report is read, and
 * putting all the reports side by side recovers no hidden group.
 */

export interface AuthorityReportRow {
  itemId: string;
  stem?: string;
  text: string;
  statement: string;
  options: OptionColumn[];
  net?: NetDefinition;
  authority: TableCell;
  all: TableCell;
  benchmark?: PublishedFigures;
}

export interface AuthorityReport {
  authorityCode: string;
  authorityName: string;
  /** "Results for Northshire (n = 31)", or "(fewer than 5 responses)". */
  heading: string;
  /** "All authorities (base = 4,146)" */
  allHeading: string;
  /** The table's header line for all authorities. */
  header: string;
  sections: { id: string; heading?: string; rows: AuthorityReportRow[] }[];
  notes: string[];
}

/** Thrown when the table is not broken down by authority alone, or has no such authority. */
export class AuthorityReportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AuthorityReportError';
  }
}

function findColumn(table: PercentageTable, authorityCode: string): { column: TableColumn; index: number } {
  const by = table.groupBy;
  if (by.length !== 1 || (by[0] !== 'authority' && by[0] !== 'authority_code')) {
    throw new AuthorityReportError(`An authority report needs a table broken down by authority alone (this one: ${by.join(', ') || 'none'})`);
  }
  const index = table.columns.findIndex((c) => c.values[0] === authorityCode);
  const column = table.columns[index];
  if (!column) throw new AuthorityReportError(`No responses from authority "${authorityCode}" in this table`);
  return { column, index };
}

/**
 * One authority's page of a table broken down by authority.
 *
 * @example
 * const table = percentageTable(counts, { net: true });  // counts grouped by ['authority']
 * const page = authorityReport(table, 'E10000002');
 * page.heading    // 'Results for Northshire (n = 31)'
 * page.allHeading // 'All authorities (base = 4,146)'
 */
export function authorityReport(table: PercentageTable, authorityCode: string): AuthorityReport {
  const { column, index } = findColumn(table, authorityCode);
  const name = column.labels[0] ?? authorityCode;
  return {
    authorityCode,
    authorityName: name,
    heading: `Results for ${column.heading}`,
    allHeading: table.total.heading,
    header: table.header,
    sections: table.sections.map((section) => ({
      id: section.id,
      ...(section.heading ? { heading: section.heading } : {}),
      rows: section.rows.map((row) => ({
        itemId: row.itemId,
        ...(row.stem ? { stem: row.stem } : {}),
        text: row.text,
        statement: row.statement,
        options: row.options,
        ...(row.net ? { net: row.net } : {}),
        authority: row.cells[index]!,
        all: row.total,
        ...(row.benchmark ? { benchmark: row.benchmark } : {}),
      })),
    })),
    notes: table.notes,
  };
}

/**
 * The authorities of a table, for listing one report per authority.
 *
 * @example
 * authoritiesOf(table) // [{ code: 'E10000002', name: 'Northshire' }, …]
 */
export function authoritiesOf(table: PercentageTable): { code: string; name: string }[] {
  return table.columns.map((c) => ({ code: c.values[0] ?? '', name: c.labels[0] ?? '' }));
}
