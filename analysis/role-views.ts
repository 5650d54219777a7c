import { isShown, suppressParts } from './disclosure';
import { protectTwoWayTable } from './two-way-suppression';

/** Which lines of one figure (an item's n, or the respondent counts) each view may show. */
export interface ViewShown {
  /** One per authority, aligned with the rows given. */
  lines: boolean[];
  /** The all-authorities line. */
  total: boolean;
}

/** The views a role filter offers: all roles together, and each role on its own. */
export interface RoleViewsShown {
  all: ViewShown;
  /** One per role, aligned with the columns given. */
  roles: ViewShown[];
}

const shownOf = (sizes: readonly number[], minGroupSize: number) => suppressParts(sizes, minGroupSize).map((s) => s === 'shown');

/**
 * Disclosure control across a role filter. The dashboard shows the same authorities for all roles
 * and for each role on its own, so a reader holds every view at once: an authority's line for all
 * roles minus its social workers is its managers, the social workers of all authorities minus the
 * shown ones are the hidden ones, and so on across authorities and roles. Each view is first
 * suppressed on its own (small groups, then complementary suppression among authorities, as
 * `percentageTable` does); the role totals are the parts of the grand total and are suppressed the
 * same way; then further role lines are hidden until no combination of everything shown gives a
 * group of 1 to k − 1 people or a hidden figure ({@link protectTwoWayTable}). The view for all roles
 * is never changed by the role filter.
 *
 * @param sizes people per authority (rows) and role (columns) behind one figure
 * @example
 * // Aville: 20 social workers and 2 managers; Beeton and Ceeford: 20 and 10 each.
 * roleViewSuppression([[20, 2], [20, 10], [20, 10]], 5)
 * // all: every line shown; social workers and managers: Aville and Beeton hidden, Ceeford shown
 */
export function roleViewSuppression(sizes: readonly (readonly number[])[], minGroupSize: number): RoleViewsShown {
  const roles = sizes[0]?.length ?? 0;
  const column = (r: number) => sizes.map((row) => row[r]!);
  const authorityTotals = sizes.map((row) => row.reduce((sum, n) => sum + n, 0));
  const roleTotals = Array.from({ length: roles }, (_, r) => column(r).reduce((sum, n) => sum + n, 0));
  const grand = authorityTotals.reduce((sum, n) => sum + n, 0);
  const totalShown = isShown(grand, minGroupSize);
  const all: ViewShown = { lines: shownOf(authorityTotals, minGroupSize), total: totalShown };
  const byRole = Array.from({ length: roles }, (_, r) => shownOf(column(r), minGroupSize));
  const { plan, safe } = protectTwoWayTable(
    {
      cells: sizes,
      hidden: sizes.map((row, a) => row.map((_, r) => !byRole[r]![a])),
      rowTotalShown: all.lines,
      columnTotalShown: totalShown ? shownOf(roleTotals, minGroupSize) : roleTotals.map(() => false),
      totalShown,
    },
    minGroupSize,
    { hideColumnTotals: true },
  );
  return {
    all,
    roles: Array.from({ length: roles }, (_, r) => ({
      lines: sizes.map((_, a) => safe && !plan.hidden[a]![r]),
      total: safe && plan.columnTotalShown[r]!,
    })),
  };
}
