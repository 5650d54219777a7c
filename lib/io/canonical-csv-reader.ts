import type { Answer, Answers } from '../instruments/answers';
import { BUILTIN_INSTRUMENTS } from '../instruments/builtin';
import { allItems, scaleOf } from '../instruments/items';
import type { SurveyResponse } from '../instruments/response';
import { ROLES, type Role } from '../instruments/roles';
import type { Instrument } from '../instruments/schema';
import { CANONICAL_COLUMNS } from './canonical-columns';
import { ResponseIdRegister } from './response-id-register';
import { roleFromText } from './role-spelling';
import { CsvRowSplitter } from './csv-rows';
import { describeColumn, ImportError, type ImportProblem } from './imports/import-error';
import { AnswerParseFailure, answerParser, type AnswerParser } from './parse-answer';
import { normaliseTimestamp } from './timestamp';
import { answerCode, NOT_ANSWERED_CODE } from './answer-code';
import { Utf8ChunkDecoder } from './utf8-chunk-decoder';

/**
 * Reads the canonical responses CSV (PRODUCT.md, "Contracts"), written by `toCanonicalCsv`.
 *
 * - **Wide form**: the fixed columns ({@link CANONICAL_COLUMNS}), then one column per item id.
 * - **Long form**: the fixed columns, then `item` and `answer`: one row per answer. The rows of one
 *   response are consecutive and repeat the same fixed cells.
 *
 * Answers are labels (case-insensitive, trimmed) or codes; a blank cell is "not answered"; the
 * choices of a multi item are separated by `MULTI_SEPARATOR`. The input is streamed: memory is
 * bounded by the chunk size, apart from one entry per response_id kept to find duplicates.
 *
 * A file imports whole or not at all. Every problem is an {@link ImportError} naming the file,
 * the line (1-based; the header is line 1) and the column. The streaming functions stop handing
 * out responses at the first problem and throw when the input ends (or when `maxProblems` is
 * reached), so whatever a caller accumulated from a bad file must be thrown away with it;
 * {@link parseCanonicalCsv} throws before returning anything.
 */

/** The columns of the long form: the fixed columns, then the item id and the answer. */
const LONG_FORM_COLUMNS = [...CANONICAL_COLUMNS, 'item', 'answer'] as const;

export type CanonicalForm = 'wide' | 'long';

export interface CanonicalReadOptions {
  /** The file's name as shown in error messages. Default `(input)`. */
  file?: string;
  /** Instruments the responses may belong to. Default: the built-in instruments. */
  instruments?: readonly Instrument[];
  /** Default `auto`: long when the header is exactly {@link LONG_FORM_COLUMNS} (in any order). */
  form?: CanonicalForm | 'auto';
  /** Reading stops after this many problems. Default 100. */
  maxProblems?: number;
  /**
   * Where the response ids are kept to find duplicates. Default: a `ResponseIdRegister` of the
   * reader's own. Threads reading parts of one file pass `ResponseIdFingerprints`, which they
   * compare afterwards (see analysis/cli/count-in-parts.ts).
   */
  responseIds?: Pick<ResponseIdRegister, 'firstSeen'>;
}

export interface CanonicalReadSummary {
  file: string;
  form: CanonicalForm;
  /** Number of responses read. */
  responses: number;
  /** Responses per instrument id. */
  byInstrument: Record<string, number>;
  /** Physical lines read, header included. */
  lines: number;
}

/** Receives each valid response and the line where it starts. */
export type ResponseHandler = (response: SurveyResponse, line: number) => void;

/**
 * A response as the reader decodes it, before any answers object is built: the fixed columns and
 * the answers aligned with `allItems(instrument)` (undefined where not answered). The fast way to
 * aggregate a large file (see `addAnswerValues` in analysis/group-counts.ts). The `values` array
 * is reused for the next row: copy what you keep.
 */
export interface DecodedResponse {
  responseId: string;
  instrument: Instrument;
  instrumentId: string;
  instrumentVersion: string;
  submittedAt: string;
  authorityCode: string;
  authorityName: string;
  role: Role;
  team: string;
  values: (Answer | undefined)[];
  /**
   * The same answers as small whole numbers, for counting without looking at each value's type:
   * the code of a single-answer item's answer (0…32767), `NOT_ANSWERED_CODE` where not
   * answered, `SEE_VALUES_CODE` for any other answer (choices, a number, text). Reused for
   * the next row, as `values` is.
   */
  codes: Int16Array;
  /** Line where the response starts. */
  line: number;
}

