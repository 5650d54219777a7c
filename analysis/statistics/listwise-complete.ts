import { isPresent } from './is-present';
import type { ItemMatrix } from './types';

/**
 * The rows with an answer in every column (listwise deletion), as plain numbers.
 *
 * @example
 * listwiseComplete([[1, 2], [3, null], [4, 5]]) // [[1, 2], [4, 5]]
 */
export function listwiseComplete(rows: ItemMatrix): number[][] {
  return rows.filter((row) => row.every(isPresent)) as number[][];
}
