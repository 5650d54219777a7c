import type { Answer } from '../instruments/answers';
import { BUILTIN_INSTRUMENTS } from '../instruments/builtin';
import { allItems } from '../instruments/items';
import type { Role } from '../instruments/roles';
import type { Instrument } from '../instruments/schema';
import { CANONICAL_COLUMNS } from './canonical-columns';
import { roleFromText } from './role-spelling';
import {
  CanonicalCsvDecoder,
  forEachCanonicalRow,
  LONG_FORM_COLUMNS,
  type CanonicalReadOptions,
  type CanonicalReadSummary,
  type CsvChunk,
  type CsvSource,
  type DecodedHandler,
  type DecodedResponse,
} from './canonical-csv-reader';
import { AnswerParseFailure, answerParser, type AnswerParser } from './parse-answer';
import { normaliseTimestamp } from './timestamp';

/**
 * A fast path for reading large canonical CSVs in the wide form, for aggregation. It works on the
 * bytes: rows are found with `indexOf` (native), cells are read in one pass without cutting
 * strings, answers are looked up in per-column tables (one entry per distinct spelling, filled
 * by the same `answerParser` the full reader uses), text columns are decoded only when a handler
 * reads them, and duplicate response ids are found with a set of 64-bit hashes (16 bytes a
 * response) instead of a map of strings. It hands out the same {@link DecodedResponse}s as
 * `forEachCanonicalRow`.
 *
 * It accepts only what it can check exactly as the full reader does. At anything else (the long
 * form, a cell that is not an answer, a line break it does not expect, a header out of the usual
 * order, a possible duplicate id) it stops with {@link FastPathDeclined};
 * {@link forEachCanonicalRowFast} then reads the file again with the full reader, which reports
 * every problem with file, line and column. So the fast path never changes what is accepted or
 * the numbers produced: only the time and memory they take.
 */

/** The fast path met something it leaves to the full reader. Not necessarily an error in the file. */
export class FastPathDeclined extends Error {
  constructor(
    readonly reason: string,
    readonly line: number,
  ) {
    super(`fast path declined at line ${line}: ${reason}`);
    this.name = 'FastPathDeclined';
  }
}

export interface FastReadOptions extends CanonicalReadOptions {
  /**
   * Checks that bytes are UTF-8. Default: a fatal TextDecoder. In Node, `isUtf8` from
   * `node:buffer` is about ten times faster.
   */
  isUtf8?: (bytes: Uint8Array) => boolean;
}

const COMMA = 44;
const QUOTE = 34;
const LF = 10;
const CR = 13;
const VERSION = /^\d+\.\d+\.\d+$/;
const MAX_ROW = 1 << 20;
const MAX_SPELLINGS = 64;
const MAX_INTERNED = 4096;


type Value = Answer | undefined | AnswerParseFailure;

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decoderCheck(bytes: Uint8Array): boolean {
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Text of a byte span (already known to be UTF-8). */
function decode(data: Uint8Array, start: number, end: number): string {
  return utf8.decode(data.subarray(start, end));
}

/** FNV-1a over a byte span. */
function hashSpan(data: Uint8Array, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ data[i]!, 0x01000193);
  return hash >>> 0;
}

function sameBytes(data: Uint8Array, start: number, end: number, bytes: Uint8Array): boolean {
  if (end - start !== bytes.length) return false;
  for (let i = 0; i < bytes.length; i++) if (data[start + i] !== bytes[i]) return false;
  return true;
}

/** Decoded, trimmed text of a column's cells, kept once per distinct spelling. */
class SpanInterner {
  private readonly entries = new Map<number, { bytes: Uint8Array; text: string }[]>();
  private size = 0;

  text(data: Uint8Array, start: number, end: number): string {
    const hash = hashSpan(data, start, end);
    const list = this.entries.get(hash);
    if (list) for (const entry of list) if (sameBytes(data, start, end, entry.bytes)) return entry.text;
    const text = decode(data, start, end).trim();
    if (this.size < MAX_INTERNED) {
      this.size++;
      const entry = { bytes: data.slice(start, end), text };
      if (list) list.push(entry);
      else this.entries.set(hash, [entry]);
    }
    return text;
  }
}

/** An open-addressing set of 64-bit hashes (two 32-bit halves), growing by doubling. */
class HashSet64 {
  private high = new Uint32Array(1 << 16);
  private low = new Uint32Array(1 << 16);
  private size = 0;