export type DecodedHandler = (response: DecodedResponse) => void;

/** Text or bytes (UTF-8) as they arrive from a file, a stream or a fetch body. */
export type CsvChunk = string | Uint8Array;
export type CsvSource = string | Iterable<CsvChunk> | AsyncIterable<CsvChunk> | ReadableStream<CsvChunk>;

type FixedColumn = (typeof CANONICAL_COLUMNS)[number];

interface Header {
  names: string[];
  form: CanonicalForm;
  index: Record<FixedColumn, number>;
  item: number;
  answer: number;
}

/** How the wide columns map onto one instrument. */
interface WidePlan {
  /** Parallel arrays: header column, the item's index in allItems, and its parser. */
  columns: Int32Array;
  indices: Int32Array;
  parsers: AnswerParser[];
  /** Item columns of other instruments: must be blank. */
  foreign: number[];
  values: (Answer | undefined)[];
  /** Reused for every row, as `values` is (see DecodedResponse.codes). */
  answerCodes: Int16Array;
  /**
   * The answer code of a cell of one character (or none) at `k * 128 + character` (`k * 128` for
   * a blank cell), as the column's parser reads it, where that is a small code (or not answered);
   * {@link NO_QUICK_CODE} elsewhere. Saves a call per cell on the files that write codes.
   */
  quickCodes: Int16Array;
  /**
   * Each column's option labels as the canonical writer spells them, at `k * LABEL_LENGTHS +
   * length` (one label of each length), and the code its parser reads from each. A cell equal to
   * one of them needs no call: that saved about 7% of the time of reading answers written as labels.
   */
  quickLabels: (string | undefined)[];
  quickLabelCodes: Int16Array;
}

/** Labels up to this length are in `WidePlan.quickLabels`. */
const LABEL_LENGTHS = 64;

/** In `WidePlan.quickCodes`: ask the column's parser. */
const NO_QUICK_CODE = -0x8000;

/** For the long form: the response being assembled from consecutive rows. */
interface Pending {
  decoded: DecodedResponse | undefined;
  responseId: string;
  line: number;
  /** The fixed cells of its first row, which the following rows must repeat. */
  fixed: string[];
  /** Item index → line where it was answered. */
  answered: Map<number, number>;
  items: Map<string, { index: number; parse: AnswerParser }>;
}


const VERSION = /^\d+\.\d+\.\d+$/;

/**
 * The form a header row announces: long when its columns are exactly {@link LONG_FORM_COLUMNS}
 * (in any order), wide otherwise.
 *
 * @example
 * formOfHeader(['response_id', …, 'team', 'item', 'answer']) // 'long'
 */
export function formOfHeader(names: readonly string[]): CanonicalForm {
  const long: readonly string[] = LONG_FORM_COLUMNS;
  return names.includes('item') && names.includes('answer') && names.every((name) => long.includes(name)) ? 'long' : 'wide';
}

/**
 * The message for a response id seen before.
 *
 * @example
 * duplicateIdMessage('r1', 2, 'wide') // 'duplicate response id "r1" (first on line 2)'
 */
function duplicateIdMessage(responseId: string, firstLine: number, form: CanonicalForm): string {
  return `duplicate response id "${responseId}" (first on line ${firstLine})${form === 'long' ? '; the rows of one response must be together' : ''}`;
}

/** The cell without surrounding white space (the same string, without a copy, when there is none). */
function trimmed(cell: string): string {
  const last = cell.length - 1;
  if (last < 0) return cell;
  const first = cell.charCodeAt(0);
  const end = cell.charCodeAt(last);
  return first <= 32 || first >= 0x80 || end <= 32 || end >= 0x80 ? cell.trim() : cell;
}

/**
 * A copy that does not keep the (large) chunk it was cut from alive. (V8 copies strings shorter
 * than 13 characters when cutting them; longer ones may point into the chunk.)
 */
