import { readCsvRows } from './csv-rows';
import { describeColumn, ImportError, type ImportProblem } from './imports/import-error';

/** How many staff of one authority were invited, and the line of the file that says so. */
export interface InvitedCount {
  code: string;
  invited: number;
  line: number;
}

/** An invited-counts file: its rows, and how messages name its two columns (`A ("authority_code")`). */
export interface InvitedCounts {
  entries: InvitedCount[];
  columns: { code: string; invited: string };
}

/**
 * Reads an invited-counts file: CSV with the columns `authority_code` and `invited` (a whole
 * number ≥ 0), one row per authority, for response rates. A missing column, a count that is not
 * a whole number, a blank or repeated authority code is an {@link ImportError} naming the file,
 * line and column.
 *
 * @example
 * readInvitedCounts('authority_code,invited\nWRD,50\nNSH,120\n', 'invited.csv').entries
 * // [{ code: 'WRD', invited: 50, line: 2 }, { code: 'NSH', invited: 120, line: 3 }]
 */
export function readInvitedCounts(text: string, file: string): InvitedCounts {
  const [header, ...rows] = readCsvRows(text, file);
  const names = (header?.cells ?? []).map((name) => name.trim().toLowerCase());
  const codeAt = names.indexOf('authority_code');
  const invitedAt = names.indexOf('invited');
  if (codeAt === -1 || invitedAt === -1) {
    throw new ImportError([{ file, line: 1, message: `the header must name the columns "authority_code" and "invited" (it has: ${names.join(', ')})` }]);
  }
  const columns = { code: describeColumn(codeAt, 'authority_code'), invited: describeColumn(invitedAt, 'invited') };
  const problems: ImportProblem[] = [];
  const firstLine = new Map<string, number>();
  const entries: InvitedCount[] = [];
  for (const row of rows) {
    const code = (row.cells[codeAt] ?? '').trim();
    const text = (row.cells[invitedAt] ?? '').trim();
    if (code === '') problems.push({ file, line: row.line, column: columns.code, message: 'the authority code is blank' });
    else if (firstLine.has(code)) problems.push({ file, line: row.line, column: columns.code, message: `authority "${code}" is listed twice (first on line ${firstLine.get(code)})` });
    else firstLine.set(code, row.line);
    if (!/^\d+$/.test(text)) problems.push({ file, line: row.line, column: columns.invited, message: `"${text}" is not a whole number of staff invited` });
    else if (code !== '') entries.push({ code, invited: Number(text), line: row.line });
  }
  if (problems.length > 0) throw new ImportError(problems);
  return { entries, columns };
}
