import Papa from 'papaparse';

/**
 * A CSV table as the CLI writes it (PapaParse, CRLF line ends, a line end after the last row).
 *
 * @example
 * csvText(['item', 'n'], [['lm_cpd', 31]]) // 'item,n\r\nlm_cpd,31\r\n'
 */
export function csvText(fields: readonly string[], data: readonly (readonly unknown[])[]): string {
  // (PapaParse's types ask for mutable arrays; it only reads them)
  return `${Papa.unparse({ fields: fields as string[], data: data as unknown[][] }, { newline: '\r\n' })}\r\n`;
}
