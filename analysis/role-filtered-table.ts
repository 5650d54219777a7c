import { findItem } from '../lib/instruments/items';
import { suppressedText } from './disclosure';
import { respondentsAnswering, sortedGroups, type GroupCounts } from './group-counts';
import { hideCells } from './hide-cells';
import { percentageTable, tableRows, type PercentageTable, type TableOptions } from './percentage-table';
import type { PoolCounts } from './pool-counts';
import { roleViewSuppression, type RoleViewsShown } from './role-views';

/**
 * The table of one view of the role filter: `all` (every role, unchanged) or one role, with every
 * figure hidden that the views together would give away ({@link roleViewSuppression}, for each
 * item's n and for the respondent counts in the headings). Exports, sentences and bars are made
 * from this table, so they hide what it hides.
 *
 * @example
 * roleFilteredTable(countPool(pool, filters), 'social_worker', { net: true, benchmark: 'auto' })
 */
export function roleFilteredTable(counts: PoolCounts, role: string, options: TableOptions = {}): PercentageTable {
  if (role === 'all') return percentageTable(counts.all, options);
  const accumulator = counts.byRole(role);
  const table = percentageTable(accumulator, options);
  const k = table.settings.minGroupSize;
  const roleIndex = counts.roles.indexOf(role);
  const authorities = sortedGroups(counts.all).map((g) => g.key);
  const position = new Map(authorities.map((key, a) => [key, a]));
  const groups = counts.roles.map((r) => new Map(sortedGroups(counts.byRole(r)).map((g) => [g.key, g])));
  const plan = (size: (group: GroupCounts) => number): RoleViewsShown =>
    roleViewSuppression(
      authorities.map((key) => groups.map((byKey) => (byKey.has(key) ? size(byKey.get(key)!) : 0))),
      k,
    );
  const respondents = plan((group) => group.respondents);
  const items = new Map(
    tableRows(table).map((row) => {
      const item = findItem(accumulator.instrument, row.itemId)!;
      return [row.itemId, plan((group) => respondentsAnswering(group, item))];
    }),
  );
  return hideCells(
    table,
    (itemId, key) => {
      const shown = (itemId === null ? respondents : items.get(itemId)!).roles[roleIndex]!;
      return key === null ? !shown.total : !shown.lines[position.get(key)!];
    },
    suppressedText(k),
  );
}