  /** Adds the hash; returns true if it was already there. `low` must not be 0 (a free slot). */
  add(high: number, low: number): boolean {
    if ((this.size + 1) * 2 > this.high.length) this.grow();
    const mask = this.high.length - 1;
    for (let slot = high & mask; ; slot = (slot + 1) & mask) {
      const l = this.low[slot]!;
      if (l === 0) {
        this.high[slot] = high;
        this.low[slot] = low;
        this.size++;
        return false;
      }
      if (l === low && this.high[slot] === high) return true;
    }
  }

  private grow(): void {
    const { high, low } = this;
    this.high = new Uint32Array(high.length * 2);
    this.low = new Uint32Array(low.length * 2);
    this.size = 0;
    for (let i = 0; i < high.length; i++) if (low[i] !== 0) this.add(high[i]!, low[i]!);
  }
}

/** Is this the canonical `YYYY-MM-DDTHH:MM:SS[.fff]Z` (as `normaliseTimestamp` returns it unchanged)? */
function isCanonicalUtcSpan(data: Uint8Array, start: number, end: number): boolean {
  const length = end - start;
  if (length < 20 || data[end - 1] !== 90 /* Z */) return false;
  for (let i = 0; i < 19; i++) {
    const c = data[start + i]!;
    const expected = i === 4 || i === 7 ? 45 : i === 10 ? 84 : i === 13 || i === 16 ? 58 : -1;
    if (expected === -1 ? c < 48 || c > 57 : c !== expected) return false;
  }
  if (length > 20) {
    if (data[start + 19] !== 46 || length === 21) return false;
    for (let i = start + 20; i < end - 1; i++) if (data[i]! < 48 || data[i]! > 57) return false;
  }
  const year = twoDigits(data, start) * 100 + twoDigits(data, start + 2);
  const month = twoDigits(data, start + 5);
  const day = twoDigits(data, start + 8);
  const days = month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return month >= 1 && month <= 12 && day >= 1 && day <= days && twoDigits(data, start + 11) <= 23 && twoDigits(data, start + 14) <= 59 && twoDigits(data, start + 17) <= 59;
}

function twoDigits(data: Uint8Array, at: number): number {
  return (data[at]! - 48) * 10 + data[at + 1]! - 48;
}

/** ASCII white space, all of which `String.prototype.trim` removes (tab, line feed, …, carriage return, space). */
function isSpace(byte: number | undefined): boolean {
  return byte === 32 || (byte !== undefined && byte >= 9 && byte <= 13);
}

/** Where a cell starts and ends without the ASCII white space around it. */
function trimStart(data: Uint8Array, start: number, end: number): number {
  while (start < end && isSpace(data[start])) start++;
  return start;
}
function trimEnd(data: Uint8Array, start: number, end: number): number {
  while (end > start && isSpace(data[end - 1])) end--;
  return end;
}

/** How one header column is read for one instrument: a fixed column (0), an item, another instrument's item. */
const ITEM = 1;
const FOREIGN = 2;

/** How an item column's cells are read. */
const SCALED = 0;
const SPELLED = 1;
const PARSED = 2;

interface Spelling {
  bytes: Uint8Array;
  value: Answer | undefined;
}

/** How the header's columns map onto one instrument. */
interface Plan {
  instrument: Instrument;
  /** Per header column: 0 (a fixed column), ITEM or FOREIGN; for ITEM, the item column's number k. */
  kind: Uint8Array;
  slot: Int32Array;
  /** Per item column k: the item's index in allItems, how to read it, its parser. */
  indices: Int32Array;
  reads: Uint8Array;
  parsers: AnswerParser[];
  /**
   * Per item column k and byte b < 128, at k × 128 + b: what a one-byte cell holds. `singleKind`
   * 1 = blank, 2 = the code in `singleCode`, 0 = read it the long way (an error, or not a code).
   */
  singleKind: Uint8Array;
  singleCode: Int32Array;
  /** Per item column: spellings seen, by length × 256 + first byte. */
  spellings: Map<number, Spelling[]>[];
  spellingCount: Int32Array;
  values: (Answer | undefined)[];
  /** True when every column after the fixed prefix is an item column, in order (the usual file). */
  contiguous: boolean;
  row: FastRow;
}

