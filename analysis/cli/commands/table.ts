import { AuthorityReportError, authorityReport, authoritiesOf, type AuthorityReport } from '../../authority-report';
import { describeItemStatistics, itemStatistics } from '../../item-statistics';
import { percentageTable } from '../../percentage-table';
import { renderAuthorityReportMarkdown, renderTableMarkdown } from '../../render-markdown';
import { describeResponseRates } from '../../response-rates';
import { escapeHtml } from '../../report/escape-html';
import { htmlDocument } from '../../report/html-document';
import { renderItemStatisticsHtml } from '../../report/item-statistics-html';
import { renderItemStatisticsMarkdown } from '../../report/item-statistics-markdown';
import { renderResponseRatesHtml } from '../../report/response-rates-html';
import { renderResponseRatesMarkdown } from '../../report/response-rates-markdown';
import { renderAuthorityReportHtml, renderNotesHtml, renderTableHtml } from '../../report/table-html';
import type { Command } from '../command';
import { formatOptionSpec, INSTRUMENT_OPTION, OUTPUT_OPTION } from '../common-options';
import { countResponses } from '../count-responses';
import { UsageError } from '../exit-codes';
import { resolveInstrument } from '../instrument-option';
import { choiceOption, flagOption, listOption, stringOption } from '../option-values';
import { INVITED_OPTION, invitedRates } from '../invited-option';
import { runRecord } from '../run-record';
import { tableCsv } from '../../report/table-csv';
import { tableJson } from '../table-json';
import { NET_OPTION, TABLE_OPTION_SPECS, tableOptionValues, toTableOptions } from '../table-options';
import { writeCsvOutput, writeOutput } from '../write-output';
import { runHtml, runMarkdown } from '../run-sections';

const FORMATS = ['md', 'json', 'csv', 'html'] as const;

