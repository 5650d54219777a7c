import { BUILTIN_INSTRUMENTS } from '../../../lib/instruments/builtin';
import { allItems, findItem, scaleOf } from '../../../lib/instruments/items';
import { ImportError } from '../../../lib/io/imports/import-error';
import { alphaCsv } from '../../report/alpha-csv';
import { renderAlphaMarkdown } from '../../report/alpha-markdown';
import { reliabilityAnalysis } from '../../statistics/reliability-analysis';
import type { ScaleRange } from '../../statistics/reverse-key';
import { alphaJson } from '../alpha-json';
import type { CliIo } from '../cli-io';
import type { Command, ParsedArgs } from '../command';
import { formatOptionSpec, MIN_GROUP_OPTION, OUTPUT_OPTION } from '../common-options';
import { DataError, readingError, UsageError } from '../exit-codes';
import { headerColumns, isCanonicalHeader, readWholeInput } from '../input-file';
import { resolveInstrument, type ResolvedInstrument } from '../instrument-option';
import { minGroupOption } from '../min-group-option';
import { choiceOption, listOption, rangeOption, stringOption } from '../option-values';
import { readCanonicalFile } from '../read-canonical-file';
import { runRecord, type InputRecord } from '../run-record';
import { longScores, wideScores, type ScoreMatrix } from '../score-matrix';
import { writeFormatted } from '../write-output';

const FORMATS = ['md', 'json', 'csv'] as const;

/** The instrument whose items include every one asked for, when none was named. */
function instrumentOwning(items: readonly string[], command: string): ResolvedInstrument {
  const owner = BUILTIN_INSTRUMENTS.find((instrument) => items.every((id) => findItem(instrument, id)));
  if (!owner) throw new UsageError('--items: no built-in instrument has all these items; name one with --instrument', command);
  return { instrument: owner, known: [...BUILTIN_INSTRUMENTS] };
}