/**
 * The row handed to the handler: the fixed columns (the text ones decoded when first read) and
 * the answers. Reused for every row of its instrument: copy what you keep.
 */
class FastRow implements DecodedResponse {
  instrumentVersion = '';
  authorityCode = '';
  role: Role;
  line = 0;
  /** @internal the bytes and spans the lazy fields are read from. */
  data: Uint8Array = new Uint8Array(0);
  idStart = 0;
  idEnd = 0;
  nameStart = 0;
  nameEnd = 0;
  teamStart = 0;
  teamEnd = 0;
  time: string | undefined;
  timeStart = 0;
  timeEnd = 0;

  constructor(
    readonly instrument: Instrument,
    readonly values: (Answer | undefined)[],
    private readonly names: SpanInterner,
    private readonly teams: SpanInterner,
  ) {
    this.role = instrument.roles[0]!;
  }

  get instrumentId(): string {
    return this.instrument.id;
  }
  get responseId(): string {
    return decode(this.data, this.idStart, this.idEnd).trim();
  }
  get submittedAt(): string {
    return this.time ?? decode(this.data, this.timeStart, this.timeEnd);
  }
  get authorityName(): string {
    return this.names.text(this.data, this.nameStart, this.nameEnd);
  }
  get team(): string {
    return this.teams.text(this.data, this.teamStart, this.teamEnd);
  }
}

function lineBreaks(data: Uint8Array, start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end; i++) {
    const c = data[i];
    if (c === LF) count++;
    else if (c === CR) {
      count++;
      if (data[i + 1] === LF && i + 1 < end) i++;
    }
  }
  return count;
}

/**
 * The push-style fast decoder: `write` chunks, then `end`. Throws {@link FastPathDeclined} (from
 * either) when the file needs the full reader; valid rows go to `onRow` as they are read.
 *
 * @example
 * const decoder = new CanonicalCsvFastDecoder({ file: 'big.csv' }, (row) => addAnswerValues(counts, row, row.values));
 * for await (const chunk of createReadStream('big.csv')) decoder.write(chunk);
 * decoder.end();
 */
export class CanonicalCsvFastDecoder {
  private readonly file: string;
  private readonly instruments: Map<string, Instrument>;
  private readonly checkDuplicates: boolean;
  private readonly isUtf8: (bytes: Uint8Array) => boolean;
  private readonly ids = new HashSet64();
  private readonly plans = new Map<string, Plan>();
  private readonly versions = new Set<string>();
  private readonly roleByText = new Map<string, Role | null>();
  private readonly byInstrument = new Map<string, number>();
  private readonly interners = {
    instrument: new SpanInterner(),
    version: new SpanInterner(),
    code: new SpanInterner(),
    role: new SpanInterner(),
    name: new SpanInterner(),
    team: new SpanInterner(),
  };
  /** Bytes of an unfinished row (or header) from the previous chunk. */
  private pending: Uint8Array | undefined;
  private started = false;
  private ended = false;
  private names: string[] | undefined;
  private columnCount = 0;
  private crlf = false;
  private fixed!: Record<(typeof CANONICAL_COLUMNS)[number], number>;
  /** Header columns before the first item column: where the instrument is read from. */
  private prefix = 0;
  private starts = new Int32Array(0);
  private ends = new Int32Array(0);
  private line = 1;
  private count = 0;
  private lastPlan: Plan | undefined;
  private lastInstrument: Uint8Array = new Uint8Array(0);
  private lastRole: Uint8Array = new Uint8Array(0);
  private lastVersion: Uint8Array | undefined;
  private lastVersionValue = '';
  private lastRoleValue: Role | undefined;

  constructor(
    private readonly options: FastReadOptions,
    private readonly onRow: DecodedHandler,
  ) {
    this.file = options.file ?? '(input)';
    const instruments = options.instruments ?? BUILTIN_INSTRUMENTS;
    this.instruments = new Map(instruments.map((instrument) => [instrument.id, instrument]));
    this.checkDuplicates = options.checkDuplicateIds ?? true;
    this.isUtf8 = options.isUtf8 ?? decoderCheck;
    if (options.form === 'long') this.decline('the long form is read by the full reader');
  }

  private decline(reason: string): never {
    throw new FastPathDeclined(reason, this.line);
  }

