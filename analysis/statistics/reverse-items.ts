import { reverseKey, type ScaleRange } from './reverse-key';
import type { ItemMatrix } from './types';

/**
 * A copy of an item matrix with the given columns reverse-keyed (`min + max − x`, see
 * {@link reverseKey}); other columns and missing values are unchanged.
 *
 * @param reversed the column indices of the reverse-keyed items
 * @example
 * reverseItems([[1, 6], [2, null]], [0], { min: 1, max: 6 }) // [[6, 6], [5, null]]
 */
export function reverseItems(rows: ItemMatrix, reversed: readonly number[], range: ScaleRange): Array<Array<number | null | undefined>> {
  const flip = new Set(reversed);
  return rows.map((row) => row.map((value, column) => (flip.has(column) ? reverseKey(value, range) : value)));
}