function detach(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}

const quickCodeTables = new WeakMap<AnswerParser, Int16Array>();

/**
 * What a parser makes of a cell of one ASCII character (index: its code) or a blank one (index 0),
 * where that is a small answer code or "not answered"; {@link NO_QUICK_CODE} elsewhere. Made once
 * per parser (parsers are shared, see `answerParser`).
 */
function quickCodesOf(parse: AnswerParser): Int16Array {
  let table = quickCodeTables.get(parse);
  if (!table) {
    table = new Int16Array(128).fill(NO_QUICK_CODE);
    for (let c = 0; c < 128; c++) {
      const value = parse(c === 0 ? '' : String.fromCharCode(c));
      if (value instanceof AnswerParseFailure) continue;
      const code = answerCode(value);
      if (code === NOT_ANSWERED_CODE ? value === undefined : code === value) table[c] = code;
    }
    quickCodeTables.set(parse, table);
  }
  return table;
}

const itemIdCache = new WeakMap<Instrument, string[]>();

/** The item ids of an instrument in order (cached: called once per row). */
function itemIdsOf(instrument: Instrument): string[] {
  let ids = itemIdCache.get(instrument);
  if (!ids) itemIdCache.set(instrument, (ids = allItems(instrument).map((item) => item.id)));
  return ids;
}

/**
 * The answers object of a decoded response (answered items only).
 *
 * @example
 * answersOf(row) // { week_overall: 4, workload_manageable: 4, comment: 'Busy week' }
 */
export function answersOf(decoded: DecodedResponse): Answers {
  const answers: Answers = {};
  const ids = itemIdsOf(decoded.instrument);
  const values = decoded.values;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value !== undefined) answers[ids[i]!] = value;
  }
  return answers;
}

/**
 * The decoded response as a {@link SurveyResponse} (a copy: safe to keep).
 *
 * @example
 * await forEachCanonicalRow(text, (row) => kept.push(toSurveyResponse(row)));
 */
export function toSurveyResponse(decoded: DecodedResponse): SurveyResponse {
  return {
    responseId: decoded.responseId,
    instrumentId: decoded.instrumentId,
    instrumentVersion: decoded.instrumentVersion,
    submittedAt: decoded.submittedAt,
    authorityCode: decoded.authorityCode,
    authorityName: decoded.authorityName,
    role: decoded.role,
    team: decoded.team,
    answers: answersOf(decoded),
  };
}

/**
 * The push-style reader behind the other functions: `write` chunks as they arrive, then `end`.
 * Valid responses go to the handler synchronously, one by one, until the first problem. The
 * handler is a {@link ResponseHandler}, or `{ onRow }` for {@link DecodedResponse}s.
 *
 * @example
 * const decoder = new CanonicalCsvDecoder({ file: 'responses.csv' }, (response) => accumulate(response));
 * for await (const chunk of fs.createReadStream('responses.csv')) decoder.write(chunk);
 * const summary = decoder.end(); // throws ImportError if anything was wrong
 */
export class CanonicalCsvDecoder {
  private readonly file: string;
  private readonly instruments: Map<string, Instrument>;
  private readonly knownItems: Set<string>;
  private readonly maxProblems: number;
  /** Every response id read, to find duplicates (see `CanonicalReadOptions.responseIds`). */
  private readonly responseIds: Pick<ResponseIdRegister, 'firstSeen'>;
  private readonly splitter: CsvRowSplitter;
  private readonly problems: ImportProblem[] = [];
  private readonly byInstrument = new Map<string, number>();
  private readonly widePlans = new Map<string, WidePlan>();
  private readonly longItems = new Map<string, Map<string, { index: number; parse: AnswerParser }>>();
  private readonly roles = new Map<string, Role | undefined>();
  /**
   * The last instrument, version and role read (rows of one file nearly always repeat them: an
   * equality test is cheaper than a Map lookup of a newly cut string).
   */
  private lastInstrument: Instrument | undefined;
  private lastVersion: string | undefined;
  private lastRole: string | undefined;
  private readonly onResponse: ResponseHandler | undefined;
  private readonly onRow: DecodedHandler | undefined;
  private lastTimestampText: string | undefined;
  private lastTimestamp: string | { problem: string } = '';
  /** The instrument of the row being read (when known), beside {@link profile}'s result. */
  private rowInstrument: Instrument | undefined;
  /** Wide rows are handed out in this one object (the handler must copy what it keeps). */
  private readonly reused = {} as DecodedResponse;
  private utf8: Utf8ChunkDecoder | undefined;
  private header: Header | undefined;
  private pending: Pending | undefined;
  private count = 0;
  private ended = false;

