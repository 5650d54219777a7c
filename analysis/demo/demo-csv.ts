import type { Answer } from '../../lib/instruments/answers';
import { allItems, scaleOf } from '../../lib/instruments/items';
import type { SurveyResponse } from '../../lib/instruments/response';
import type { Instrument, Item } from '../../lib/instruments/schema';
import { CANONICAL_COLUMNS, MULTI_SEPARATOR } from '../../lib/io/canonical-columns';
import type { DemoOptions } from './demo-options';
import { demoResponseId } from './demo-rows';
import { demoRows } from './generate-demo';

/** How answers are written: scale labels (as `toCanonicalCsv` does) or codes (smaller files). */
export type AnswerFormat = 'labels' | 'codes';

/**
 * Quotes a cell exactly when PapaParse's `unparse` would (so output matches `toCanonicalCsv`).
 *
 * @example
 * csvCell('Busy week, again') // '"Busy week, again"'
 */
export function csvCell(text: string): string {
  const needsQuotes = /[",\r\n\uFEFF]/.test(text) || text.startsWith(' ') || text.endsWith(' ');
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

type Writer = (value: Answer | undefined) => string;

/** A cell writer for one item, with every option's text prepared once. */
function itemWriter(instrument: Instrument, item: Item, format: AnswerFormat): Writer {
  const scale = scaleOf(instrument, item);
  const text = new Map<number, string>(scale?.options.map((o) => [o.code, format === 'labels' ? o.label : String(o.code)]) ?? []);
  const cells = new Map<number, string>([...text].map(([code, t]) => [code, csvCell(t)]));
  return (value) => {
    if (value === undefined) return '';
    if (Array.isArray(value)) return csvCell(value.map((c) => text.get(c) ?? String(c)).join(MULTI_SEPARATOR));
    if (typeof value === 'number') return (scale ? cells.get(value) : undefined) ?? String(value);
    return csvCell(value);
  };
}

function headerLine(instrument: Instrument): string {
  return `${[...CANONICAL_COLUMNS, ...allItems(instrument).map((item) => item.id)].map(csvCell).join(',')}\r\n`;
}

/**
 * Canonical wide CSV lines (each ending in CRLF) for responses to one instrument: the header, then
 * one line per response as the responses arrive. With `labels` the text is exactly what
 * `toCanonicalCsv([instrument], responses)` writes, plus a final CRLF.
 *
 * @example
 * for (const line of canonicalCsvLines(pulse, responses)) out.write(line);
 */
export function* canonicalCsvLines(instrument: Instrument, responses: Iterable<SurveyResponse>, format: AnswerFormat = 'labels'): Generator<string, void, undefined> {
  const items = allItems(instrument).map((item) => ({ id: item.id, write: itemWriter(instrument, item, format) }));
  yield headerLine(instrument);
  for (const r of responses) {
    if (r.instrumentId !== instrument.id) throw new Error(`Response ${r.responseId} is for instrument "${r.instrumentId}", not "${instrument.id}"`);
    let line = [r.responseId, r.instrumentId, r.instrumentVersion, r.submittedAt, r.authorityCode, r.authorityName, r.role, r.team].map(csvCell).join(',');
    for (const item of items) line += `,${item.write(r.answers[item.id])}`;
    yield `${line}\r\n`;
  }
}

/**
 * Synthetic data straight to canonical CSV lines, without building response objects: the same
 * text as `canonicalCsvLines(instrument, generateDemoResponses(instrument, options), format)`, several
 * times faster. A million responses × 38 Likert items with codes is about 200 MB.
 *
 * @example
 * for (const line of demoCsvLines(ofstedSocialWorkers, { responses: 1_000_000, authorities: 150 }, 'codes')) out.write(line);
 */
export function* demoCsvLines(instrument: Instrument, options: Partial<DemoOptions> = {}, format: AnswerFormat = 'labels'): Generator<string, void, undefined> {
  const { plan, rows } = demoRows(instrument, options);
  const writers = plan.items.map((model) => itemWriter(instrument, model.item, format));
  const fixed = csvCell(instrument.id) + ',' + csvCell(instrument.version) + ',';
  const authorities = plan.authorities.map((a) => `${csvCell(a.code)},${csvCell(a.name)},`);
  const teams = new Map<string, string>();
  const seed = plan.options.seed;
  yield headerLine(instrument);
  for (const row of rows) {
    let team = teams.get(row.team);
    if (team === undefined) teams.set(row.team, (team = csvCell(row.team)));
    let line = `${csvCell(demoResponseId(seed, row.index))},${fixed}${new Date(row.time).toISOString()},${authorities[row.authority]}${row.role},${team}`;
    for (let i = 0; i < writers.length; i++) line += `,${writers[i]!(row.values[i])}`;
    yield `${line}\r\n`;
  }
}