  /** Adds a chunk of UTF-8 bytes (or text). */
  write(chunk: CsvChunk): void {
    if (this.ended) throw new Error('CanonicalCsvFastDecoder: write after end');
    this.consume(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk, false);
  }

  /** Finishes: the summary, exactly as the full reader would give it. */
  end(): CanonicalReadSummary {
    if (this.ended) throw new Error('CanonicalCsvFastDecoder: end called twice');
    this.ended = true;
    this.consume(new Uint8Array(0), true);
    if (!this.names) this.decline('no header');
    return {
      file: this.file,
      form: 'wide',
      responses: this.count,
      byInstrument: Object.fromEntries([...this.byInstrument].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
      lines: this.line - 1,
    };
  }

  private consume(chunk: Uint8Array, final: boolean): void {
    let data = chunk;
    let pos = 0;
    if (!this.started) {
      if (data.length === 0 && !final) return;
      this.started = true;
      if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) pos = 3;
    }
    if (this.pending) {
      // The unfinished row of the previous chunk, completed with the start of this one.
      const lf = data.indexOf(LF);
      if (lf < 0 && !final) {
        this.pending = join(this.pending, data);
        if (this.pending.length > MAX_ROW) this.decline('a very long row');
        return;
      }
      const take = lf < 0 ? data.length : lf + 1;
      const row = join(this.pending, data.subarray(0, take));
      this.pending = undefined;
      const used = this.rows(row, 0, final && lf < 0);
      if (used < row.length) {
        // A quoted cell spans further lines: keep everything and wait for more.
        this.pending = join(row.subarray(used), data.subarray(take));
        if (this.pending.length > MAX_ROW) this.decline('a very long row');
        if (!final) return;
        data = this.pending;
        this.pending = undefined;
        pos = 0;
        if (this.rows(data, 0, true) < data.length) this.decline('an unfinished row at the end');
        return;
      }
      pos = take;
    }
    const used = this.rows(data, pos, final);
    if (used < data.length) {
      this.pending = data.slice(used);
      if (this.pending.length > MAX_ROW) this.decline('a very long row');
      if (final) this.decline('an unfinished row at the end');
    }
  }

  /** Reads the complete rows of `data` from `pos`; returns where the unread rest starts. */
  private rows(data: Uint8Array, pos: number, final: boolean): number {
    const length = data.length;
    if (!this.names) {
      const lf = data.indexOf(LF, pos);
      if (lf < 0 && !final) return pos;
      pos = this.readHeader(data, pos, lf < 0 ? length : lf);
    }
    // Only the complete rows are checked for UTF-8: a row ends at a line feed, never inside a character.
    const lastLf = final ? length : data.lastIndexOf(LF) + 1;
    if (lastLf > pos && !this.isUtf8(data.subarray(pos, lastLf))) this.decline('not UTF-8');
    let quote = data.indexOf(QUOTE, pos);
    while (pos < length) {
      let lf = data.indexOf(LF, pos);
      if (lf < 0) {
        if (!final) return pos;
        lf = length;
      }
      if (quote >= 0 && quote < pos) quote = data.indexOf(QUOTE, pos);
      if (quote >= 0 && quote < lf) {
        const next = this.quotedRow(data, pos, final);
        if (next < 0) return pos;
        pos = next;
        quote = data.indexOf(QUOTE, pos);
        continue;
      }
      let end = lf;
      if (this.crlf) {
        if (lf < length) {
          if (data[lf - 1] !== CR || lf === pos) this.decline('a bare line feed in a file with CRLF line ends');
          end = lf - 1;
        }
      }
      this.plainRow(data, pos, end);
      pos = lf + 1;
    }
    return Math.min(pos, length);
  }

