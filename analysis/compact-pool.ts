import type { Answer } from '../lib/instruments/answers';
import { allItems } from '../lib/instruments/items';
import type { SurveyResponse } from '../lib/instruments/response';
import type { Instrument } from '../lib/instruments/schema';
import { isoWeekKey, monthKey } from './periods';

/** Stands for "not answered" in the code columns. */
const BLANK = -0x8000_0000;
const DAY_MS = 86_400_000;

/**
 * A {@link CompactPool} as plain data (strings and typed arrays), to be saved and read back: see
 * {@link CompactPool.toData} and {@link CompactPool.fromData}.
 */
export interface CompactPoolData {
  size: number;
  authorities: { code: string; name: string }[];
  roles: string[];
  weeks: string[];
  months: string[];
  /** Per response (`size` of each). */
  authority: Uint32Array;
  role: Uint8Array;
  day: Int32Array;
  week: Uint32Array;
  month: Uint32Array;
  /** Per counted item, per response. */
  codes: Int32Array[];
  lists: (number[] | undefined)[][];
}

type PerResponse = Pick<CompactPoolData, 'authority' | 'role' | 'day' | 'week' | 'month'>;
type Column = Uint32Array | Uint8Array | Int32Array;

/** The per-response columns, each passed through `change` (the one place that lists them). */
function mapColumns(columns: PerResponse, change: <T extends Column>(column: T) => T): PerResponse {
  return { authority: change(columns.authority), role: change(columns.role), day: change(columns.day), week: change(columns.week), month: change(columns.month) };
}

/** A copy of `column` in an array of `length` elements (cut, or padded with zeros). */
function resized<T extends Column>(column: T, length: number): T {
  const array = new (column.constructor as new (n: number) => T)(length);
  array.set(column.length > length ? column.subarray(0, length) : column);
  return array;
}

/** The layout of {@link CompactPoolData}; a change to it is a new number. */
export const COMPACT_POOL_FORMAT = 1;

/**
 * The pooled responses to one questionnaire, held compactly in memory so that the dashboard reads
 * the database once and then counts again for every filter in milliseconds: per response, indices
 * of its authority, role, day, ISO week and month, and one code per single-answer item in typed
 * arrays (choose-several answers kept as lists). No response ids, teams or free text are kept.
 *
 * @example
 * const pool = new CompactPool(getBuiltinInstrument('pulse'));
 * for (const response of responses) pool.add(response);
 * pool.size // 4000
 */
export class CompactPool {
  /** Authorities by index: the code, and the name it was first seen with. */
  readonly authorities: { code: string; name: string }[] = [];
  /** Role values by index, as stored ('social_worker', 'manager'). */
  readonly roles: string[] = [];
  readonly weeks: string[] = [];
  readonly months: string[] = [];
  /** Indices of `allItems(instrument)` that have a scale (the items that are counted). */
  readonly countedItems: number[];
  size = 0;

  /** Per response: indices of its authority, role, week and month, and its UTC day. */
  private columns: PerResponse = { authority: new Uint32Array(1024), role: new Uint8Array(1024), day: new Int32Array(1024), week: new Uint32Array(1024), month: new Uint32Array(1024) };
  private codes: Int32Array[];
  private lists: (number[] | undefined)[][];
  private readonly periodsOfDay = new Map<number, [number, number]>();
  private readonly index = { authority: new Map<string, number>(), role: new Map<string, number>(), week: new Map<string, number>(), month: new Map<string, number>() };
  private readonly itemIds: string[];
  private readonly multiple: boolean[];

  constructor(readonly instrument: Instrument) {
    const items = allItems(instrument);
    this.itemIds = items.map((item) => item.id);
    this.countedItems = items.flatMap((item, i) => ('scale' in item ? [i] : []));
    this.multiple = items.map((item) => item.type === 'multi');
    this.codes = this.countedItems.map(() => new Int32Array(1024));
    this.lists = this.countedItems.map(() => []);
  }

  private static indexOf(map: Map<string, number>, list: string[], value: string): number {
    let found = map.get(value);
    if (found === undefined) {
      found = list.push(value) - 1;
      map.set(value, found);
    }
    return found;
  }

  private grow(): void {
    const larger = <T extends Column>(column: T): T => resized(column, column.length * 2);
    this.columns = mapColumns(this.columns, larger);
    this.codes = this.codes.map(larger);
  }

  /**
   * The pool as plain data (copies: the pool can still grow).
   *
   * @example
   * await db.poolSnapshots.put({ …, pool: pool.toData() });
   */
  toData(): CompactPoolData {
    const n = this.size;
    return {
      size: n,
      authorities: this.authorities.map((a) => ({ ...a })),
      roles: [...this.roles],
      weeks: [...this.weeks],
      months: [...this.months],
      ...mapColumns(this.columns, (column) => resized(column, n)),
      codes: this.codes.map((column) => column.slice(0, n)),
      lists: this.lists.map((column) => column.slice(0, n)),
    };
  }

