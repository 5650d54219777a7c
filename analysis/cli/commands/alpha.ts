import Papa from 'papaparse';
import { BUILTIN_INSTRUMENTS } from '../../../lib/instruments/builtin';
import { allItems, findItem, scaleOf } from '../../../lib/instruments/items';
import { CANONICAL_COLUMNS } from '../../../lib/io/canonical-columns';
import { readCsvRows } from '../../../lib/io/csv-rows';
import { describeColumn, ImportError } from '../../../lib/io/imports/import-error';
import { suppressedText } from '../../disclosure';
import { reliabilityAnalysis, type ReliabilityResult } from '../../statistics';
import type { Command, ParsedArgs } from '../command';
import { formatOptionSpec, MIN_GROUP_OPTION, OUTPUT_OPTION } from '../common-options';
import { DataError, UsageError } from '../exit-codes';
import { readHeaderLine, readWholeInput } from '../input-file';
import { resolveInstrument, type ResolvedInstrument } from '../instrument-option';
import { minGroupOption } from '../min-group-option';
import { choiceOption, listOption, rangeOption, requiredOption, stringOption } from '../option-values';
import { readCanonicalFile } from '../read-canonical-file';
import { runRecord, type InputRecord, type RunRecord } from '../run-record';
import { runMarkdown } from '../run-sections';
import { writeOutput } from '../write-output';

const FORMATS = ['md', 'json', 'csv'] as const;
const MISSING_WORDS = new Set(['', 'na', 'n/a', 'nan', 'null', '.']);

type Matrix = (number | null)[][];

/**
 * The answers of the chosen columns of a plain CSV (header row, one row per respondent). A cell
 * that is not a number, or a reverse-keyed answer outside the range, is an ImportError naming the
 * file, line and column.
 */
function bareMatrix(text: string, file: string, items: readonly string[], reverse: { items: readonly string[]; range?: { min: number; max: number } }, command: string): Matrix {
  const rows = readCsvRows(text, file);
  const header = rows[0]?.cells.map((cell) => cell.trim()) ?? [];
  const columns = items.map((item) => {
    const index = header.indexOf(item);
    if (index === -1) throw new UsageError(`--items: "${item}" is not a column of ${file} (columns: ${header.join(', ')})`, command);
    return index;
  });
  const range = reverse.range;
  const problems: { line: number; column: string; message: string }[] = [];
  const matrix = rows.slice(1).map((row) =>
    columns.map((index, c) => {
      const cell = (row.cells[index] ?? '').trim();
      if (MISSING_WORDS.has(cell.toLowerCase())) return null;
      const value = /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(cell) ? Number(cell) : Number.NaN;
      const column = describeColumn(index, header[index] ?? '');
      if (Number.isNaN(value)) problems.push({ line: row.line, column, message: `"${cell}" is not a number (missing answers: blank or NA)` });
      else if (range && reverse.items.includes(items[c]!) && (value < range.min || value > range.max)) {
        problems.push({ line: row.line, column, message: `${value} is outside the range ${range.min}..${range.max}, so it cannot be reversed` });
      }
      return value;
    }),
  );
  if (problems.length > 0) throw new ImportError(problems.map((p) => ({ file, ...p })));
  return matrix;
}

/** The instrument whose items include every one asked for, when none was named. */
function instrumentOwning(items: readonly string[], command: string): ResolvedInstrument {
  const owner = BUILTIN_INSTRUMENTS.find((instrument) => items.every((id) => findItem(instrument, id)));
  if (!owner) throw new UsageError('--items: no built-in instrument has all these items; name one with --instrument', command);
  return { instrument: owner, known: [...BUILTIN_INSTRUMENTS] };
}

/** Codes of the chosen items from a canonical CSV; non-substantive answers ("Don't know") and blanks are missing. */
async function canonicalMatrix(args: ParsedArgs, io: Parameters<Command['run']>[1], file: string, resolved: ResolvedInstrument, items: readonly string[]) {
  const { instrument } = resolved;
  const all = allItems(instrument);
  const indices = items.map((id) => {
    const item = findItem(instrument, id);
    const scale = item && scaleOf(instrument, item);
    if (!item || !scale || !(item.type === 'likert' || item.type === 'rating' || item.type === 'single')) {
      throw new UsageError(`--items: "${id}" is not a single-answer scaled item of ${instrument.id}`, args.command);
    }
    return { index: all.indexOf(item), substantive: new Set(scale.options.filter((o) => o.substantive).map((o) => o.code)) };
  });
  const matrix: Matrix = [];
  const read = await readCanonicalFile(io, file, resolved.known, (row) => {
    if (row.instrumentId !== instrument.id) return;
    matrix.push(
      indices.map(({ index, substantive }) => {
        const value = row.values[index];
        return typeof value === 'number' && substantive.has(value) ? value : null;
      }),
    );
  });
  const codes = indices.flatMap(({ substantive }) => [...substantive]);
  return { matrix, record: read.record, range: { min: Math.min(...codes), max: Math.max(...codes) } };
}

