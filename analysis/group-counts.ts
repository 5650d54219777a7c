import type { Answer } from '../lib/instruments/answers';
import { NOT_ANSWERED_CODE } from '../lib/io/answer-code';
import { allItems, findItem, scaleOf } from '../lib/instruments/items';
import type { SurveyResponse } from '../lib/instruments/response';
import { ROLE_LABELS, ROLES, isRole } from '../lib/instruments/roles';
import type { Instrument, Item } from '../lib/instruments/schema';
import type { ItemCounts } from './item-counts';
import { isoWeekKey, monthKey } from './periods';

/**
 * A streaming accumulator: responses go in one at a time and only counts are kept, per group and
 * per item, so memory grows with groups × items, never with respondents. Counting is done in
 * typed arrays; {@link sortedGroups} and {@link totalCounts} hand the counts out as
 * {@link ItemCounts}.
 */

/**
 * Columns a breakdown can use:
 * - `authority` (grouped by authority_code, labelled with authority_name), `authority_code`,
 *   `authority_name`, `role`, `team`, `instrument_version`;
 * - `week` (ISO week of submitted_at, `2025-W07`) and `month` (`2025-02`), in UTC;
 * - the id of any single-answer item (likert, rating, single), grouped by the answer given.
 */
export const PROFILE_GROUP_COLUMNS = [
  'authority',
  'authority_code',
  'authority_name',
  'role',
  'team',
  'instrument_version',
  'week',
  'month',
] as const;

/** Thrown for a breakdown column that is neither a profile column nor a single-answer item. */
export class UnknownGroupColumnError extends Error {
  constructor(
    readonly column: string,
    readonly instrumentId: string,
  ) {
    super(
      `Cannot break down by "${column}": use ${PROFILE_GROUP_COLUMNS.join(', ')} or the id of a single-answer item of "${instrumentId}".`,
    );
    this.name = 'UnknownGroupColumnError';
  }
}

/** Who answered and when: the fixed columns of a response, as both readers and the database give them. */
export interface ResponseProfile {
  /** When given, a response to another instrument is left out. */
  instrumentId?: string;
  authorityCode: string;
  authorityName: string;
  role: string;
  team: string;
  instrumentVersion: string;
  submittedAt: string;
}

/** The counts of one group (one combination of breakdown values). */
export interface GroupCounts {
  /** The group's values joined; unique within an accumulator. */
  key: string;
  /** One value per breakdown column (authority code, role id, team, week, answer code…). */
  values: string[];
  /** Readable labels for the values (authority name, "Social worker", the answer's label…). */
  labels: string[];
  /** Responses counted in the group. */
  respondents: number;
  /** Item id → counts, for every scaled item (likert, rating, single, multi) of the instrument. */
  items: Map<string, ItemCounts>;
}

/** Where one counted item's counters sit in a group's array. */
interface Layout {
  item: Item;
  /** Index of the item in `allItems(instrument)`. */
  index: number;
  offset: number;
  codes: number[];
  /** code → slot, for codes 0…1023 (-1: not an option); otherwise looked up in `codes`. */
  slotOf: Int16Array | undefined;
  blank: number;
}

/** One group's tallies, as the accumulator keeps them (plain data: it can pass between threads). */
export interface GroupState {
  key: string;
  values: string[];
  labels: string[];
  respondents: number;
  counters: Float64Array;
  /** Codes outside the scale (only from unvalidated input), per item index. */
  stray: Map<number, Map<number, number>> | undefined;
}

type Extractor = (profile: ResponseProfile, values: ArrayLike<Answer | undefined>) => string;

