import type { Answer } from '../instruments/answers';

/**
 * Answers as small whole numbers, so that the reader of a large file can hand them to the counting
 * loop in a typed array: a single-answer item's code as it is (0…32767), and two markers.
 */

/** In `DecodedResponse.codes` (lib/io/canonical-csv-reader.ts): the item was not answered. */
export const NOT_ANSWERED_CODE = -1;
/** In `DecodedResponse.codes` (lib/io/canonical-csv-reader.ts): the answer is not a small code; read it from `values`. */
export const SEE_VALUES_CODE = -2;

/**
 * An answer as it goes in `DecodedResponse.codes` (lib/io/canonical-csv-reader.ts).
 *
 * @example
 * answerCode(4) // 4
 * answerCode(undefined) // NOT_ANSWERED_CODE
 * answerCode([1, 2]) // SEE_VALUES_CODE
 */
export function answerCode(value: Answer | undefined): number {
  if (value === undefined) return NOT_ANSWERED_CODE;
  return typeof value === 'number' && value >= 0 && value <= 0x7fff && Number.isInteger(value) ? value : SEE_VALUES_CODE;
}