  /** Reads and checks the header (with the full reader); returns where the rows start. */
  private readHeader(data: Uint8Array, pos: number, lf: number): number {
    const crlf = lf > pos && lf < data.length && data[lf - 1] === CR;
    const headerBytes = data.subarray(pos, crlf ? lf - 1 : lf);
    if (!this.isUtf8(headerBytes)) this.decline('not UTF-8');
    const header = decode(headerBytes, 0, headerBytes.length);
    if (header.includes('"') || header.includes('\r') || header.trim() === '') this.decline('a quoted, unusual or empty header');
    const check = new CanonicalCsvDecoder({ ...this.options, file: this.file }, { onRow() {} });
    try {
      check.write(`${header}\n`);
      check.end();
    } catch {
      this.decline('the header has problems');
    }
    const names = header.split(',').map((name) => name.trim());
    const long = names.includes('item') && names.includes('answer') && names.every((name) => (LONG_FORM_COLUMNS as readonly string[]).includes(name));
    if (long && this.options.form !== 'wide') this.decline('the long form is read by the full reader');
    const fixed = new Set<string>(CANONICAL_COLUMNS);
    this.prefix = names.findIndex((name) => !fixed.has(name));
    if (this.prefix < 0) this.prefix = names.length;
    if (names.indexOf('instrument') >= this.prefix) this.decline('item columns before the instrument column');
    this.names = names;
    this.columnCount = names.length;
    this.crlf = crlf;
    this.fixed = Object.fromEntries(CANONICAL_COLUMNS.map((name) => [name, names.indexOf(name)])) as Record<(typeof CANONICAL_COLUMNS)[number], number>;
    this.starts = new Int32Array(names.length);
    this.ends = new Int32Array(names.length);
    this.line = 2;
    return Math.min(lf + 1, data.length);
  }

  private plan(instrumentId: string): Plan {
    let plan = this.plans.get(instrumentId);
    if (plan) return plan;
    const instrument = this.instruments.get(instrumentId);
    if (!instrument) this.decline(`unknown instrument "${instrumentId}"`);
    const items = allItems(instrument);
    const indexOf = new Map(items.map((item, index) => [item.id, index]));
    const fixed = new Set<string>(CANONICAL_COLUMNS);
    const kind = new Uint8Array(this.columnCount);
    const slot = new Int32Array(this.columnCount).fill(-1);
    const indices: number[] = [];
    const reads: number[] = [];
    const parsers: AnswerParser[] = [];
    this.names!.forEach((name, column) => {
      if (fixed.has(name)) return;
      const index = indexOf.get(name);
      if (index === undefined) {
        kind[column] = FOREIGN;
        return;
      }
      const item = items[index]!;
      kind[column] = ITEM;
      slot[column] = indices.length;
      indices.push(index);
      reads.push(item.type === 'likert' || item.type === 'rating' || item.type === 'single' ? SCALED : item.type === 'multi' ? SPELLED : PARSED);
      parsers.push(answerParser(instrument, item));
    });
    const values = new Array<Answer | undefined>(items.length).fill(undefined);
    const singleKind = new Uint8Array(indices.length * 128);
    const singleCode = new Int32Array(indices.length * 128);
    reads.forEach((read, k) => {
      if (read !== SCALED) return;
      for (let byte = 0; byte < 128; byte++) {
        const value = parsers[k]!(String.fromCharCode(byte));
        if (value === undefined) singleKind[k * 128 + byte] = 1;
        else if (typeof value === 'number' && (value | 0) === value) {
          singleKind[k * 128 + byte] = 2;
          singleCode[k * 128 + byte] = value;
        }
      }
    });
    plan = {
      instrument,
      kind,
      slot,
      indices: Int32Array.from(indices),
      reads: Uint8Array.from(reads),
      parsers,
      singleKind,
      singleCode,
      spellings: indices.map(() => new Map()),
      spellingCount: new Int32Array(indices.length),
      values,
      contiguous: indices.length === this.columnCount - this.prefix && [...slot.subarray(this.prefix)].every((k, i) => k === i),
      row: new FastRow(instrument, values, this.interners.name, this.interners.team),
    };
    this.plans.set(instrumentId, plan);
    return plan;
  }

  /** The value of a cell of item column k, from its byte span. */
  private value(plan: Plan, k: number, data: Uint8Array, start: number, end: number): Value {
    const length = end - start;
    if (length === 0) return undefined;
    const read = plan.reads[k];
    if (read === PARSED) return plan.parsers[k]!(decode(data, start, end));
    const key = length * 256 + data[start]!;
    const candidates = plan.spellings[k]!.get(key);
    if (candidates) for (const spelling of candidates) if (sameBytes(data, start, end, spelling.bytes)) return spelling.value;
    const value = plan.parsers[k]!(decode(data, start, end));
    if (!(value instanceof AnswerParseFailure) && plan.spellingCount[k]! < MAX_SPELLINGS) {
      plan.spellingCount[k]! += 1;
      const entry = { bytes: data.slice(start, end), value };
      if (candidates) candidates.push(entry);
      else plan.spellings[k]!.set(key, [entry]);
    }
    return value;
  }