export interface CountsAccumulator {
  readonly instrument: Instrument;
  readonly groupBy: readonly string[];
  /** Scaled items in instrument order: the ones that get counts. */
  readonly items: readonly Item[];
  /** Responses to other instruments that were passed in and left out. */
  otherInstruments: number;
  /** Internal state: use {@link sortedGroups} and {@link totalCounts} to read the counts. */
  readonly state: {
    layouts: Layout[];
    /**
     * The layouts again as typed arrays, for the loop that runs once per answer: item index,
     * counter offset and blank slot per layout, and the slot of each code below
     * {@link SMALL_CODE_LIMIT} at `layout * SMALL_CODE_LIMIT + code` (-1: not an option).
     */
    flat: { indices: Int32Array; offsets: Int32Array; blanks: Int32Array; smallSlots: Int16Array };
    width: number;
    extractors: Extractor[];
    groups: Map<string, GroupState>;
    /**
     * The same groups, reached value by value (one Map level per breakdown column), so that
     * counting a response joins no strings: readers hand out the same string for the same value.
     */
    tree: Map<string, unknown>;
    itemIds: string[];
    scratch: (Answer | undefined)[];
  };
}

const KEY_SEPARATOR = '\u001f';
/** Codes below this are looked up in one flat table (scales are coded 1–5, 9 and the like). */
const SMALL_CODE_LIMIT = 16;
const NOT_ANSWERED = '';

/** A copy that does not pin the chunk of input text it was cut from. */
function detach(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}

function extractor(instrument: Instrument, column: string): Extractor {
  switch (column) {
    case 'authority':
    case 'authority_code':
      return (p) => p.authorityCode;
    case 'authority_name':
      return (p) => p.authorityName;
    case 'role':
      return (p) => p.role;
    case 'team':
      return (p) => p.team;
    case 'instrument_version':
      return (p) => p.instrumentVersion;
    case 'week':
      return (p) => isoWeekKey(p.submittedAt);
    case 'month':
      return (p) => monthKey(p.submittedAt);
  }
  const index = allItems(instrument).findIndex((item) => item.id === column);
  const item = allItems(instrument)[index];
  if (!item || !(item.type === 'likert' || item.type === 'rating' || item.type === 'single')) {
    throw new UnknownGroupColumnError(column, instrument.id);
  }
  return (_, values) => {
    const value = values[index];
    return typeof value === 'number' ? String(value) : NOT_ANSWERED;
  };
}

/**
 * Starts counting the responses to one instrument, broken down by `groupBy` (none by default).
 *
 * @example
 * const counts = createAccumulator(getBuiltinInstrument('ofsted-2011-social-workers'), { groupBy: ['authority'] });
 * for (const response of responses) addResponse(counts, response);
 */
export function createAccumulator(instrument: Instrument, options: { groupBy?: readonly string[] } = {}): CountsAccumulator {
  const groupBy = [...(options.groupBy ?? [])];
  if (new Set(groupBy).size !== groupBy.length) throw new Error(`A breakdown column is repeated: ${groupBy.join(', ')}`);
  const extractors = groupBy.map((column) => extractor(instrument, column));
  const all = allItems(instrument);
  const layouts: Layout[] = [];
  let width = 0;
  all.forEach((item, index) => {
    const scale = scaleOf(instrument, item);
    if (!scale || !('scale' in item)) return;
    const codes = scale.options.map((o) => o.code);
    const small = codes.every((code) => code >= 0 && code < 1024);
    const slotOf = small ? new Int16Array(Math.max(...codes) + 1).fill(-1) : undefined;
    codes.forEach((code, slot) => slotOf && (slotOf[code] = slot));
    layouts.push({ item, index, offset: width, codes, slotOf, blank: codes.length });
    width += codes.length + 1;
  });
  const smallSlots = new Int16Array(layouts.length * SMALL_CODE_LIMIT).fill(-1);
  layouts.forEach((layout, l) => layout.codes.forEach((code, slot) => code >= 0 && code < SMALL_CODE_LIMIT && (smallSlots[l * SMALL_CODE_LIMIT + code] = slot)));
  const flat = {
    indices: Int32Array.from(layouts, (l) => l.index),
    offsets: Int32Array.from(layouts, (l) => l.offset),
    blanks: Int32Array.from(layouts, (l) => l.offset + l.blank),
    smallSlots,
  };
  return {
    instrument,
    groupBy,
    items: layouts.map((l) => l.item),
    otherInstruments: 0,
    state: { layouts, flat, width, extractors, groups: new Map(), tree: new Map(), itemIds: all.map((item) => item.id), scratch: new Array(all.length) },
  };
}

