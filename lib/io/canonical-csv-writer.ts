import Papa from 'papaparse';
import { allItems } from '../instruments/items';
import type { SurveyResponse } from '../instruments/response';
import type { Instrument } from '../instruments/schema';
import { CANONICAL_COLUMNS } from './canonical-columns';
import { formatAnswer } from './format-answer';

/**
 * Writes responses as the canonical wide CSV: the fixed columns, then one column per item id of
 * the given instruments (in instrument order, each id once). Answers are written as labels.
 *
 * @example
 * toCanonicalCsv([pulse], responses) // 'response_id,instrument,…,week_overall,…\r\n…'
 */
export function toCanonicalCsv(instruments: readonly Instrument[], responses: readonly SurveyResponse[]): string {
  const itemColumns = [...new Set(instruments.flatMap((instrument) => allItems(instrument).map((item) => item.id)))];
  const byId = new Map(instruments.map((instrument) => [instrument.id, instrument]));
  const rows = responses.map((response) => {
    const instrument = byId.get(response.instrumentId);
    if (!instrument) throw new Error(`Response ${response.responseId} is for instrument "${response.instrumentId}", which is not being exported`);
    const items = new Map(allItems(instrument).map((item) => [item.id, item]));
    return [
      response.responseId,
      response.instrumentId,
      response.instrumentVersion,
      response.submittedAt,
      response.authorityCode,
      response.authorityName,
      response.role,
      response.team,
      ...itemColumns.map((id) => {
        const item = items.get(id);
        return item ? formatAnswer(instrument, item, response.answers[id]) : '';
      }),
    ];
  });
  return Papa.unparse({ fields: [...CANONICAL_COLUMNS, ...itemColumns], data: rows }, { newline: '\r\n' });
}
