import Papa from 'papaparse';

/** Excel reads a UTF-8 file as UTF-8 only when it starts with a byte order mark. */
const BYTE_ORDER_MARK = '\uFEFF';

/**
 * Makes CSV text safe and readable in Excel: a UTF-8 byte order mark first, and every cell that
 * begins with `=`, `+`, `-` or `@` (or a tab or carriage return) prefixed with `'`, so that Excel
 * shows it as text instead of running it as a formula (CSV injection). PapaParse does both the
 * reading and the escaping.
 *
 * @example
 * forExcel('team,comment\r\nA,=HYPERLINK("x")\r\n') // '\uFEFFteam,comment\r\nA,"\'=HYPERLINK(""x"")"\r\n'
 */
export function forExcel(csv: string): string {
  const rows = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
  return `${BYTE_ORDER_MARK}${Papa.unparse(rows, { escapeFormulae: true, newline: '\r\n' })}\r\n`;
}