function labelFor(instrument: Instrument, column: string, value: string, profile: ResponseProfile): string {
  switch (column) {
    case 'authority':
      return profile.authorityName || (value === '' ? '(no authority)' : `Authority ${value}`);
    case 'role':
      return isRole(value) ? ROLE_LABELS[value] : value;
    case 'team':
    case 'authority_code':
    case 'authority_name':
      return value === '' ? `(no ${column.replace('_', ' ')})` : value;
    case 'instrument_version':
    case 'week':
    case 'month':
      return value;
  }
  if (value === NOT_ANSWERED) return '(not answered)';
  const item = findItem(instrument, column);
  const option = item && scaleOf(instrument, item)?.options.find((o) => String(o.code) === value);
  return option?.label ?? value;
}

function groupFor(accumulator: CountsAccumulator, profile: ResponseProfile, values: ArrayLike<Answer | undefined>): GroupState {
  const { state } = accumulator;
  const extractors = state.extractors;
  const last = extractors.length - 1;
  let node = state.tree;
  for (let c = 0; c < last; c++) {
    const value = extractors[c]!(profile, values);
    let next = node.get(value) as Map<string, unknown> | undefined;
    if (!next) node.set(detach(value), (next = new Map()));
    node = next;
  }
  const value = last < 0 ? '' : extractors[last]!(profile, values);
  return (node.get(value) as GroupState | undefined) ?? newGroup(accumulator, profile, values, node, value);
}

function newGroup(
  accumulator: CountsAccumulator,
  profile: ResponseProfile,
  values: ArrayLike<Answer | undefined>,
  leaves: Map<string, unknown>,
  leafValue: string,
): GroupState {
  const { state, instrument, groupBy } = accumulator;
  const groupValues = state.extractors.map((extract) => detach(extract(profile, values)));
  const group: GroupState = {
    key: groupValues.join(KEY_SEPARATOR),
    values: groupValues,
    labels: groupValues.map((value, c) => detach(labelFor(instrument, groupBy[c]!, value, profile))),
    respondents: 0,
    counters: new Float64Array(state.width),
    stray: undefined,
  };
  state.groups.set(group.key, group);
  leaves.set(detach(leafValue), group);
  return group;
}

function countCode(group: GroupState, layout: Layout, code: number): void {
  const slot = layout.slotOf ? (code >= 0 && code < layout.slotOf.length ? layout.slotOf[code]! : -1) : layout.codes.indexOf(code);
  if (slot >= 0) {
    group.counters[layout.offset + slot]! += 1;
    return;
  }
  group.stray ??= new Map();
  let byCode = group.stray.get(layout.index);
  if (!byCode) group.stray.set(layout.index, (byCode = new Map()));
  byCode.set(code, (byCode.get(code) ?? 0) + 1);
}

/**
 * Counts one response given as a profile and its answers aligned with `allItems(instrument)`
 * (undefined where not answered): the fast path used by readers, which never builds an answers
 * object. Every counted response adds to every item: an answer, or a blank. A profile whose
 * `instrumentId` is another instrument's is left out (and counted in `otherInstruments`);
 * returns whether the response was counted.
 *
 * @example
 * await forEachCanonicalRow(stream, (row) => addAnswerValues(counts, row, row.values));
 */