function round(value: number, places: number): string {
  return Number.isFinite(value) ? value.toFixed(places) : '';
}

/** `pulse alpha`: Cronbach's alpha of a scale, with item statistics. */
export const alphaCommand: Command = {
  name: 'alpha',
  summary: "Cronbach's alpha of a set of items (listwise or pairwise), with alpha if item dropped and item-rest correlations.",
  usage: 'FILE --items A1,A2,… --missing listwise|pairwise [--reverse A1,…] [--range 1..6] [--instrument ID] [--min-group N] [--format md|json|csv] [-o FILE]',
  description: [
    "Reads either a canonical responses CSV (items are item ids; \"Don't know\" and blanks are missing; the scale's range comes from the instrument) or a plain CSV with a header row (columns named by --items; blank or NA is missing; --range is needed to reverse items).",
    'The treatment of missing answers has no default: --missing listwise drops respondents with any missing answer (R: psych::alpha on complete cases); pairwise uses every pair of answers (psych::alpha(use = "pairwise"), pingouin nan_policy = "pairwise").',
  ],
  positionals: [{ name: 'FILE', description: 'Canonical responses CSV or a plain CSV of answers.', required: true }],
  options: {
    items: { type: 'string', value: 'IDS', description: 'The items (columns) of the scale, comma-separated.' },
    reverse: { type: 'string', value: 'IDS', description: 'Reverse-keyed items, reversed within the range (min + max − x) first.' },
    range: { type: 'string', value: 'MIN..MAX', description: 'The scale range, e.g. 1..6 (from the instrument when reading canonical CSV).' },
    missing: { type: 'string', value: 'POLICY', description: 'listwise or pairwise (required).' },
    instrument: { type: 'string', value: 'ID', description: 'For canonical CSV: the instrument (default: the built-in instrument that has all the items).' },
    'min-group': MIN_GROUP_OPTION,
    format: formatOptionSpec(FORMATS),
    output: OUTPUT_OPTION,
  },
  examples: [
    'pulse alpha psych-bfi.csv --items A1,A2,A3,A4,A5 --reverse A1 --range 1..6 --missing listwise',
    'pulse alpha demo.csv --instrument pulse --items workload_manageable,direct_work_time,support_when_needed --missing pairwise --format json',
  ],
  async run(args, io) {
    const [file] = args.positionals as [string];
    const items = listOption(args, 'items');
    if (!items) throw new UsageError('missing required option --items', args.command);
    if (items.length < 2) throw new UsageError('--items needs at least two items', args.command);
    const missing = choiceOption(args, 'missing', ['listwise', 'pairwise'] as const);
    if (!missing) requiredOption(args, 'missing', 'listwise or pairwise: the two give different numbers, so there is no default');
    const reverse = listOption(args, 'reverse') ?? [];
    const outside = reverse.filter((id) => !items.includes(id));
    if (outside.length > 0) throw new UsageError(`--reverse: ${outside.join(', ')} ${outside.length === 1 ? 'is' : 'are'} not in --items`, args.command);
    let range = rangeOption(args, 'range');
    const minGroup = minGroupOption(args);
    const format = choiceOption(args, 'format', FORMATS, 'md');
    const output = stringOption(args, 'output');

    const header = readHeaderLine(io, file).split(',').map((name) => name.replace(/"/g, '').trim());
    const canonical = CANONICAL_COLUMNS.every((column) => header.includes(column));
    let matrix: Matrix;
    let input: InputRecord;
    let resolved: ResolvedInstrument | undefined;
    if (canonical) {
      resolved = stringOption(args, 'instrument') !== undefined ? resolveInstrument(args, io) : instrumentOwning(items, args.command);
      const read = await canonicalMatrix(args, io, file, resolved, items);
      matrix = read.matrix;
      input = read.record;
      range ??= read.range;
    } else {
      if (stringOption(args, 'instrument') !== undefined) {
        throw new DataError(`${file}, line 1: not a canonical responses CSV (the header lacks ${CANONICAL_COLUMNS.join(', ')}), so --instrument does not apply`);
      }
      if (reverse.length > 0 && !range) throw new UsageError('--reverse needs --range (e.g. --range 1..6): a plain CSV has no instrument to give the scale', args.command);
      const whole = readWholeInput(io, file, 'data');
      input = whole.record;
      const text = new TextDecoder('utf-8').decode(whole.bytes);
      try {
        matrix = bareMatrix(text, file, items, { items: reverse, ...(range ? { range } : {}) }, args.command);
      } catch (error) {
        if (error instanceof ImportError) throw new DataError(error.message.replace(/^Cannot import/, 'Cannot read').replace('; nothing was imported', ''));
        throw error;
      }
    }
    if (range && canonical) {
      const outside = matrix.some((row) => row.some((value, c) => value !== null && reverse.includes(items[c]!) && (value < range!.min || value > range!.max)));
      if (outside) throw new UsageError(`--range ${range.min}..${range.max} does not cover the codes of the reversed items`, args.command);
    }

    const result: ReliabilityResult = reliabilityAnalysis(matrix, { items, missing: missing!, reverse, ...(range ? { range } : {}) });
    const shown = result.n >= minGroup;
    const run: RunRecord = runRecord(args.command, args.argv, [input], resolved, {
      items,
      reverse,
      range: range ? `${range.min}..${range.max}` : null,
      missing: missing!,
      instrument: resolved ? (resolved.file ?? resolved.instrument.id) : null,
      minGroup,
      format,
      output: output ?? null,
    });
    const notes = [
      missing === 'listwise'
        ? `Listwise: the ${shown ? result.n : 'complete'} respondents who answered every item.`
        : 'Pairwise: each variance and covariance uses every respondent who answered the item(s) concerned.',
      reverse.length > 0 && range ? `Reverse-keyed items (${reverse.join(', ')}) scored as ${range.min + range.max} − x.` : 'No reverse-keyed items.',
      `Results based on fewer than ${minGroup} respondents are not shown.`,
    ];
    const json = {
      format: 'frontline-pulse/alpha',
      formatVersion: 1,
      run,
      items,
      reverse,
      range: range ?? null,
      missing,
      suppressed: !shown,
      text: shown ? null : suppressedText(minGroup),
      alpha: shown ? result.alpha : null,
      k: result.k,
      n: shown ? result.n : null,
      minPairN: shown ? result.minPairN : null,
      itemStatistics: shown
        ? result.items.map((i) => ({ item: i.item, reversed: i.reversed, n: i.n, mean: i.mean, sd: i.sd, itemRest: i.itemRest, alphaIfDropped: Number.isFinite(i.alphaIfDropped) ? i.alphaIfDropped : null }))
        : [],
      notes,
    };
    let content: string;
    if (format === 'json') content = `${JSON.stringify(json, null, 2)}\n`;
    else if (format === 'csv') {
      const data = json.itemStatistics.map((i) => [i.item, i.reversed, i.n, i.mean, i.sd, i.itemRest, i.alphaIfDropped ?? '']);
      content = `${Papa.unparse({ fields: ['item', 'reversed', 'n', 'mean', 'sd', 'item_rest', 'alpha_if_dropped'], data }, { newline: '\r\n' })}\r\n`;
    } else {
      const out = [`## Cronbach's alpha: ${items.join(', ')}`, ''];
      if (!shown) out.push(`No results: ${suppressedText(minGroup)}.`);
      else {
        out.push(`alpha = ${round(result.alpha, 4)} (k = ${result.k}, n = ${result.n}, ${missing})`, '', '| item | reversed | n | mean | SD | item-rest r | alpha if dropped |', '| --- | --- | ---: | ---: | ---: | ---: | ---: |');
        for (const i of result.items) {
          out.push(`| ${i.item} | ${i.reversed ? 'yes' : ''} | ${i.n} | ${round(i.mean, 3)} | ${round(i.sd, 3)} | ${round(i.itemRest, 4)} | ${round(i.alphaIfDropped, 4)} |`);
        }
      }
      out.push('', ...notes.map((note) => `- ${note}`));
      content = `${out.join('\n')}\n${runMarkdown(run)}`;
    }
    await writeOutput(io, output, content);
  },
};
