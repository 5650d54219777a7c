import type { CsvRow } from '../csv-rows';
import { qualtricsImportId } from './qualtrics';
import type { ImportFormat } from './source-table';

/**
 * Which tool wrote an export, judged from its header rows only:
 * - `qualtrics`: the third row holds `{"ImportId":…}` cells;
 * - `qualtrics-legacy`: the first row starts `V1` and the second holds `ResponseID`;
 * - `surveymonkey`: the first row holds `Respondent ID`, and the second is a sub-header (`Response`,
 *   `Open-Ended Response`, or at least empty under `Respondent ID`);
 * - `google-forms`: the first column is headed `Timestamp`.
 * Returns null for anything else.
 *
 * @example
 * detectFormat([{ line: 1, cells: ['Timestamp', 'How was your week?'] }]) // 'google-forms'
 */
export function detectFormat(rows: readonly CsvRow[]): ImportFormat | null {
  const [first = [], second = [], third = []] = rows.slice(0, 3).map((row) => row.cells);
  if (third.length > 0 && third.every((cell) => cell === '' || qualtricsImportId(cell) !== null) && third.some((c) => c !== '')) {
    return 'qualtrics';
  }
  if (first[0] === 'V1' && second.includes('ResponseID')) return 'qualtrics-legacy';
  const subHeader = second.some((cell) => /^(open-ended )?response$/i.test(cell.trim())) || second[first.indexOf('Respondent ID')] === '';
  if (first.includes('Respondent ID') && subHeader) {
    return 'surveymonkey';
  }
  if (/^timestamp$/i.test(first[0]?.trim() ?? '')) return 'google-forms';
  return null;
}