export function addAnswerValues(
  accumulator: CountsAccumulator,
  profile: ResponseProfile,
  values: ArrayLike<Answer | undefined>,
  codes?: Int16Array,
): boolean {
  if (profile.instrumentId !== undefined && profile.instrumentId !== accumulator.instrument.id) {
    accumulator.otherInstruments += 1;
    return false;
  }
  const group = groupFor(accumulator, profile, values);
  group.respondents += 1;
  const counters = group.counters;
  const { indices, offsets, blanks, smallSlots } = accumulator.state.flat;
  if (codes) {
    // The reader's codes: a typed-array read instead of a look at each value's type.
    for (let l = 0; l < indices.length; l++) {
      const code = codes[indices[l]!]!;
      const slot = code >= 0 && code < SMALL_CODE_LIMIT ? smallSlots[l * SMALL_CODE_LIMIT + code]! : -1;
      if (slot >= 0) counters[offsets[l]! + slot]! += 1;
      else if (code === NOT_ANSWERED_CODE) counters[blanks[l]!]! += 1;
      else countValue(accumulator, group, l, values[indices[l]!]);
    }
  } else {
    for (let l = 0; l < indices.length; l++) countValue(accumulator, group, l, values[indices[l]!]);
  }
  return true;
}

/** Counts the answer to the item of layout `l`. */
function countValue(accumulator: CountsAccumulator, group: GroupState, l: number, value: Answer | undefined): void {
  const { layouts, flat } = accumulator.state;
  if (typeof value === 'number') {
    const slot = value >= 0 && value < SMALL_CODE_LIMIT && value === Math.floor(value) ? flat.smallSlots[l * SMALL_CODE_LIMIT + value]! : -1;
    if (slot >= 0) group.counters[flat.offsets[l]! + slot]! += 1;
    else countCode(group, layouts[l]!, value);
  } else if (Array.isArray(value) && value.length > 0) {
    for (const code of value) countCode(group, layouts[l]!, code);
  } else {
    group.counters[flat.blanks[l]!]! += 1;
  }
}

/**
 * Counts one response. Responses to other instruments are left out (and counted in
 * `otherInstruments`); returns whether the response was counted.
 *
 * @example
 * addResponse(counts, response) // true
 */
export function addResponse(accumulator: CountsAccumulator, response: SurveyResponse): boolean {
  if (response.instrumentId !== accumulator.instrument.id) {
    accumulator.otherInstruments += 1;
    return false;
  }
  const { itemIds, scratch } = accumulator.state;
  for (let i = 0; i < itemIds.length; i++) scratch[i] = response.answers[itemIds[i]!];
  return addAnswerValues(accumulator, response, scratch);
}

function snapshot(accumulator: CountsAccumulator, group: GroupState): GroupCounts {
  const items = new Map<string, ItemCounts>();
  for (const layout of accumulator.state.layouts) {
    const byCode = new Map<number, number>();
    layout.codes.forEach((code, slot) => {
      const count = group.counters[layout.offset + slot]!;
      if (count > 0) byCode.set(code, count);
    });
    for (const [code, count] of group.stray?.get(layout.index) ?? []) byCode.set(code, (byCode.get(code) ?? 0) + count);
    items.set(layout.item.id, { byCode, blank: group.counters[layout.offset + layout.blank]! });
  }
  return { key: group.key, values: [...group.values], labels: [...group.labels], respondents: group.respondents, items };
}

/**
 * Pools every group into one: the "all respondents" column.
 *
 * @example
 * totalCounts(counts).respondents // 483
 */
export function totalCounts(accumulator: CountsAccumulator): GroupCounts {
  const total: GroupState = {
    key: '',
    values: [],
    labels: [],
    respondents: 0,
    counters: new Float64Array(accumulator.state.width),
    stray: undefined,
  };
  for (const group of accumulator.state.groups.values()) addTallies(total, group);
  return snapshot(accumulator, total);
}

