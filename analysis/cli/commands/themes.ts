import { allItems, findItem } from '../../../lib/instruments/items';
import { DEFAULT_MIN_COMMENT_GROUP_SIZE } from '../../disclosure';
import { themesCsv } from '../../report/themes-csv';
import { renderThemesMarkdown } from '../../report/themes-markdown';
import { CodebookError, parseCodebook, type Codebook } from '../../themes/codebook';
import { DEFAULT_CODEBOOK } from '../../themes/default-codebook';
import { ThemeCounter, themeTable } from '../../themes/theme-counts';
import type { Command } from '../command';
import { formatOptionSpec, INSTRUMENT_OPTION, OUTPUT_OPTION } from '../common-options';
import { DataError, UsageError } from '../exit-codes';
import { readWholeInput } from '../input-file';
import { resolveInstrument } from '../instrument-option';
import { minGroupOption } from '../min-group-option';
import { choiceOption, listOption, stringOption } from '../option-values';
import { ProfileGroups, profileBreakdownOption } from '../profile-group';
import { readCanonicalFile, requireResponses } from '../read-canonical-file';
import { runRecord, type InputRecord } from '../run-record';
import { themesJson } from '../themes-json';
import { writeFormatted } from '../write-output';

const FORMATS = ['md', 'json', 'csv'] as const;

/** `pulse themes`: respondents mentioning each theme of a codebook in their comments. */
export const themesCommand: Command = {
  name: 'themes',
  summary: 'Count respondents mentioning each theme (codebook of keywords/patterns) in free-text answers.',
  usage: 'FILE --instrument ID [--codebook FILE] [--items IDS] [--by none|authority|role|team] [--min-comments N] [--format md|json|csv] [-o FILE]',
  description: [
    'Reads the free-text answers of a canonical responses CSV and counts, for each theme, the respondents who mention it ("mentioned by 15 respondents (29%)", as in Masson, Frost & Parton 2008). Without --codebook, the seed themes are used: workload, supervision, training, emotional impact, time for direct work, peer support, confidence.',
    'A codebook is JSON: { "name": "…", "themes": [ { "id": "workload", "label": "Workload", "keywords": ["caseload*", "too many cases"], "patterns": ["regular expression"] } ] }. Keywords match whole words, case-insensitively; a trailing * matches any ending.',
    'The comment threshold applies: no count of fewer than --min-comments respondents (default 10) is shown. --format csv is a plain table; its run record goes to FILE.run.json with -o FILE, else to standard error as JSON.',
  ],
  positionals: [{ name: 'FILE', description: 'Canonical responses CSV.', required: true }],
  options: {
    instrument: INSTRUMENT_OPTION,
    codebook: { type: 'string', value: 'FILE', description: 'Codebook JSON file (default: the seed themes).' },
    items: { type: 'string', value: 'IDS', description: 'Free-text items to read, comma-separated (default: every text item).' },
    by: { type: 'string', value: 'COLUMN', description: 'Also count per group: none (default), authority, authority_code, authority_name, role or team.' },
    'min-comments': { type: 'string', value: 'N', description: 'Minimum respondents behind any count shown (default 10; never below 3).' },
    format: formatOptionSpec(FORMATS),
    output: OUTPUT_OPTION,
  },
  examples: ['pulse themes pulse-demo.csv --instrument pulse', 'pulse themes pulse-demo.csv --instrument pulse --codebook themes.json --by authority --format json'],
  async run(args, io) {
    const [file] = args.positionals as [string];
    const resolved = resolveInstrument(args, io);
    const { instrument } = resolved;
    const textItems = allItems(instrument).filter((item) => item.type === 'text');
    const wanted = listOption(args, 'items');
    const items = wanted
      ? wanted.map((id) => {
          const item = findItem(instrument, id);
          if (!item || item.type !== 'text') throw new UsageError(`--items: "${id}" is not a free-text item of ${instrument.id} (text items: ${textItems.map((i) => i.id).join(', ') || 'none'})`, args.command);
          return item;
        })
      : textItems;
    if (items.length === 0) throw new UsageError(`${instrument.id} has no free-text items`, args.command);
    const by = profileBreakdownOption(args, 'none');
    const minComments = minGroupOption(args, 'min-comments', DEFAULT_MIN_COMMENT_GROUP_SIZE);
    const format = choiceOption(args, 'format', FORMATS, 'md');
    const output = stringOption(args, 'output');
    const codebookFile = stringOption(args, 'codebook');
    let codebook: Codebook = DEFAULT_CODEBOOK;
    const inputs: InputRecord[] = [];
    let codebookRecord: InputRecord | undefined;
    if (codebookFile !== undefined) {
      const whole = readWholeInput(io, codebookFile, 'codebook');
      try {
        codebook = parseCodebook(whole.bytes.toString('utf8'), codebookFile);
      } catch (error) {
        if (error instanceof CodebookError) throw new DataError(error.message);
        throw error;
      }
      codebookRecord = whole.record;
    }

    const counter = new ThemeCounter(codebook);
    const groups = new ProfileGroups(by);
    const indices = items.map((item) => allItems(instrument).indexOf(item));
    const texts: (string | undefined)[] = new Array(indices.length);
    const read = await readCanonicalFile(io, file, resolved.known, (row) => {
      if (row.instrumentId !== instrument.id) return;
      indices.forEach((index, i) => {
        const value = row.values[index];
        texts[i] = typeof value === 'string' ? value : undefined;
      });
      counter.add(groups.of(row), texts);
    });
    requireResponses(read.summary, instrument);
    inputs.push(read.record);
    if (codebookRecord) inputs.push(codebookRecord);

    const table = themeTable(counter, { minGroupSize: minComments, byGroup: by !== 'none' });
    const run = runRecord(args.command, args.argv, inputs, resolved, {
      instrument: resolved.file ?? instrument.id,
      codebook: codebookFile ?? null,
      items: items.map((i) => i.id),
      by,
      minComments,
      format,
      output: output ?? null,
    });
    const json = themesJson(table, run, { codebook, file: codebookFile ?? null, items: items.map((i) => i.id), groupBy: by === 'none' ? null : by, labelOf: (g) => groups.label(g) });
    await writeFormatted(io, output, format, run, json, { csv: () => themesCsv(json), md: () => renderThemesMarkdown(json, instrument.title) });
  },
};
