import type { CsvRow } from '../../lib/io/csv-rows';
import { UsageError } from './exit-codes';

/**
 * Where the named columns are in a plain CSV's header; a usage error naming the option and the
 * file's columns for a name that is not there.
 *
 * @example
 * columnsOf(rows, 'bfi.csv', 'items', ['A1', 'A2'], 'alpha') // [1, 2]
 */
export function columnsOf(rows: readonly CsvRow[], file: string, option: string, names: readonly string[], command: string): number[] {
  const header = rows[0]?.cells.map((cell) => cell.trim()) ?? [];
  return names.map((name) => {
    const index = header.indexOf(name);
    if (index === -1) throw new UsageError(`--${option}: "${name}" is not a column of ${file} (columns: ${header.join(', ')})`, command);
    return index;
  });
}