/** Adds one group's tallies to another's. */
function addTallies(into: GroupState, from: GroupState): void {
  into.respondents += from.respondents;
  const counters = into.counters;
  for (let i = 0; i < counters.length; i++) counters[i]! += from.counters[i]!;
  for (const [index, byCode] of from.stray ?? []) {
    into.stray ??= new Map();
    const codes = into.stray.get(index) ?? new Map<number, number>();
    for (const [code, count] of byCode) codes.set(code, (codes.get(code) ?? 0) + count);
    into.stray.set(index, codes);
  }
}

/**
 * What an accumulator counted, as plain data that a worker thread can hand back (see
 * {@link mergeCounts}).
 */
export interface CountsOfPart {
  groups: GroupState[];
  otherInstruments: number;
}

/**
 * The counts of an accumulator that read one part of a file, to be merged into another's.
 *
 * @example
 * parentPort.postMessage(countsOfPart(counts));
 */
export function countsOfPart(accumulator: CountsAccumulator): CountsOfPart {
  return { groups: [...accumulator.state.groups.values()], otherInstruments: accumulator.otherInstruments };
}

/**
 * Adds the counts of a later part of the input (same instrument and breakdown) to an
 * accumulator: the result is what one accumulator reading both parts in order would hold. A group
 * already here keeps its labels (taken, as always, from its first response).
 *
 * @example
 * mergeCounts(counts, countsOfPart(secondHalf));
 */
export function mergeCounts(accumulator: CountsAccumulator, part: CountsOfPart): void {
  const { groups, tree } = accumulator.state;
  accumulator.otherInstruments += part.otherInstruments;
  for (const group of part.groups) {
    const here = groups.get(group.key);
    if (here) {
      addTallies(here, group);
      continue;
    }
    groups.set(group.key, group);
    // The same path through the tree as groupFor takes (one level per breakdown column).
    const values = group.values.length === 0 ? [''] : group.values;
    let node = tree;
    for (const value of values.slice(0, -1)) {
      let next = node.get(value) as Map<string, unknown> | undefined;
      if (!next) node.set(value, (next = new Map()));
      node = next;
    }
    node.set(values[values.length - 1]!, group);
  }
}

/**
 * Respondents who answered an item: for a choose-several item, `respondents − blank` (its codes
 * are counted once per choice); for other items, the sum of the answer counts.
 *
 * @example
 * respondentsAnswering(group, item) // 444
 */
export function respondentsAnswering(group: GroupCounts, item: Item): number {
  const counts = group.items.get(item.id);
  if (!counts) return 0;
  if (item.type === 'multi') return group.respondents - counts.blank;
  let sum = 0;
  for (const count of counts.byCode.values()) sum += count;
  return sum;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The groups with their counts, in a stable order: roles as listed in ROLES, item answers in scale
 * order, other columns by label (then value), compared by code unit so every machine sorts alike.
 *
 * @example
 * sortedGroups(counts).map((g) => g.labels[0]) // ['Eastshire', 'Northshire', …]
 */
export function sortedGroups(accumulator: CountsAccumulator): GroupCounts[] {
  const { instrument, groupBy } = accumulator;
  const rank = groupBy.map((column): ((value: string) => number) | undefined => {
    if (column === 'role') return (value) => (ROLES as readonly string[]).indexOf(value);
    const item = findItem(instrument, column);
    const scale = item && scaleOf(instrument, item);
    if (!scale) return undefined;
    return (value) => (value === NOT_ANSWERED ? scale.options.length : scale.options.findIndex((o) => String(o.code) === value));
  });
  return [...accumulator.state.groups.values()]
    .sort((a, b) => {
      for (let c = 0; c < groupBy.length; c++) {
        const byRank = rank[c];
        const order = byRank
          ? byRank(a.values[c]!) - byRank(b.values[c]!)
          : compare(a.labels[c]!, b.labels[c]!) || compare(a.values[c]!, b.values[c]!);
        if (order !== 0) return order;
      }
      return 0;
    })
    .map((group) => snapshot(accumulator, group));
}

