import { suppressedText } from './disclosure';
import type { PublishedFigures } from './ofsted-benchmark';
import type { NetDefinition, OptionColumn, PercentageTable, TableCell, TableColumn, TableRow } from './percentage-table';

/**
 * The per-authority report layout: one authority's results beside all authorities',
 * "Results for Northshire (n = 31)" | "All authorities (base = 4,146)", and the published
 * benchmark where there is one. It is a view of a table broken down by authority, so disclosure
 * control is the breakdown's: the same cells are hidden whichever authority's report is read, and
 * putting all the reports side by side recovers no hidden group.
 */

export interface AuthorityReportRow {
  itemId: string;
  type: TableRow['type'];
  /** The scale of the answer options: rows of one scale share columns. */
  scaleId: string;
  /** Choose-several item: rows can add up to more than 100. */
  multiple: boolean;
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

/** A column for an authority the table has no responses from: every figure hidden, like any small group. */
function absentColumn(table: PercentageTable, code: string, name: string): TableColumn {
  const text = suppressedText(table.settings.minGroupSize);
  return { key: code, values: [code], labels: [name], label: name, respondents: { suppressed: true, text }, heading: `${name} (${text})` };
}

/**
 * One authority's page of a table broken down by authority. An authority the table has no
 * responses from is an error, unless `absentName` is given: then the page shows it with every
 * figure hidden ("fewer than 5 responses", never 0), as for any small group.
 *
 * @example
 * const table = percentageTable(counts, { net: true });  // counts grouped by ['authority']
 * const page = authorityReport(table, 'E10000002');
 * page.heading    // 'Results for Northshire (n = 31)'
 * page.allHeading // 'All authorities (base = 4,146)'
 */
export function authorityReport(table: PercentageTable, authorityCode: string, absentName?: string): AuthorityReport {
  const present = absentName === undefined || table.columns.some((c) => c.values[0] === authorityCode);
  const { column, index } = present ? findColumn(table, authorityCode) : { column: absentColumn(table, authorityCode, absentName), index: -1 };
  const hidden = { suppressed: true as const, text: suppressedText(table.settings.minGroupSize) };
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
        type: row.type,
        scaleId: row.scaleId,
        multiple: row.multiple,
        ...(row.stem ? { stem: row.stem } : {}),
        text: row.text,
        statement: row.statement,
        options: row.options,
        ...(row.net ? { net: row.net } : {}),
        authority: index < 0 ? hidden : row.cells[index]!,
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