  /** A row without quotes in [start, end): cells found and read in one pass. */
  private plainRow(data: Uint8Array, start: number, end: number): void {
    const line = this.line++;
    const starts = this.starts;
    const ends = this.ends;
    const prefix = this.prefix;
    const columns = this.columnCount;
    let p = start;
    let column = 0;
    let done = false;
    // The fixed columns before the first item column.
    for (; column < prefix && !done; column++) {
      starts[column] = p;
      while (p < end && data[p] !== COMMA) p++;
      ends[column] = p;
      if (p < end) p++;
      else done = true;
    }
    if (column < prefix || (done && column < columns)) {
      // The row ended early: a blank line is skipped, anything else is for the full reader.
      if (column === 1 && trimStart(data, start, end) === end) return;
      this.decline('a row with too few cells');
    }
    const plan = this.planOf(data);
    const { values, kind, slot, indices, singleKind, singleCode } = plan;
    if (plan.contiguous && column === prefix) {
      // The usual file: the answers, one item after another, most of them one character or blank.
      const count = indices.length;
      for (let k = 0; k < count; k++) {
        if (done) this.decline('a row with too few cells');
        const first = p < end ? data[p]! : COMMA;
        if (first === COMMA) values[indices[k]!] = undefined;
        else {
          const next = p + 1 < end ? data[p + 1]! : COMMA;
          const single = first < 128 && next === COMMA ? singleKind[k * 128 + first]! : 0;
          if (single !== 0) {
            p++;
            values[indices[k]!] = single === 2 ? singleCode[k * 128 + first] : undefined;
          } else {
            const cellStart = p;
            while (p < end && data[p] !== COMMA) p++;
            const value = this.value(plan, k, data, cellStart, p);
            if (value instanceof AnswerParseFailure) this.decline('an answer that is not one of the options');
            values[indices[k]!] = value;
          }
        }
        if (p < end) p++;
        else done = true;
      }
      column = columns;
    }
    for (; column < columns; column++) {
      if (done) this.decline('a row with too few cells');
      const cellStart = p;
      if (kind[column] === ITEM) {
        const k = slot[column]!;
        // The common cells first: blank, or one character (a code) looked up in the column's table.
        const first = p < end ? data[p]! : COMMA;
        if (first === COMMA) values[indices[k]!] = undefined;
        else if ((p + 1 >= end || data[p + 1] === COMMA) && first < 128 && singleKind[k * 128 + first] !== 0) {
          p++;
          values[indices[k]!] = singleKind[k * 128 + first] === 2 ? singleCode[k * 128 + first] : undefined;
        } else {
          while (p < end && data[p] !== COMMA) p++;
          const value = this.value(plan, k, data, cellStart, p);
          if (value instanceof AnswerParseFailure) this.decline('an answer that is not one of the options');
          values[indices[k]!] = value;
        }
      } else {
        while (p < end && data[p] !== COMMA) p++;
        starts[column] = cellStart;
        ends[column] = p;
        if (kind[column] === FOREIGN && trimStart(data, cellStart, p) !== p) this.decline('an answer to an item of another instrument');
      }
      if (p < end) p++;
      else done = true;
    }
    if (!done) this.decline('a row with too many cells');
    this.emit(plan, data, line);
  }

