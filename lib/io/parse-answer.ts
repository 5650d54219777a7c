import { answerProblem, type Answer } from '../instruments/answers';
import { scaleOf } from '../instruments/items';
import type { Instrument, Item, Scale } from '../instruments/schema';
import { MULTI_SEPARATOR } from './canonical-columns';
import { foldAnswer } from './imports/normalise-text';

/**
 * Reading one CSV cell as an answer: the inverse of writing it (`canonical-csv-writer.ts`). Scale answers may be an
 * option's label (compared with `foldAnswer`: case-insensitive, surrounding and repeated spaces
 * ignored, ’ read as ') or its
 * code; a blank cell is "not answered".
 */

/** Why a cell is not an acceptable answer (returned, not thrown, so that bulk reading stays fast). */
export class AnswerParseFailure {
  constructor(readonly message: string) {}
}

/** Reads a cell: the answer, undefined for a blank cell, or an {@link AnswerParseFailure}. */
export type AnswerParser = (cell: string) => Answer | undefined | AnswerParseFailure;

function optionLookup(scale: Scale): (text: string) => number | undefined {
  const byLabel = new Map(scale.options.map((o) => [foldAnswer(o.label), o.code]));
  const byCode = new Map(scale.options.map((o) => [String(o.code), o.code]));
  return (text) => byLabel.get(foldAnswer(text)) ?? byCode.get(text.trim());
}

function expected(scale: Scale): string {
  return `expected one of ${scale.options.map((o) => `"${o.label}"`).join(', ')} or a code (${scale.options
    .map((o) => o.code)
    .join(', ')})`;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const CACHE_LIMIT = 256;

/**
 * Cell texts already read and their codes, up to {@link CACHE_LIMIT} of them. Found by length,
 * then compared whole: each cell of a large file is a new string, and hashing it for a Map took
 * most of the time of reading answers written as labels.
 */
class SpellingCache {
  private readonly texts: string[][] = [];
  private readonly codes: number[][] = [];
  private size = 0;

  get(cell: string): number | undefined {
    const texts = this.texts[cell.length];
    if (texts === undefined) return undefined;
    for (let i = 0; i < texts.length; i++) if (texts[i] === cell) return this.codes[cell.length]![i];
    return undefined;
  }

  add(cell: string, code: number): void {
    if (this.size >= CACHE_LIMIT) return;
    this.size += 1;
    // (a copy, so that the cache does not keep alive the chunk of text the cell was cut from)
    (this.texts[cell.length] ??= []).push((' ' + cell).slice(1));
    (this.codes[cell.length] ??= []).push(code);
  }
}

const parsers = new WeakMap<Instrument, WeakMap<Item, AnswerParser>>();

/**
 * The parser for the cells of one item (made once per instrument and item, see
 * {@link buildAnswerParser}), so that every reader of a large file, and every piece of it,
 * shares the same lookup tables.
 *
 * @example
 * answerParser(ofsted, findItem(ofsted, 'lm_cpd')!)('Agree') // 4
 */
export function answerParser(instrument: Instrument, item: Item): AnswerParser {
  let byItem = parsers.get(instrument);
  if (!byItem) parsers.set(instrument, (byItem = new WeakMap()));
  let parser = byItem.get(item);
  if (!parser) byItem.set(item, (parser = buildAnswerParser(instrument, item)));
  return parser;
}

/**
 * Builds a fast parser for the cells of one item. Scale answers are cached by their exact cell
 * text, so a large file with few distinct spellings costs one Map lookup per cell.
 *
 * @example
 * const parse = buildAnswerParser(ofsted, findItem(ofsted, 'lm_cpd')!);
 * parse(' strongly AGREE ') // 5
 * parse('4')                // 4
 * parse('')                 // undefined (not answered)
 * parse('Agreed')           // AnswerParseFailure { message: 'unknown answer "Agreed": expected one of …' }
 */
function buildAnswerParser(instrument: Instrument, item: Item): AnswerParser {
  const scale = scaleOf(instrument, item);
  switch (item.type) {
    case 'likert':
    case 'rating':
    case 'single': {
      if (!scale) throw new Error(`Item ${item.id} has no scale`);
      const lookup = optionLookup(scale);
      const cache = new SpellingCache();
      // Cells of one character (codes 0–9, mostly) are looked up by character code, without hashing.
      const byChar = new Float64Array(128).fill(Number.NaN);
      for (let c = 33; c < 127; c++) {
        const code = lookup(String.fromCharCode(c));
        if (code !== undefined) byChar[c] = code;
      }
      return (cell) => {
        if (cell.length === 1) {
          const c = cell.charCodeAt(0);
          if (c < 128 && !Number.isNaN(byChar[c]!)) return byChar[c]!;
        } else if (cell.length === 0) return undefined;
        const hit = cache.get(cell);
        if (hit !== undefined) return hit;
        if (cell.trim() === '') return undefined;
        const code = lookup(cell);
        if (code === undefined) return new AnswerParseFailure(`unknown answer "${cell.trim()}": ${expected(scale)}`);
        cache.add(cell, code);
        return code;
      };
    }
    case 'multi': {
      if (!scale) throw new Error(`Item ${item.id} has no scale`);
      const lookup = optionLookup(scale);
      const separator = MULTI_SEPARATOR.trim();
      return (cell) => {
        if (cell.trim() === '') return undefined;
        const codes: number[] = [];
        for (const part of cell.split(separator)) {
          if (part.trim() === '') continue;
          const code = lookup(part);
          if (code === undefined) {
            return new AnswerParseFailure(
              `unknown answer "${part.trim()}" (choices are separated by "${MULTI_SEPARATOR}"): ${expected(scale)}`,
            );
          }
          codes.push(code);
        }
        if (codes.length === 0) return undefined;
        const problem = answerProblem(instrument, item, codes);
        return problem ? new AnswerParseFailure(`"${cell.trim()}": ${problem}`) : codes;
      };
    }
    case 'number':
      return (cell) => {
        const text = cell.trim();
        if (text === '') return undefined;
        if (!NUMBER.test(text)) return new AnswerParseFailure(`"${text}" is not a number`);
        const value = Number(text);
        const problem = answerProblem(instrument, item, value);
        return problem ? new AnswerParseFailure(`${text}: ${problem}`) : value;
      };
    case 'text':
      return (cell) => {
        if (cell.trim() === '') return undefined;
        const problem = answerProblem(instrument, item, cell);
        return problem ? new AnswerParseFailure(`text ${problem}`) : cell;
      };
  }
}
