import { crosstab } from '../../crosstab';
import { formatCount } from '../../format-count';
import { percentageTable } from '../../percentage-table';
import { crosstabCsv } from '../../report/crosstab-csv';
import { renderCrosstabMarkdown } from '../../report/crosstab-markdown';
import type { Command } from '../command';
import { formatOptionSpec, INSTRUMENT_OPTION, OUTPUT_OPTION } from '../common-options';
import { countResponses } from '../count-responses';
import { crosstabJson } from '../crosstab-json';
import { UsageError } from '../exit-codes';
import { headerColumns, isCanonicalHeader, readWholeInput } from '../input-file';
import { resolveInstrument } from '../instrument-option';
import { scaledItemOption } from '../item-option';
import { choiceOption, flagOption, stringOption } from '../option-values';
import { PLAIN_COLUMNS_ITEM, plainCsvCounts } from '../plain-csv-crosstab';
import { runRecord } from '../run-record';
import { NET_OPTION, TABLE_OPTION_SPECS, tableOptionValues, toTableOptions } from '../table-options';
import { writeFormatted } from '../write-output';

const FORMATS = ['md', 'json', 'csv'] as const;

/** `pulse crosstab`: groups × answers for one item, with a chi-square test and Cramér's V. */
export const crosstabCommand: Command = {
  name: 'crosstab',
  summary: "Authority × response for one item (or any two columns of a plain CSV), with Pearson's chi-square test of independence and Cramér's V.",
  usage:
    'FILE (--instrument ID --item ID [--by authority] | --rows COLUMN --cols COLUMN) [--base answered|substantive] [--rounding RULE] [--net] [--yates] [--min-group N] [--format md|json|csv] [-o FILE]',
  description: [
    'Percentages of each answer per group (authority by default), with n; suppressed groups read "fewer than 5 responses". The chi-square test (and Cramér\'s V) uses the groups that are shown, so nothing hidden is published through it; the columns are the answer options counted in n (--base).',
    'A plain CSV (a header row, one row per case, such as pingouin\'s chi2_independence data) is read with --rows and --cols instead of --instrument and --item: the rows are grouped by the values of one column, the answers are the values of the other, blank cells are not answered.',
    '--format csv is a plain table (one row per group, then the total) with the test on the total\'s row; its run record goes to FILE.run.json with -o FILE, else to standard error as JSON.',
  ],
  positionals: [{ name: 'FILE', description: 'Canonical responses CSV, or a plain CSV with --rows and --cols.', required: true }],
  options: {
    instrument: INSTRUMENT_OPTION,
    item: { type: 'string', value: 'ID', description: 'The item (a single-answer scaled item).' },
    by: { type: 'string', value: 'COLUMN', description: 'The rows: authority (default), role, team, authority_code, authority_name, week, month or an item id.' },
    rows: { type: 'string', value: 'COLUMN', description: 'Plain CSV: the column whose values are the rows.' },
    cols: { type: 'string', value: 'COLUMN', description: 'Plain CSV: the column whose values are the answers (the columns of the table).' },
    ...TABLE_OPTION_SPECS,
    net: NET_OPTION,
    yates: { type: 'boolean', description: "Yates' continuity correction on a 2 × 2 table (as scipy and pingouin do by default)." },
    format: formatOptionSpec(FORMATS),
    output: OUTPUT_OPTION,
  },
  examples: [
    'pulse crosstab demo.csv --instrument ofsted-2011-social-workers --item lm_cpd --net',
    'pulse crosstab demo.csv --instrument pulse --item workload_manageable --base substantive --format json',
    'pulse crosstab pingouin-chi2_independence.csv --rows sex --cols target --yates',
  ],
  async run(args, io) {
    const [file] = args.positionals as [string];
    const values = tableOptionValues(args);
    const format = choiceOption(args, 'format', FORMATS, 'md');
    const output = stringOption(args, 'output');
    const yates = flagOption(args, 'yates');
    const rows = stringOption(args, 'rows');
    const cols = stringOption(args, 'cols');
    const plain = !isCanonicalHeader(headerColumns(io, file));
    const options = toTableOptions(values, 'none');

    let counts;
    let groupBy: string;
    let itemId: string;
    let read;
    let resolved;
    if (plain) {
      for (const option of ['instrument', 'item', 'by']) {
        if (stringOption(args, option) !== undefined) throw new UsageError(`--${option} is for a canonical responses CSV; ${file} is a plain CSV: use --rows and --cols`, args.command);
      }
      if (rows === undefined || cols === undefined) throw new UsageError(`${file} is a plain CSV (not canonical responses): name its columns with --rows and --cols`, args.command);
      read = readWholeInput(io, file, 'data');
      counts = plainCsvCounts(new TextDecoder('utf-8').decode(read.bytes), file, rows, cols, args.command);
      groupBy = rows;
      itemId = PLAIN_COLUMNS_ITEM;
    } else {
      if (rows !== undefined || cols !== undefined) throw new UsageError('--rows and --cols are for a plain CSV; for canonical responses use --item and --by', args.command);
      resolved = resolveInstrument(args, io);
      itemId = scaledItemOption(args, resolved.instrument).item.id;
      groupBy = stringOption(args, 'by') ?? 'authority';
      ({ counts, read } = await countResponses(io, file, resolved, [groupBy], args.command));
    }
    const table = percentageTable(counts, options);
    const result = crosstab(table, itemId, { continuityCorrection: yates });
    const run = runRecord(args.command, args.argv, [read.record], resolved, {
      instrument: resolved ? (resolved.file ?? resolved.instrument.id) : null,
      item: plain ? null : itemId,
      by: plain ? null : groupBy,
      rows: rows ?? null,
      cols: cols ?? null,
      rounding: values.rounding,
      base: values.base,
      net: values.net,
      yates,
      minGroup: values.minGroup,
      format,
      output: output ?? null,
    });
    const total = table.total.respondents;
    const header = plain ? `${total.suppressed ? total.text : `${formatCount(total.n)} rows`} in ${file}` : table.header;
    const json = crosstabJson(result, table, run, { groupBy, plain, header });
    await writeFormatted(io, output, format, run, json, { csv: () => crosstabCsv(json), md: () => renderCrosstabMarkdown(json) });
  },
};