  constructor(
    private readonly options: CanonicalReadOptions,
    handler: ResponseHandler | { onRow: DecodedHandler },
  ) {
    if (typeof handler === 'function') this.onResponse = handler;
    else this.onRow = handler.onRow;
    this.file = options.file ?? '(input)';
    const instruments = options.instruments ?? BUILTIN_INSTRUMENTS;
    this.instruments = new Map(instruments.map((instrument) => [instrument.id, instrument]));
    this.knownItems = new Set(instruments.flatMap((instrument) => allItems(instrument).map((item) => item.id)));
    this.maxProblems = Math.max(1, options.maxProblems ?? 100);
    this.responseIds = options.responseIds ?? new ResponseIdRegister();
    this.splitter = new CsvRowSplitter(
      (fields, line) => this.row(fields, line),
      (message, line, cell) => this.problem(line, cell === undefined || !this.header ? undefined : this.column(cell), message),
    );
  }

  /** Adds a chunk of text or UTF-8 bytes. May throw an ImportError when `maxProblems` is reached. */
  write(chunk: CsvChunk): void {
    if (typeof chunk === 'string') {
      this.splitter.write(chunk);
      return;
    }
    this.utf8 ??= new Utf8ChunkDecoder();
    let text: string;
    try {
      text = this.utf8.decode(chunk);
    } catch {
      this.fatal(this.splitter.line, undefined, 'the file is not UTF-8 text (save it as "CSV UTF-8")');
    }
    this.splitter.write(text);
  }