  /**
   * A pool again from {@link toData}'s data, for the same questionnaire. Throws when the data does
   * not fit the questionnaire's items (data saved for another version of it).
   *
   * @example
   * const pool = CompactPool.fromData(instrument, snapshot.pool);
   */
  static fromData(instrument: Instrument, data: CompactPoolData): CompactPool {
    const pool = new CompactPool(instrument);
    const n = data.size;
    const perResponse = [data.authority, data.role, data.day, data.week, data.month, ...data.codes];
    if (data.codes.length !== pool.countedItems.length || data.lists.length !== pool.countedItems.length || perResponse.some((column) => column.length !== n)) {
      throw new Error(`The saved pool does not fit the items of ${instrument.id} ${instrument.version}`);
    }
    // The data's arrays are used as they are (they were read for this pool); an empty pool gets
    // one slot, so that add() can grow the arrays by doubling.
    const room = <T extends Column>(column: T): T => (n > 0 ? column : resized(column, 1));
    pool.columns = mapColumns(data, room);
    pool.codes = data.codes.map(room);
    pool.lists = data.lists;
    data.authorities.forEach((authority, i) => {
      pool.authorities.push({ ...authority });
      pool.index.authority.set(authority.code, i);
    });
    for (const [list, index, values] of [
      [pool.roles, pool.index.role, data.roles],
      [pool.weeks, pool.index.week, data.weeks],
      [pool.months, pool.index.month, data.months],
    ] as const) {
      values.forEach((value, i) => {
        list.push(value);
        index.set(value, i);
      });
    }
    pool.size = n;
    return pool;
  }

  /** Adds one response to this questionnaire (responses to others are refused). */
  add(response: SurveyResponse): void {
    if (response.instrumentId !== this.instrument.id) throw new Error(`A response to ${response.instrumentId} cannot join the pool of ${this.instrument.id}`);
    if (this.size === this.columns.authority.length) this.grow();
    const i = this.size;
    let authority = this.index.authority.get(response.authorityCode);
    if (authority === undefined) {
      authority = this.authorities.push({ code: response.authorityCode, name: response.authorityName }) - 1;
      this.index.authority.set(response.authorityCode, authority);
    }
    const { columns } = this;
    columns.authority[i] = authority;
    columns.role[i] = CompactPool.indexOf(this.index.role, this.roles, response.role);
    const day = Math.floor(Date.parse(response.submittedAt) / DAY_MS);
    columns.day[i] = day;
    // Periods are worked out once per day, not once per response.
    let periods = this.periodsOfDay.get(day);
    if (!periods) {
      const date = new Date(day * DAY_MS);
      periods = [CompactPool.indexOf(this.index.week, this.weeks, isoWeekKey(date)), CompactPool.indexOf(this.index.month, this.months, monthKey(date))];
      this.periodsOfDay.set(day, periods);
    }
    [columns.week[i], columns.month[i]] = periods;
    this.countedItems.forEach((itemIndex, c) => {
      const answer: Answer | undefined = response.answers[this.itemIds[itemIndex]!];
      if (this.multiple[itemIndex]) this.lists[c]![i] = Array.isArray(answer) && answer.length > 0 ? [...answer] : undefined;
      else this.codes[c]![i] = typeof answer === 'number' ? answer : BLANK;
    });
    this.size += 1;
  }

  authorityOf(i: number): number {
    return this.columns.authority[i]!;
  }

  roleOf(i: number): number {
    return this.columns.role[i]!;
  }

  /** The UTC day of the response, as days since 1970-01-01. */
  dayOf(i: number): number {
    return this.columns.day[i]!;
  }

  /** Index into `weeks` or `months`. */
  periodOf(i: number, interval: 'week' | 'month'): number {
    return interval === 'week' ? this.columns.week[i]! : this.columns.month[i]!;
  }

  /**
   * Writes the response's answers into `values`, aligned with `allItems(instrument)` (undefined
   * where not answered): the form `addAnswerValues` counts.
   */
  answersOf(i: number, values: (Answer | undefined)[]): void {
    // A plain loop: this runs for every response at every change of period.
    const { countedItems, multiple, codes, lists } = this;
    for (let c = 0; c < countedItems.length; c++) {
      const itemIndex = countedItems[c]!;
      if (multiple[itemIndex]) values[itemIndex] = lists[c]![i];
      else {
        const code = codes[c]![i]!;
        values[itemIndex] = code === BLANK ? undefined : code;
      }
    }
  }
}

/**
 * A date `YYYY-MM-DD` (a UTC day) as days since 1970-01-01, for comparing with `dayOf`.
 *
 * @example
 * dayNumber('1970-01-02') // 1
 */
export function dayNumber(date: string): number {
  const time = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(time)) throw new RangeError(`Not a date: ${date}`);
  return Math.floor(time / DAY_MS);
}
