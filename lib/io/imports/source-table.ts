import type { CsvRow } from '../csv-rows';

/** The survey tools whose exports can be imported. */
export const IMPORT_FORMATS = ['qualtrics', 'qualtrics-legacy', 'surveymonkey', 'google-forms'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/**
 * What a column of an export holds, as far as the tool's header says:
 * - `question`: an answer column, to be mapped to an item (or reported as unmapped);
 * - `personal`: names, e-mails, IP addresses, locations…: dropped and reported, never imported;
 * - `metadata`: the tool's own bookkeeping (progress, duration, language…): not imported;
 * - `response-id`: the tool's response id, used as `response_id`;
 * - `submitted-at`: when the response was submitted, used as `submitted_at`.
 */
export type ColumnKind = 'question' | 'personal' | 'metadata' | 'response-id' | 'submitted-at';

export interface SourceColumn {
  /** 0-based position in the file. */
  index: number;
  /** The tool's identifier when it has one (Qualtrics `Q1`, legacy `V1`); otherwise the header text. */
  key: string;
  /** The question text (for a matrix or grid column: the question without the row). */
  question: string;
  /** A matrix or grid row label, or the option label of a one-column-per-option question. */
  row?: string;
  /** How reports and errors name the column. Unique within a file. */
  name: string;
  kind: ColumnKind;
  /** For `personal` columns: why (e.g. "e-mail address"). */
  personalReason?: string;
}

/** An export after its header rows are understood: columns described, data rows untouched. */
export interface SourceTable {
  format: ImportFormat;
  /** How many physical records the header takes (3 for Qualtrics, 2 for SurveyMonkey…). */
  headerRows: number;
  columns: SourceColumn[];
  rows: CsvRow[];
  /** Cell values that mean "no answer" in this format besides the empty cell (SurveyMonkey via R: `NA`). */
  blankValues: readonly string[];
  /** How day/month dates without a year first are ordered in this tool's timestamps. */
  dateOrder: 'DMY' | 'MDY';
}
