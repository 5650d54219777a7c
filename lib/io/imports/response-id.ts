import { stringHash64 } from '../string-hash';

const halves = new Int32Array(2);

/** cyrb53 (see string-hash.ts) cut to 53 bits, as 14 hex digits. */
function hash53(text: string): string {
  stringHash64(text, halves);
  return (4294967296 * (2097151 & halves[1]!) + (halves[0]! >>> 0)).toString(16).padStart(14, '0');
}

/**
 * A response id for an export that has none (Google Forms), made from the row's content: the
 * column name and text of each non-blank cell that is read (personal columns are left out), and
 * how many rows before it had the same content (so that two identical rows get two ids). Nothing
 * depends on the file's name or the row's position, so
 * - the same export gives the same ids whatever its file is called;
 * - a later download of the same form, with rows added, gives the earlier rows the same ids;
 * - two different downloads saved under the same default name give different ids.
 *
 * @example
 * importedResponseId([['Timestamp', '2025/02/10 9:14:03 AM GMT'], ['Team', 'Assessment']], 1) // 'imp-' and 14 hex digits
 */
export function importedResponseId(content: readonly (readonly [column: string, cell: string])[], occurrence: number): string {
  return `imp-${hash53(`${content.map(([column, cell]) => `${column}\u0001${cell}`).join('\u0000')}\u0002${occurrence}`)}`;
}
