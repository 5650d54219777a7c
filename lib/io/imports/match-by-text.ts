import { allItems, itemText, scaleOf } from '../../instruments/items';
import { ROLES, type Role } from '../../instruments/roles';
import type { Instrument, Item } from '../../instruments/schema';
import { foldAnswer, normaliseText } from './normalise-text';
import type { SourceColumn } from './source-table';

/** How a column matched an item by its wording. */
export type TextMatch =
  | { kind: 'item'; item: Item }
  /** One column per option of a multiple-answer question: a non-blank cell means this option was chosen. */
  | { kind: 'option'; item: Item; code: number }
  | { kind: 'ambiguous'; items: Item[] }
  | { kind: 'none' };

interface ItemWording {
  item: Item;
  /** Normalised full wordings: the text alone and stem + text, for every role. */
  full: Set<string>;
  /** Normalised texts without the stem, for every role (matched against matrix or grid rows). */
  text: Set<string>;
  stem?: string;
}

/**
 * The normalised wordings of every item, built once per instrument.
 *
 * @example
 * itemWordings(pulse)[1]?.full.has('my workload this week was manageable') // true
 */
export function itemWordings(instrument: Instrument): ItemWording[] {
  const roles: (Role | undefined)[] = [undefined, ...ROLES];
  return allItems(instrument).map((item) => {
    const texts = new Set(roles.map((role) => itemText(item, role)));
    const full = new Set<string>();
    const text = new Set<string>();
    for (const t of texts) {
      text.add(normaliseText(t));
      full.add(normaliseText(t));
      if (item.stem) full.add(normaliseText(`${item.stem} ${t}`));
    }
    return { item, full, text, stem: item.stem ? normaliseText(item.stem) : undefined };
  });
}

function unique(items: Item[]): Item[] {
  return [...new Set(items)];
}

/**
 * The beginnings of a text that end at a sentence break (`.`, `?`, `!` or `:` with more text after
 * it), normalised, longest first: where an item's wording may end when a tool adds help text to
 * the question (SurveyMonkey: "What is your gender?Note: we work …").
 *
 * @example
 * leadingSentences('What is your gender?Note: we ask everyone.') // ['what is your gender note', 'what is your gender']
 */
function leadingSentences(text: string): string[] {
  const ends = [...text.matchAll(/[.?!:](?=\s*\S)/g)].map((match) => match.index + 1);
  return ends.reverse().map((end) => normaliseText(text.slice(0, end)));
}

/**
 * Finds the item a column asks, by wording, ignoring case, white space and punctuation:
 * 1. the column's whole text (question, or question + row) is an item's text, or its stem + text,
 *    in the common or any role-specific wording; or, for a column without a row, the question
 *    begins with such a wording up to a sentence break (help text follows);
 * 2. a matrix or grid row is an item's text; if several items have that text, the one whose stem
 *    begins the question wins;
 * 3. the question is a multiple-answer item and the row one of its option labels (one column per option).
 *
 * @example
 * matchByText(wordings, { question: 'My workload this week was manageable', … }) // { kind: 'item', item: workload_manageable }
 */
export function matchByText(instrument: Instrument, wordings: readonly ItemWording[], column: SourceColumn): TextMatch {
  const question = normaliseText(column.question);
  const row = column.row !== undefined ? normaliseText(column.row) : undefined;
  const whole = new Set([normaliseText(column.name), row !== undefined ? `${question} ${row}`.trim() : question]);
  whole.delete('');

  const byWhole = unique(wordings.filter((w) => [...whole].some((t) => w.full.has(t))).map((w) => w.item));
  if (byWhole.length === 1 && byWhole[0]) return { kind: 'item', item: byWhole[0] };
  if (byWhole.length > 1) return { kind: 'ambiguous', items: byWhole };
  if (row === undefined || row === '') {
    for (const leading of leadingSentences(column.question)) {
      const byLeading = unique(wordings.filter((w) => w.full.has(leading)).map((w) => w.item));
      if (byLeading.length === 1 && byLeading[0]) return { kind: 'item', item: byLeading[0] };
      if (byLeading.length > 1) return { kind: 'ambiguous', items: byLeading };
    }
    return { kind: 'none' };
  }

  const byRow = wordings.filter((w) => w.text.has(row));
  if (byRow.length === 1 && byRow[0]) return { kind: 'item', item: byRow[0].item };
  if (byRow.length > 1) {
    const stemmed = byRow.filter((w) => w.stem && (question.startsWith(w.stem) || (question !== '' && w.stem.startsWith(question))));
    if (stemmed.length === 1 && stemmed[0]) return { kind: 'item', item: stemmed[0].item };
    return { kind: 'ambiguous', items: (stemmed.length > 1 ? stemmed : byRow).map((w) => w.item) };
  }

  for (const w of wordings) {
    if (w.item.type !== 'multi' || !w.full.has(question)) continue;
    const option = scaleOf(instrument, w.item)?.options.find((o) => foldAnswer(o.label) === foldAnswer(column.row ?? ''));
    if (option) return { kind: 'option', item: w.item, code: option.code };
  }
  return { kind: 'none' };
}