/** `pulse table`: the Ofsted-style percentage table of a canonical responses CSV. */
export const tableCommand: Command = {
  name: 'table',
  summary: 'Ofsted-style percentage table, optionally broken down (by authority, role, …) or for one authority.',
  usage:
    'FILE --instrument ID [--by authority,role] [--rounding half-up|largest-remainder] [--base answered|substantive] [--net] [--stats] [--min-group N] [--authority CODE] [--invited FILE] [--benchmark] [--format md|json|csv|html] [-o FILE]',
  description: [
    'Reads a canonical responses CSV (wide or long; streamed, any size) and prints, for each item, the statement, n and the percentage choosing each option, as in Annex A of the Ofsted 2011 survey. Notes on n, the base, rounding and disclosure control are printed under every table.',
    'Groups (and cells) with fewer than --min-group responses are suppressed, and further groups are hidden where a suppressed one could be worked out by subtraction.',
    '--stats adds the mean, standard deviation and median of the codes of every single-answer item (substantive answers only), under the table. --invited FILE (CSV: authority_code,invited) adds response rates per authority with 95% Wilson intervals; it needs --by authority or --authority.',
    '--format json is a stable machine interface, documented in the README ("CLI (`pulse`)"). --format csv is the table alone, as a plain table (not with --stats or --invited); its run record goes to FILE.run.json with -o FILE, else to standard error as JSON.',
  ],
  positionals: [{ name: 'FILE', description: 'Canonical responses CSV.', required: true }],
  options: {
    instrument: INSTRUMENT_OPTION,
    by: { type: 'string', value: 'COLUMNS', description: 'Break down by these columns, comma-separated: authority, role, team, authority_code, authority_name, instrument_version, week, month, or a single-answer item id.' },
    ...TABLE_OPTION_SPECS,
    net: NET_OPTION,
    authority: { type: 'string', value: 'CODE', description: 'The per-authority layout: "Results for <authority> (n = …)" beside "All authorities (base = …)". Implies --by authority.' },
    benchmark: { type: 'boolean', description: 'Add the published Ofsted 2011 figures for the items that match (Ofsted instruments only).' },
    stats: { type: 'boolean', description: 'Add the mean, SD and median of the codes of each single-answer item ("Don\'t know" and blanks left out).' },
    invited: INVITED_OPTION,
    format: formatOptionSpec(FORMATS),
    output: OUTPUT_OPTION,
  },
  examples: [
    'pulse table demo.csv --instrument ofsted-2011-social-workers --benchmark',
    'pulse table demo.csv --instrument ofsted-2011-social-workers --by authority,role --format json -o table.json',
    'pulse table demo.csv --instrument ofsted-2011-social-workers --authority WRD --net --format html -o wrendale.html',
    'pulse table demo.csv --instrument ofsted-2011-social-workers --by authority --stats --invited invited.csv',
  ],
  async run(args, io) {
    const [file] = args.positionals as [string];
    const resolved = resolveInstrument(args, io);
    const values = tableOptionValues(args);
    const format = choiceOption(args, 'format', FORMATS, 'md');
    const authority = stringOption(args, 'authority');
    let by = listOption(args, 'by') ?? [];
    if (authority !== undefined) {
      if (by.length > 0 && !(by.length === 1 && by[0] === 'authority')) {
        throw new UsageError(`--authority needs the breakdown by authority alone (got --by ${by.join(',')})`, args.command);
      }
      by = ['authority'];
    }
    const benchmark = flagOption(args, 'benchmark');
    const stats = flagOption(args, 'stats');
    const output = stringOption(args, 'output');
    if (format === 'csv' && (stats || stringOption(args, 'invited') !== undefined)) {
      throw new UsageError(`--format csv is the table alone (a plain table); ${stats ? '--stats' : '--invited'} needs --format md, json or html`, args.command);
    }
    const { counts, read } = await countResponses(io, file, resolved, by, args.command);
    const table = percentageTable(counts, toTableOptions(values, benchmark ? 'auto' : 'none'));

    let report: AuthorityReport | undefined;
    if (authority !== undefined) {
      try {
        report = authorityReport(table, authority);
      } catch (error) {
        if (!(error instanceof AuthorityReportError)) throw error;
        const known = authoritiesOf(table).map((a) => a.code).join(', ');
        throw new UsageError(`--authority ${authority}: no responses from that authority in ${file} (authorities: ${known})`, args.command);
      }
    }
    const statistics = stats ? itemStatistics(table) : undefined;
    const invited = invitedRates(args, io, file, table, counts);
    const rates = invited && { ...invited, note: describeResponseRates(table.settings.minGroupSize) };
    const run = runRecord(args.command, args.argv, [read.record, ...(invited ? [invited.record] : [])], resolved, {
      instrument: resolved.file ?? resolved.instrument.id,
      by,
      rounding: values.rounding,
      base: values.base,
      net: values.net,
      minGroup: values.minGroup,
      authority: authority ?? null,
      benchmark,
      stats,
      invited: invited?.file ?? null,
      format,
      output: output ?? null,
    });
    const columns = report ? table.columns.flatMap((c, i) => (c.values[0] === authority ? [i] : [])) : undefined;
    const shown = (columns ?? table.columns.map((_, i) => i)).map((index) => ({ index, label: table.columns[index]!.label }));
    const layout = { totalLabel: table.total.label, columns: shown };
    const shownRates = rates && { authorities: shown.map(({ index }) => rates.authorities[index]!), total: rates.total };
    const statisticsNote = describeItemStatistics(statistics ?? [], table.settings.minGroupSize);

    switch (format) {
      case 'json':
        await writeOutput(io, output, `${JSON.stringify(tableJson(table, run, report, { ...(statistics ? { statistics } : {}), ...(rates ? { rates } : {}) }), null, 2)}\n`);
        break;
      case 'csv':
        await writeCsvOutput(io, output, tableCsv(table, columns), run);
        break;
      case 'md': {
        const extra = [
          statistics ? renderItemStatisticsMarkdown(statistics, layout, statisticsNote) : '',
          shownRates ? renderResponseRatesMarkdown(shownRates, rates.note) : '',
        ].filter(Boolean);
        const markdown = report ? renderAuthorityReportMarkdown(report) : renderTableMarkdown(table);
        await writeOutput(io, output, `${markdown}${extra.map((part) => `\n${part}`).join('')}${runMarkdown(run)}`);
        break;
      }
      case 'html': {
        const title = report ? `${table.instrument.title}: ${report.heading}` : table.instrument.title;
        const body = [
          `<h1>${escapeHtml(title)}</h1>`,
          report ? renderAuthorityReportHtml(report) : renderTableHtml(table),
          '<h2>Notes</h2>',
          renderNotesHtml(table.notes),
          ...(statistics ? ['<h2>Mean, SD and median</h2>', renderItemStatisticsHtml(statistics, layout, statisticsNote)] : []),
          ...(shownRates ? ['<h2>Response rates</h2>', renderResponseRatesHtml(shownRates, rates.note)] : []),
          runHtml(run),
        ].join('\n');
        await writeOutput(io, output, htmlDocument(title, body));
        break;
      }
    }
  },
};