/** Codes of the chosen items from a canonical CSV; non-substantive answers ("Don't know") and blanks are missing. */
async function canonicalScores(args: ParsedArgs, io: CliIo, file: string, resolved: ResolvedInstrument, items: readonly string[]) {
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
  const matrix: ScoreMatrix = [];
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

/** `pulse alpha`: Cronbach's alpha of a scale, with item statistics. */
export const alphaCommand: Command = {
  name: 'alpha',
  summary: "Cronbach's alpha of a set of items (listwise or pairwise), with alpha if item dropped and item-rest correlations.",
  usage:
    'FILE (--items A1,A2,… | --long SUBJECT,ITEM,SCORE [--items …]) --missing listwise|pairwise [--reverse A1,…] [--range 1..6] [--instrument ID] [--min-group N] [--format md|json|csv] [-o FILE]',
  description: [
    "Reads a canonical responses CSV (items are item ids; \"Don't know\" and blanks are missing; the scale's range comes from the instrument), a plain CSV with a header row and one row per respondent (columns named by --items), or a long CSV with one row per score (--long names its subject, item and score columns, as pingouin's cronbach_alpha takes them; every item by default). In plain files blank or NA is missing, and --range is needed to reverse items.",
    'The treatment of missing answers has no default: --missing listwise drops respondents with any missing answer (R: psych::alpha on complete cases; pingouin remove_na=True); pairwise uses every pair of answers (psych::alpha(use = "pairwise"), pingouin nan_policy = "pairwise").',
    '--format csv is a plain table of item statistics; its run record goes to FILE.run.json with -o FILE, else to standard error as JSON.',
  ],
  positionals: [{ name: 'FILE', description: 'Canonical responses CSV, or a plain CSV of scores (wide, or long with --long).', required: true }],
  options: {
    items: { type: 'string', value: 'IDS', description: 'The items (columns) of the scale, comma-separated; with --long, which items (default: all).' },
    long: { type: 'string', value: 'COLUMNS', description: 'A long CSV: its subject, item and score columns, e.g. Subj,Items,Scores.' },
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
    'pulse alpha pingouin-cronbach_alpha.csv --long Subj,Items,Scores --missing listwise',
    'pulse alpha demo.csv --instrument pulse --items workload_manageable,direct_work_time,support_when_needed --missing pairwise --format json',
  ],
  async run(args, io) {
    const [file] = args.positionals as [string];
    const long = listOption(args, 'long');
    if (long && long.length !== 3) throw new UsageError('--long needs three columns: subject, item and score (e.g. Subj,Items,Scores)', args.command);
    const wanted = listOption(args, 'items');
    if (!wanted && !long) throw new UsageError('missing required option --items', args.command);
    if (wanted && wanted.length < 2) throw new UsageError('--items needs at least two items', args.command);
    const missing = choiceOption(args, 'missing', ['listwise', 'pairwise'] as const);
    if (!missing) throw new UsageError('missing required option --missing (listwise or pairwise: the two give different numbers, so there is no default)', args.command);
    const reverse = listOption(args, 'reverse') ?? [];
    const outside = wanted ? reverse.filter((id) => !wanted.includes(id)) : [];
    if (outside.length > 0) throw new UsageError(`--reverse: ${outside.join(', ')} ${outside.length === 1 ? 'is' : 'are'} not in --items`, args.command);
    let range: ScaleRange | undefined = rangeOption(args, 'range');
    const minGroup = minGroupOption(args);
    const format = choiceOption(args, 'format', FORMATS, 'md');
    const output = stringOption(args, 'output');

    let items = wanted ?? [];
    let matrix: ScoreMatrix;
    let input: InputRecord;
    let resolved: ResolvedInstrument | undefined;
    if (isCanonicalHeader(headerColumns(io, file))) {
      if (long || !wanted) throw new UsageError(`${file} is a canonical responses CSV: name the items with --items, not --long`, args.command);
      resolved = stringOption(args, 'instrument') !== undefined ? resolveInstrument(args, io) : instrumentOwning(items, args.command);
      const read = await canonicalScores(args, io, file, resolved, items);
      ({ matrix } = read);
      input = read.record;
      range ??= read.range;
      const known = range;
      if (matrix.some((row) => row.some((value, c) => value !== null && reverse.includes(items[c]!) && (value < known.min || value > known.max)))) {
        throw new UsageError(`--range ${known.min}..${known.max} does not cover the codes of the reversed items`, args.command);
      }
    } else {
      if (stringOption(args, 'instrument') !== undefined) {
        throw new DataError(`${file}, line 1: not a canonical responses CSV (the header lacks the fixed columns), so --instrument does not apply`);
      }
      if (reverse.length > 0 && !range) throw new UsageError('--reverse needs --range (e.g. --range 1..6): a plain CSV has no instrument to give the scale', args.command);
      const whole = readWholeInput(io, file, 'data');
      input = whole.record;
      const text = new TextDecoder('utf-8').decode(whole.bytes);
      const reversal = { items: reverse, ...(range ? { range } : {}) };
      try {
        if (long) {
          ({ items, matrix } = longScores(text, file, long as [string, string, string], wanted, reversal, args.command));
          const unknown = reverse.filter((id) => !items.includes(id));
          if (unknown.length > 0) throw new UsageError(`--reverse: ${unknown.join(', ')} not among the items (${items.join(', ')})`, args.command);
        } else matrix = wideScores(text, file, items, reversal, args.command);
      } catch (error) {
        if (error instanceof ImportError) throw readingError(error);
        throw error;
      }
    }

    const result = reliabilityAnalysis(matrix, { items, missing, reverse, ...(range ? { range } : {}) });
    const run = runRecord(args.command, args.argv, [input], resolved, {
      items,
      long: long ?? null,
      reverse,
      range: range ? `${range.min}..${range.max}` : null,
      missing,
      instrument: resolved ? (resolved.file ?? resolved.instrument.id) : null,
      minGroup,
      format,
      output: output ?? null,
    });
    const json = alphaJson(result, run, { items, reverse, ...(range ? { range } : {}), missing, minGroup });
    await writeFormatted(io, output, format, run, json, { csv: () => alphaCsv(json), md: () => renderAlphaMarkdown(json) });
  },
};
