import Papa from 'papaparse';
import type { Answer } from '../instruments/answers';
import { allItems, scaleOf } from '../instruments/items';
import type { SurveyResponse } from '../instruments/response';
import type { Instrument } from '../instruments/schema';
import { CANONICAL_COLUMNS, MULTI_SEPARATOR } from './canonical-columns';

/** How answers are written: the scale's labels (what workers' exports hold) or its codes (smaller files). */
export type AnswerForm = 'labels' | 'codes';

export interface CanonicalCsvOptions {
  /** Default `labels`. */
  answers?: AnswerForm;
  /** Responses written per chunk by {@link canonicalCsvChunks}. Default 1,000. */
  rowsPerChunk?: number;
}

type Cell = (value: Answer | undefined) => string;

/** An answer as its code(s): the number, codes joined by "; ", or the text. */
function codeCell(value: Answer | undefined): string {
  if (value === undefined) return '';
  return Array.isArray(value) ? value.join(MULTI_SEPARATOR) : String(value);
}

/** An answer as a person reads it: the option's label (labels joined by "; "), the number, or the text. */
function labelCell(labels: ReadonlyMap<number, string>): Cell {
  const label = (code: number) => labels.get(code) ?? String(code);
  return (value) => {
    if (value === undefined) return '';
    if (Array.isArray(value)) return value.map(label).join(MULTI_SEPARATOR);
    return typeof value === 'number' ? label(value) : String(value);
  };
}

/** For each instrument, how each item column of the file is written (null: not an item of it). */
function columnWriters(instruments: readonly Instrument[], itemColumns: readonly string[], answers: AnswerForm): Map<string, (Cell | null)[]> {
  return new Map(
    instruments.map((instrument) => {
      const items = new Map(allItems(instrument).map((item) => [item.id, item]));
      const cells = itemColumns.map((id): Cell | null => {
        const item = items.get(id);
        if (!item) return null;
        const scale = scaleOf(instrument, item);
        return answers === 'codes' || !scale ? codeCell : labelCell(new Map(scale.options.map((o) => [o.code, o.label])));
      });
      return [instrument.id, cells];
    }),
  );
}

/**
 * The canonical wide CSV (PRODUCT.md, "Contracts") of responses to the given instruments, in
 * chunks of text through PapaParse's `unparse`: first the header (the fixed columns, then one
 * column per item id of the instruments, in instrument order, each id once), then
 * `rowsPerChunk` responses at a time. Every chunk ends with CRLF. Responses are read from the
 * iterable as they are needed, so a generator of a million responses never sits in memory.
 *
 * @example
 * for (const chunk of canonicalCsvChunks([pulse], generateDemoResponses(pulse, { responses: 1_000_000 }))) out.write(chunk);
 */
export function* canonicalCsvChunks(
  instruments: readonly Instrument[],
  responses: Iterable<SurveyResponse>,
  options: CanonicalCsvOptions = {},
): Generator<string, void, undefined> {
  const itemColumns = [...new Set(instruments.flatMap((instrument) => allItems(instrument).map((item) => item.id)))];
  const writers = columnWriters(instruments, itemColumns, options.answers ?? 'labels');
  const unparse = (rows: string[][]) => `${Papa.unparse(rows, { newline: '\r\n' })}\r\n`;
  yield unparse([[...CANONICAL_COLUMNS, ...itemColumns]]);
  const size = options.rowsPerChunk ?? 1000;
  let rows: string[][] = [];
  for (const response of responses) {
    const cells = writers.get(response.instrumentId);
    if (!cells) throw new Error(`Response ${response.responseId} is for instrument "${response.instrumentId}", which is not being exported`);
    rows.push([
      response.responseId,
      response.instrumentId,
      response.instrumentVersion,
      response.submittedAt,
      response.authorityCode,
      response.authorityName,
      response.role,
      response.team,
      ...itemColumns.map((id, c) => cells[c]?.(response.answers[id]) ?? ''),
    ]);
    if (rows.length >= size) {
      yield unparse(rows);
      rows = [];
    }
  }
  if (rows.length > 0) yield unparse(rows);
}

/**
 * Writes responses as the canonical wide CSV in one string (see {@link canonicalCsvChunks}),
 * without a line break after the last row.
 *
 * @example
 * toCanonicalCsv([pulse], responses) // 'response_id,instrument,…,week_overall,…\r\n…'
 */
export function toCanonicalCsv(instruments: readonly Instrument[], responses: readonly SurveyResponse[], options: CanonicalCsvOptions = {}): string {
  return [...canonicalCsvChunks(instruments, responses, options)].join('').slice(0, -2);
}