  /** Finishes reading: returns the summary, or throws an ImportError listing every problem. */
  end(): CanonicalReadSummary {
    if (this.ended) throw new Error('CanonicalCsvDecoder: end called twice');
    this.ended = true;
    try {
      this.utf8?.end();
    } catch {
      this.fatal(this.splitter.line, undefined, 'the file is not UTF-8 text (it ends inside a character)');
    }
    this.splitter.end();
    this.flushPending();
    if (!this.header) this.problems.push({ file: this.file, line: 1, message: 'the file is empty: no header row' });
    if (this.problems.length > 0) throw new ImportError(this.problems);
    return {
      file: this.file,
      form: this.header!.form,
      responses: this.count,
      byInstrument: Object.fromEntries([...this.byInstrument].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
      lines: this.splitter.line - 1,
    };
  }

  private problem(line: number, column: string | undefined, message: string): void {
    this.problems.push({ file: this.file, line, ...(column === undefined ? {} : { column }), message });
    if (this.problems.length >= this.maxProblems) {
      this.problems.push({ file: this.file, message: `stopped reading after ${this.maxProblems} problems` });
      throw new ImportError(this.problems);
    }
  }

  private fatal(line: number, column: string | undefined, message: string): never {
    this.problems.push({ file: this.file, line, ...(column === undefined ? {} : { column }), message });
    throw new ImportError(this.problems);
  }

  private column(index: number): string {
    return describeColumn(index, this.header?.names[index] ?? '');
  }

  private row(fields: string[], line: number): void {
    if (!this.header) {
      this.readHeader(fields, line);
      return;
    }
    if (fields.length === 1 && fields[0]!.trim() === '') return; // a blank line
    if (fields.length !== this.header.names.length) {
      this.problem(
        line,
        this.column(Math.min(fields.length, this.header.names.length)),
        `this row has ${fields.length} cells but the header has ${this.header.names.length}`,
      );
      return;
    }
    if (this.header.form === 'wide') this.wideRow(fields, line);
    else this.longRow(fields, line);
  }

  private readHeader(fields: string[], line: number): void {
    const names = fields.map((name) => name.trim());
    const firstAt = new Map<string, number>();
    names.forEach((name, index) => {
      const first = firstAt.get(name);
      if (first !== undefined) {
        this.problem(line, describeColumn(index, name), `the column name is used twice (also column ${describeColumn(first, name)})`);
      } else firstAt.set(name, index);
    });
    const requested = this.options.form ?? 'auto';
    const form: CanonicalForm = requested === 'auto' ? formOfHeader(names) : requested;
    const required: readonly string[] = form === 'long' ? LONG_FORM_COLUMNS : CANONICAL_COLUMNS;
    for (const name of required) {
      if (!firstAt.has(name)) this.problem(line, `"${name}"`, `the required column "${name}" is missing (${form} form)`);
    }
    names.forEach((name, index) => {
      if (required.includes(name) || firstAt.get(name) !== index) return;
      if (form === 'long') {
        this.problem(line, describeColumn(index, name), `unknown column: the long form has only the columns ${LONG_FORM_COLUMNS.join(', ')}`);
      } else if (!this.knownItems.has(name)) {
        this.problem(
          line,
          describeColumn(index, name),
          `unknown column: not a fixed column nor an item of any known instrument (${[...this.instruments.keys()].join(', ')})`,
        );
      }
    });
    const index = Object.fromEntries(CANONICAL_COLUMNS.map((name) => [name, firstAt.get(name) ?? -1])) as Record<FixedColumn, number>;
    this.header = { names, form, index, item: firstAt.get('item') ?? -1, answer: firstAt.get('answer') ?? -1 };
    if (this.problems.length > 0) throw new ImportError(this.problems);
  }

  private cell(fields: string[], column: FixedColumn): string {
    return trimmed(fields[this.header!.index[column]]!);
  }

  /**
   * The timestamp read, remembering the last one that needed more than a look (a date alone, an
   * offset, a problem): rows of one file often repeat those, while canonical ones are checked
   * quicker than compared.
   */
  private timestamp(text: string): string | { problem: string } {
    if (text === this.lastTimestampText) return this.lastTimestamp;
    const timestamp = normaliseTimestamp(text);
    if (timestamp !== text) {
      this.lastTimestampText = detach(text);
      this.lastTimestamp = timestamp;
    }
    return timestamp;
  }

  private instrument(id: string): Instrument | undefined {
    if (id === this.lastInstrument?.id) return this.lastInstrument;
    const instrument = this.instruments.get(id);
    if (instrument) this.lastInstrument = instrument;
    return instrument;
  }

  private role(text: string): Role | undefined {
    if (text === this.lastRole) return text as Role; // (a role's id spelled as itself: the usual case)
    const role = this.roles.get(text);
    if (role === text) this.lastRole = role;
    if (role !== undefined || this.roles.has(text)) return role;
    const found = roleFromText(text);
    this.roles.set(detach(text), found);
    return found;
  }

  /**
   * Reads and checks the fixed columns. The result is undefined (with problems recorded) when they
   * are unusable; `rowInstrument` is set whenever the instrument is known, so that answers can
   * still be checked. With `fresh`, a new object (one that is kept), else the reused one.
   */
  private profile(fields: string[], line: number, fresh: boolean): DecodedResponse | undefined {
    const index = this.header!.index;
    const before = this.problems.length;
    const responseId = this.cell(fields, 'response_id');
    if (responseId === '') this.problem(line, this.column(index.response_id), 'the response id is blank');
    else {
      const first = this.responseIds.firstSeen(responseId, line);
      if (first !== undefined) this.problem(line, this.column(index.response_id), duplicateIdMessage(responseId, first, this.header!.form));
    }

    const instrumentId = this.cell(fields, 'instrument');
    const instrument = this.instrument(instrumentId);
    if (!instrument) {
      this.problem(
        line,
        this.column(index.instrument),
        instrumentId === ''
          ? 'the instrument is blank'
          : `unknown instrument "${instrumentId}" (known: ${[...this.instruments.keys()].join(', ')})`,
      );
    }

    const instrumentVersion = this.cell(fields, 'instrument_version');
    if (instrumentVersion !== this.lastVersion) {
      if (!VERSION.test(instrumentVersion)) this.problem(line, this.column(index.instrument_version), `"${instrumentVersion}" is not a version such as 1.0.0`);
      else this.lastVersion = detach(instrumentVersion);
    }

    const timestamp = this.timestamp(this.cell(fields, 'submitted_at'));
    if (typeof timestamp !== 'string') this.problem(line, this.column(index.submitted_at), timestamp.problem);

    const roleText = this.cell(fields, 'role');
    const role = this.role(roleText);
    if (!role) {
      this.problem(line, this.column(index.role), `unknown role "${roleText}" (expected ${ROLES.join(' or ')})`);
    } else if (instrument && !instrument.roles.includes(role)) {
      this.problem(line, this.column(index.role), `role ${role} does not answer instrument "${instrument.id}" (its roles: ${instrument.roles.join(', ')})`);
    }

    this.rowInstrument = instrument;
    if (this.problems.length > before || !instrument || !role || typeof timestamp !== 'string') return undefined;
    const decoded = fresh ? ({} as DecodedResponse) : this.reused;
    decoded.responseId = responseId;
    decoded.instrument = instrument;
    decoded.instrumentId = instrument.id;
    decoded.instrumentVersion = instrumentVersion;
    decoded.submittedAt = timestamp;
    decoded.authorityCode = this.cell(fields, 'authority_code');
    decoded.authorityName = this.cell(fields, 'authority_name');
    decoded.role = role;
    decoded.team = this.cell(fields, 'team');
    decoded.line = line; // (values are set by the caller)
    return decoded;
  }

  private emit(decoded: DecodedResponse): void {
    this.count += 1;
    this.byInstrument.set(decoded.instrumentId, (this.byInstrument.get(decoded.instrumentId) ?? 0) + 1);
    if (this.problems.length > 0) return;
    if (this.onRow) this.onRow(decoded);
    else this.onResponse?.(toSurveyResponse(decoded), decoded.line);
  }

  private widePlan(instrument: Instrument): WidePlan {
    let plan = this.widePlans.get(instrument.id);
    if (!plan) {
      const items = allItems(instrument);
      const indexOf = new Map(items.map((item, index) => [item.id, index]));
      const fixed = new Set<string>(CANONICAL_COLUMNS);
      const columns: number[] = [];
      const indices: number[] = [];
      const parsers: AnswerParser[] = [];
      const foreign: number[] = [];
      this.header!.names.forEach((name, column) => {
        if (fixed.has(name)) return;
        const index = indexOf.get(name);
        if (index === undefined) {
          foreign.push(column);
          return;
        }
        columns.push(column);
        indices.push(index);
        parsers.push(answerParser(instrument, items[index]!));
      });
      const quickCodes = new Int16Array(parsers.length * 128);
      parsers.forEach((parse, k) => quickCodes.set(quickCodesOf(parse), k * 128));
      const quickLabels = new Array<string | undefined>(parsers.length * LABEL_LENGTHS).fill(undefined);
      const quickLabelCodes = new Int16Array(parsers.length * LABEL_LENGTHS);
      indices.forEach((index, k) => {
        for (const { label } of scaleOf(instrument, items[index]!)?.options ?? []) {
          const at = k * LABEL_LENGTHS + label.length;
          const value = parsers[k]!(label);
          if (label.length >= LABEL_LENGTHS || quickLabels[at] !== undefined || typeof value !== 'number' || answerCode(value) !== value) continue;
          quickLabels[at] = label;
          quickLabelCodes[at] = value;
        }
      });
      plan = {
        columns: Int32Array.from(columns),
        indices: Int32Array.from(indices),
        parsers,
        foreign,
        values: new Array<Answer | undefined>(items.length),
        answerCodes: new Int16Array(items.length).fill(NOT_ANSWERED_CODE),
        quickCodes,
        quickLabels,
        quickLabelCodes,
      };
      this.widePlans.set(instrument.id, plan);
    }
    return plan;
  }

  private wideRow(fields: string[], line: number): void {
    const decoded = this.profile(fields, line, false);
    const instrument = this.rowInstrument;
    if (!instrument) return;
    const plan = this.widePlan(instrument);
    // The values array is reused from row to row when rows are handed out as they are; every
    // column of the plan is written on every row.
    const values = this.onRow ? plan.values : new Array<Answer | undefined>(plan.values.length);
    const answerCodes = plan.answerCodes;
    let ok = decoded !== undefined;
    for (const column of plan.foreign) {
      if (fields[column]!.trim() === '') continue;
      ok = false;
      this.problem(line, this.column(column), `"${this.header!.names[column]}" is not an item of instrument "${instrument.id}"; leave it blank`);
    }
    const { columns, indices, parsers, quickCodes, quickLabels, quickLabelCodes } = plan;
    for (let k = 0; k < columns.length; k++) {
      const cell = fields[columns[k]!]!;
      if (cell.length < 2) {
        // (index 0 is the blank cell: a cell holding the character 0 goes to the parser)
        const char = cell.length === 0 ? 0 : cell.charCodeAt(0) || 128;
        const code = char < 128 ? quickCodes[k * 128 + char]! : NO_QUICK_CODE;
        if (code !== NO_QUICK_CODE) {
          values[indices[k]!] = code === NOT_ANSWERED_CODE ? undefined : code;
          answerCodes[indices[k]!] = code;
          continue;
        }
      } else if (cell.length < LABEL_LENGTHS && quickLabels[k * LABEL_LENGTHS + cell.length] === cell) {
        const code = quickLabelCodes[k * LABEL_LENGTHS + cell.length]!;
        values[indices[k]!] = code;
        answerCodes[indices[k]!] = code;
        continue;
      }
      const value = parsers[k]!(cell);
      if (typeof value === 'object' && value instanceof AnswerParseFailure) {
        ok = false;
        this.problem(line, this.column(columns[k]!), value.message);
        continue;
      }
      values[indices[k]!] = value;
      answerCodes[indices[k]!] = answerCode(value);
    }
    if (ok && decoded) {
      decoded.values = values;
      decoded.codes = answerCodes;
      this.emit(decoded);
    }
  }

  private longRow(fields: string[], line: number): void {
    const header = this.header!;
    const responseId = this.cell(fields, 'response_id');
    let pending = this.pending;
    if (pending && responseId === pending.responseId) {
      const differs = CANONICAL_COLUMNS.findIndex((name, k) => fields[header.index[name]]!.trim() !== pending!.fixed[k]);
      if (differs !== -1) {
        const name = CANONICAL_COLUMNS[differs]!;
        this.problem(line, this.column(header.index[name]), `differs from line ${pending.line}, where response "${responseId}" starts`);
        return;
      }
    } else {
      this.flushPending();
      const decoded = this.profile(fields, line, true);
      if (decoded) decoded.values = new Array<Answer | undefined>(itemIdsOf(decoded.instrument).length);
      pending = {
        decoded,
        responseId,
        line,
        fixed: CANONICAL_COLUMNS.map((name) => fields[header.index[name]]!.trim()),
        answered: new Map(),
        items: decoded ? this.longItemsFor(decoded.instrument) : new Map(),
      };
      this.pending = pending;
    }
    if (!pending.decoded) return;

    const itemId = fields[header.item]!.trim();
    const item = pending.items.get(itemId);
    if (!item) {
      this.problem(
        line,
        this.column(header.item),
        itemId === '' ? 'the item is blank' : `unknown item "${itemId}" for instrument "${pending.decoded.instrumentId}"`,
      );
      return;
    }
    const first = pending.answered.get(item.index);
    if (first !== undefined) {
      this.problem(line, this.column(header.item), `item "${itemId}" is answered twice for response "${responseId}" (first on line ${first})`);
      return;
    }
    pending.answered.set(item.index, line);
    const value = item.parse(fields[header.answer]!);
    if (value instanceof AnswerParseFailure) this.problem(line, this.column(header.answer), `item "${itemId}": ${value.message}`);
    else pending.decoded.values[item.index] = value;
  }

  private longItemsFor(instrument: Instrument): Map<string, { index: number; parse: AnswerParser }> {
    let items = this.longItems.get(instrument.id);
    if (!items) {
      items = new Map(allItems(instrument).map((item, index) => [item.id, { index, parse: answerParser(instrument, item) }]));
      this.longItems.set(instrument.id, items);
    }
    return items;
  }

  private flushPending(): void {
    const pending = this.pending;
    this.pending = undefined;
    if (!pending?.decoded) return;
    if (this.onRow) pending.decoded.codes = Int16Array.from(pending.decoded.values, answerCode);
    this.emit(pending.decoded);
  }
}

const STRING_CHUNK = 1 << 20;

/** The chunks of any supported source, in order. */
async function* chunksOf(source: CsvSource): AsyncGenerator<CsvChunk> {
  if (typeof source === 'string') {
    for (let start = 0; start < source.length; start += STRING_CHUNK) yield source.slice(start, start + STRING_CHUNK);
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
  // (a ReadableStream returns above; everything else is iterable)
  yield* source as Iterable<CsvChunk> | AsyncIterable<CsvChunk>;
}

/**
 * Streams a canonical CSV, calling `onResponse` for each response as soon as it is read. Resolves
 * with a summary, or rejects with an {@link ImportError}: then discard whatever `onResponse`
 * accumulated (it is called only before the first problem, but a later line may still be bad).
 *
 * @example
 * import { createReadStream } from 'node:fs';
 * const summary = await forEachCanonicalResponse(createReadStream('responses.csv'), (r) => addResponse(counts, r), {
 *   file: 'responses.csv',
 * });
 * summary.responses // 4146
 */
export async function forEachCanonicalResponse(
  source: CsvSource,
  onResponse: ResponseHandler,
  options: CanonicalReadOptions = {},
): Promise<CanonicalReadSummary> {
  const decoder = new CanonicalCsvDecoder(options, onResponse);
  for await (const chunk of chunksOf(source)) decoder.write(chunk);
  return decoder.end();
}

/**
 * Streams a canonical CSV as {@link DecodedResponse}s: the fastest way to aggregate a large file,
 * as no answers object is built. Its `values` array is reused for the next row: copy what you keep.
 * Rejects with an {@link ImportError} as {@link forEachCanonicalResponse} does.
 *
 * @example
 * const counts = createAccumulator(instrument, { groupBy: ['authority', 'role'] });
 * await forEachCanonicalRow(createReadStream('big.csv'), (row) => addAnswerValues(counts, row, row.values), { file: 'big.csv' });
 */
export async function forEachCanonicalRow(
  source: CsvSource,
  onRow: DecodedHandler,
  options: CanonicalReadOptions = {},
): Promise<CanonicalReadSummary> {
  const decoder = new CanonicalCsvDecoder(options, { onRow });
  for await (const chunk of chunksOf(source)) decoder.write(chunk);
  return decoder.end();
}

/**
 * The responses of a canonical CSV as an async iterator; the generator's return value is the
 * summary. Iteration throws an {@link ImportError} at the end of a bad file (see
 * {@link forEachCanonicalResponse} for what that means for what was read before).
 *
 * @example
 * for await (const response of readCanonicalCsv(file.stream(), { file: file.name })) addResponse(counts, response);
 */
export async function* readCanonicalCsv(
  source: CsvSource,
  options: CanonicalReadOptions = {},
): AsyncGenerator<SurveyResponse, CanonicalReadSummary, undefined> {
  let batch: SurveyResponse[] = [];
  const decoder = new CanonicalCsvDecoder(options, (response) => batch.push(response));
  for await (const chunk of chunksOf(source)) {
    decoder.write(chunk);
    const ready = batch;
    batch = [];
    yield* ready;
  }
  const summary = decoder.end();
  yield* batch;
  return summary;
}

/**
 * Reads a whole canonical CSV held in a string. All or nothing: throws an {@link ImportError}
 * listing every problem (file, line, column) before returning anything.
 *
 * @example
 * const { responses, summary } = parseCanonicalCsv(text, { file: 'responses.csv' });
 * responses[0].answers.lm_cpd // 5 (read from "Strongly agree", "strongly agree " or "5")
 */
export function parseCanonicalCsv(
  text: string,
  options: CanonicalReadOptions = {},
): { responses: SurveyResponse[]; summary: CanonicalReadSummary } {
  const responses: SurveyResponse[] = [];
  const decoder = new CanonicalCsvDecoder(options, (response) => responses.push(response));
  decoder.write(text);
  const summary = decoder.end();
  return { responses, summary };
}