  /** A row with quoted cells, which may span lines: returns where the next row starts, or -1 for more text. */
  private quotedRow(data: Uint8Array, start: number, final: boolean): number {
    const length = data.length;
    const cells: Uint8Array[] = [];
    let p = start;
    let breaks = 0;
    for (;;) {
      let c = p < length ? data[p]! : -1;
      if (c === QUOTE) {
        const parts: Uint8Array[] = [];
        let segment = p + 1;
        for (let from = segment; ; ) {
          const close = data.indexOf(QUOTE, from);
          if (close < 0) {
            if (final) this.decline('a quoted cell is not closed');
            return -1;
          }
          if (close + 1 >= length && !final) return -1;
          if (data[close + 1] === QUOTE) {
            parts.push(data.subarray(segment, close + 1));
            from = segment = close + 2;
            continue;
          }
          parts.push(data.subarray(segment, close));
          p = close + 1;
          break;
        }
        const cell = parts.length === 1 ? parts[0]! : parts.reduce((a, b) => join(a, b));
        breaks += lineBreaks(cell, 0, cell.length);
        cells.push(cell);
        c = p < length ? data[p]! : -1;
        if (c !== COMMA && c !== LF && c !== CR && c !== -1) this.decline('text after a closing quote');
      } else {
        const cellStart = p;
        while (p < length) {
          c = data[p]!;
          if (c === COMMA || c === LF || c === CR) break;
          if (c === QUOTE) this.decline('a quote inside an unquoted cell');
          p++;
        }
        if (p >= length) c = -1;
        cells.push(data.subarray(cellStart, p));
      }
      if (c === COMMA) {
        p++;
        continue;
      }
      let next: number;
      if (c === -1) {
        if (!final) return -1;
        next = length;
      } else if (c === LF) {
        if (this.crlf) this.decline('a bare line feed in a file with CRLF line ends');
        next = p + 1;
      } else {
        if (!this.crlf) this.decline('a carriage return in a file with LF line ends');
        if (p + 1 >= length) {
          if (!final) return -1;
          this.decline('a carriage return at the end');
        }
        if (data[p + 1] !== LF) this.decline('a bare carriage return');
        next = p + 2;
      }
      this.cellsRow(cells, breaks);
      return next;
    }
  }

  /** A row given as its cells' bytes: laid out in one buffer and read like a plain row. */
  private cellsRow(cells: Uint8Array[], breaks: number): void {
    const line = this.line;
    this.line += 1 + breaks;
    if (cells.length !== this.columnCount) {
      if (cells.length === 1 && decode(cells[0]!, 0, cells[0]!.length).trim() === '') return;
      this.decline('a row with the wrong number of cells');
    }
    const total = cells.reduce((sum, cell) => sum + cell.length, 0);
    const data = new Uint8Array(total);
    let offset = 0;
    cells.forEach((cell, column) => {
      data.set(cell, offset);
      this.starts[column] = offset;
      offset += cell.length;
      this.ends[column] = offset;
    });
    const plan = this.planOf(data);
    for (let column = this.prefix; column < this.columnCount; column++) {
      const s = this.starts[column]!;
      const e = this.ends[column]!;
      if (plan.kind[column] === ITEM) {
        const k = plan.slot[column]!;
        const value = this.value(plan, k, data, s, e);
        if (value instanceof AnswerParseFailure) this.decline('an answer that is not one of the options');
        plan.values[plan.indices[k]!] = value;
      } else if (plan.kind[column] === FOREIGN && decode(data, s, e).trim() !== '') {
        this.decline('an answer to an item of another instrument');
      }
    }
    this.emit(plan, data, line);
  }

  /** The plan of the row's instrument (its cell is in the prefix, already found). */
  private planOf(data: Uint8Array): Plan {
    const column = this.fixed.instrument;
    const start = this.starts[column]!;
    const end = this.ends[column]!;
    if (this.lastPlan && sameBytes(data, start, end, this.lastInstrument)) return this.lastPlan;
    const plan = this.plan(this.interners.instrument.text(data, start, end));
    this.lastPlan = plan;
    this.lastInstrument = data.slice(start, end);
    return plan;
  }

