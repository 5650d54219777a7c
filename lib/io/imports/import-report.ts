import type { MatchedBy } from './resolve-columns';
import type { ImportFormat } from './source-table';

/** What an import did, column by column, for the user to check (and for `pulse import` to print). */
export interface ImportReport {
  /** The file's name as given. */
  file: string;
  format: ImportFormat;
  instrumentId: string;
  instrumentVersion: string;
  /** Responses imported (data rows of the file). */
  rows: number;
  /** Header records the format has (3 Qualtrics, 2 legacy Qualtrics and SurveyMonkey, 1 Google Forms). */
  headerRows: number;
  /** Columns imported, in file order: the column's name, where it went (item id or canonical column) and how it was matched. */
  mappedColumns: { column: string; target: string; by: MatchedBy }[];
  /** Columns with names, e-mails, IP addresses, locations…: dropped, never read. */
  droppedPersonalColumns: string[];
  /** Answer columns that matched no item and no mapping line: not imported. */
  unmappedColumns: string[];
  /** The tool's own bookkeeping columns (progress, duration, language…) and columns mapped to "ignore". */
  ignoredColumns: string[];
  /** Response ids that occur more than once in the file; later occurrences got `-2`, `-3`… appended. */
  duplicateResponseIds: string[];
  /** True when the export has no response id and ids were made from each row's content (see `importedResponseId`). */
  generatedResponseIds: boolean;
  /** Anything else worth knowing: how times without a zone were read, ambiguous wordings, defaults used. */
  notes: string[];
}
