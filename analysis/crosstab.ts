import type { PercentageTable, TableCell, TableColumn, TableRow } from './percentage-table';
import { tableRows } from './percentage-table';
import { chiSquareIndependence, type ChiSquareResult } from './statistics/chi-square-independence';

/** One row of a cross-tabulation: a group of respondents and its cell of the item's row. */
export interface CrosstabGroup {
  values: string[];
  labels: string[];
  label: string;
  cell: TableCell;
}

/** Pearson's chi-square test on the groups shown, and which groups it left out. */
export interface CrosstabTest extends ChiSquareResult {
  groupsTested: string[];
  groupsLeftOut: string[];
}

/**
 * Groups × answers for one item: the item's row of a percentage table broken down by one column,
 * turned on its side (one row per group), with a chi-square test of independence and Cramér's V.
 */
export interface Crosstab {
  /** The item: statement, options (the columns), net definition. */
  row: TableRow;
  groups: CrosstabGroup[];
  total: CrosstabGroup;
  /** Undefined when fewer than two groups can be shown. */
  test: CrosstabTest | undefined;
  /** The table's notes, then what the test did. */
  notes: string[];
}

function group(column: TableColumn, cell: TableCell): CrosstabGroup {
  return { values: [...column.values], labels: [...column.labels], label: column.label, cell };
}

/**
 * The cross-tabulation of one item of a table broken down by one column. The test uses only the
 * groups shown (hidden ones are left out, so nothing hidden is published through it) and the
 * options counted in n; options with no answers in any group tested are dropped.
 *
 * @example
 * crosstab(percentageTable(counts), 'lm_cpd') // { groups: [...], test: { statistic: 23.9…, df: 5, … }, … }
 * crosstab(table, 'target', { continuityCorrection: true }).test?.statistic // 22.717… (Yates, 2 × 2)
 */
export function crosstab(table: PercentageTable, itemId: string, options: { continuityCorrection?: boolean } = {}): Crosstab {
  const row = tableRows(table).find((r) => r.itemId === itemId);
  if (!row) throw new RangeError(`crosstab: the table has no row for item "${itemId}"`);
  const groups = table.columns.map((column, i) => group(column, row.cells[i]!));
  const shown = groups.filter((g) => !g.cell.suppressed);
  const leftOut = groups.filter((g) => g.cell.suppressed).map((g) => g.label);
  const result = shown.length >= 2 ? chiSquareIndependence(shown.map((g) => (g.cell.suppressed ? [] : g.cell.counts)), options) : undefined;
  const test = result && { ...result, groupsTested: shown.map((g) => g.label), groupsLeftOut: leftOut };
  const testNote = test
    ? `Chi-square test of independence (Pearson, ${test.continuityCorrection ? "with Yates' continuity correction" : 'no continuity correction'}) on the ${shown.length} groups shown` +
      `${leftOut.length > 0 ? `; left out because suppressed: ${leftOut.join(', ')}` : ''}. Options with no answers in any group tested are dropped. ` +
      `${test.lowExpectedCells} of ${test.expected.flat().length} cells have an expected count below 5.`
    : 'No chi-square test: fewer than two groups can be shown.';
  return { row, groups, total: group(table.total, row.total), test, notes: [...table.notes, testNote] };
}