  /** Checks the fixed columns exactly as the full reader does, then hands the row out. */
  private emit(plan: Plan, data: Uint8Array, line: number): void {
    const { starts, ends, fixed } = this;
    const instrument = plan.instrument;
    const row = plan.row;

    let s = trimStart(data, starts[fixed.response_id]!, ends[fixed.response_id]!);
    let e = trimEnd(data, s, ends[fixed.response_id]!);
    if (s === e) this.decline('a blank response id');
    let high = 0x811c9dc5;
    let low = 0x9747b28c;
    for (let i = s; i < e; i++) {
      const c = data[i]!;
      // (Beyond ASCII, white space and equality need the full reader's string rules.)
      if (c >= 128) this.decline('a response id that is not ASCII');
      high = Math.imul(high ^ c, 0x01000193);
      low = Math.imul(low ^ c, 0x5bd1e995);
      low ^= low >>> 15;
    }
    if (this.checkDuplicates && this.ids.add(high >>> 0, ((low ^ (low >>> 13)) | 1) >>> 0)) this.decline('a response id that may be used twice');
    row.idStart = s;
    row.idEnd = e;

    s = starts[fixed.instrument_version]!;
    e = ends[fixed.instrument_version]!;
    let version = this.lastVersionValue;
    if (!this.lastVersion || !sameBytes(data, s, e, this.lastVersion)) {
      version = this.interners.version.text(data, s, e);
      if (!this.versions.has(version)) {
        if (!VERSION.test(version)) this.decline('a bad version');
        this.versions.add(version);
      }
      this.lastVersion = data.slice(s, e);
      this.lastVersionValue = version;
    }

    s = trimStart(data, starts[fixed.submitted_at]!, ends[fixed.submitted_at]!);
    e = trimEnd(data, s, ends[fixed.submitted_at]!);
    if (isCanonicalUtcSpan(data, s, e)) row.time = undefined;
    else {
      const time = normaliseTimestamp(decode(data, s, e));
      if (typeof time !== 'string') this.decline('a bad date');
      row.time = time;
    }
    row.timeStart = s;
    row.timeEnd = e;

    s = starts[fixed.role]!;
    e = ends[fixed.role]!;
    let role = this.lastRoleValue;
    if (role === undefined || !sameBytes(data, s, e, this.lastRole)) {
      const text = this.interners.role.text(data, s, e);
      let found = this.roleByText.get(text);
      if (found === undefined) this.roleByText.set(text, (found = roleFromText(text) ?? null));
      if (found === null) this.decline('an unknown role');
      role = found;
      this.lastRole = data.slice(s, e);
      this.lastRoleValue = role;
    }
    if (!instrument.roles.includes(role)) this.decline('a role the instrument is not for');

    row.data = data;
    row.instrumentVersion = version;
    row.authorityCode = this.interners.code.text(data, starts[fixed.authority_code]!, ends[fixed.authority_code]!);
    row.nameStart = starts[fixed.authority_name]!;
    row.nameEnd = ends[fixed.authority_name]!;
    row.teamStart = starts[fixed.team]!;
    row.teamEnd = ends[fixed.team]!;
    row.role = role;
    row.line = line;
    this.count += 1;
    this.byInstrument.set(instrument.id, (this.byInstrument.get(instrument.id) ?? 0) + 1);
    this.onRow(row);
  }
}

function join(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/** The chunks of a source (string, iterable, async iterable or web stream), in order. */
async function* chunksOf(source: CsvSource): AsyncGenerator<CsvChunk> {
  if (typeof source === 'string') {
    for (let start = 0; start < source.length; start += 1 << 20) yield source.slice(start, start + (1 << 20));
    return;
  }
  if (typeof (source as ReadableStream<CsvChunk>).getReader === 'function') {
    const reader = (source as ReadableStream<CsvChunk>).getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        yield value;
      }
    } finally {
      reader.releaseLock();
    }
  }
  yield* source as Iterable<CsvChunk> | AsyncIterable<CsvChunk>;
}

/**
 * Like `forEachCanonicalRow`, but tries the fast path first. `open` is called once for the fast
 * path and, if it declines, once more for the full reader; `onRestart` is called before the
 * second reading, so the caller can drop what it accumulated from the first. Resolves with the
 * summary (and whether the fast path did the work), or rejects with the full reader's ImportError.
 *
 * @example
 * let counts = createAccumulator(instrument);
 * await forEachCanonicalRowFast(() => createReadStream(path), (row) => addAnswerValues(counts, row, row.values), {
 *   file: 'big.csv',
 *   onRestart: () => (counts = createAccumulator(instrument)),
 * });
 */
export async function forEachCanonicalRowFast(
  open: () => CsvSource,
  onRow: DecodedHandler,
  options: FastReadOptions & { onRestart?: (declined: FastPathDeclined) => void } = {},
): Promise<CanonicalReadSummary & { fastPath: boolean }> {
  const { onRestart, isUtf8, ...readOptions } = options;
  try {
    const decoder = new CanonicalCsvFastDecoder({ ...readOptions, ...(isUtf8 ? { isUtf8 } : {}) }, onRow);
    for await (const chunk of chunksOf(open())) decoder.write(chunk);
    return { ...decoder.end(), fastPath: true };
  } catch (error) {
    if (!(error instanceof FastPathDeclined)) throw error;
    onRestart?.(error);
    return { ...(await forEachCanonicalRow(open(), onRow, readOptions)), fastPath: false };
  }
}
