import type { ItemCounts } from '../item-counts';

export interface ContingencyTable {
  /** Row labels (e.g. authority codes), in the order given. */
  rowLabels: string[];
  /** The answer codes, one per column, in the order given. */
  codes: number[];
  /** `table[row][column]`: respondents in the group who gave the code. */
  table: number[][];
}

/**
 * A groups × answers contingency table (e.g. authority × response) from per-group answer counts
 * of one item, for {@link chiSquareIndependence}. `codes` chooses the columns and their order:
 * pass `baseCodes(scale, options)` from `analysis/base.ts` to count answers as the tables do
 * ("Don't know" in or out); blanks are never counted.
 *
 * @example
 * contingencyFromCounts([['E09', countsA], ['E10', countsB]], [5, 4, 3, 2, 1])
 * // { rowLabels: ['E09', 'E10'], codes: [5, 4, 3, 2, 1], table: [[…], […]] }
 */
export function contingencyFromCounts(
  groups: Iterable<readonly [string, ItemCounts]>,
  codes: readonly number[],
): ContingencyTable {
  const rowLabels: string[] = [];
  const table: number[][] = [];
  for (const [label, counts] of groups) {
    rowLabels.push(label);
    table.push(codes.map((code) => counts.byCode.get(code) ?? 0));
  }
  return { rowLabels, codes: [...codes], table };
}
