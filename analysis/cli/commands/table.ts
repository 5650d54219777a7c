import { AuthorityReportError, authorityReport, authoritiesOf, type AuthorityReport } from '../../authority-report';
import { percentageTable } from '../../percentage-table';
import { renderAuthorityReportMarkdown, renderTableMarkdown } from '../../render-markdown';
import { htmlDocument } from '../../report/html-document';
import { escapeHtml } from '../../report/escape-html';
import { renderAuthorityReportHtml, renderNotesHtml, renderTableHtml } from '../../report/table-html';
import type { Command } from '../command';
import { formatOptionSpec, INSTRUMENT_OPTION, OUTPUT_OPTION } from '../common-options';
import { countResponses } from '../count-responses';
import { UsageError } from '../exit-codes';
import { resolveInstrument } from '../instrument-option';
import { choiceOption, flagOption, listOption, stringOption } from '../option-values';
import { runRecord } from '../run-record';
import { tableCsv } from '../../report/table-csv';
import { tableJson } from '../table-json';
import { TABLE_OPTION_SPECS, tableOptionValues, toTableOptions } from '../table-options';
import { writeOutput } from '../write-output';
import { runHtml, runMarkdown } from '../run-sections';

const FORMATS = ['md', 'json', 'csv', 'html'] as const;

/** `pulse table`: the Ofsted-style percentage table of a canonical responses CSV. */
export const tableCommand: Command = {
  name: 'table',
  summary: 'Ofsted-style percentage table, optionally broken down (by authority, role, …) or for one authority.',
  usage: 'FILE --instrument ID [--by authority,role] [--rounding half-up|largest-remainder] [--base answered|substantive] [--net] [--min-group N] [--authority CODE] [--benchmark] [--format md|json|csv|html] [-o FILE]',
  description: [
    'Reads a canonical responses CSV (wide or long; streamed, any size) and prints, for each item, the statement, n and the percentage choosing each option, as in Annex A of the Ofsted 2011 survey. Notes on n, the base, rounding and disclosure control are printed under every table.',
    'Groups (and cells) with fewer than --min-group responses are suppressed, and further groups are hidden where a suppressed one could be worked out by subtraction.',
    '--format json is a stable machine interface, documented in the README ("CLI (`pulse`)").',
  ],
  positionals: [{ name: 'FILE', description: 'Canonical responses CSV.', required: true }],
  options: {
    instrument: INSTRUMENT_OPTION,
    by: { type: 'string', value: 'COLUMNS', description: 'Break down by these columns, comma-separated: authority, role, team, authority_code, authority_name, instrument_version, week, month, or a single-answer item id.' },
    ...TABLE_OPTION_SPECS,
    authority: { type: 'string', value: 'CODE', description: 'The per-authority layout: "Results for <authority> (n = …)" beside "All authorities (base = …)". Implies --by authority.' },
    benchmark: { type: 'boolean', description: 'Add the published Ofsted 2011 figures for the items that match (Ofsted instruments only).' },
    format: formatOptionSpec(FORMATS),
    output: OUTPUT_OPTION,
  },
  examples: [
    'pulse table demo.csv --instrument ofsted-2011-social-workers --benchmark',
    'pulse table demo.csv --instrument ofsted-2011-social-workers --by authority,role --format json -o table.json',
    'pulse table demo.csv --instrument ofsted-2011-social-workers --authority WRD --net --format html -o wrendale.html',
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
    const output = stringOption(args, 'output');
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
    const run = runRecord(args.command, args.argv, [read.record], resolved, {
      instrument: resolved.file ?? resolved.instrument.id,
      by,
      rounding: values.rounding,
      base: values.base,
      net: values.net,
      minGroup: values.minGroup,
      authority: authority ?? null,
      benchmark,
      format,
      output: output ?? null,
    });
    const columns = report ? table.columns.flatMap((c, i) => (c.values[0] === authority ? [i] : [])) : undefined;

    let content: string;
    switch (format) {
      case 'json':
        content = `${JSON.stringify(tableJson(table, run, report), null, 2)}\n`;
        break;
      case 'csv':
        content = tableCsv(table, columns);
        break;
      case 'md':
        content = (report ? renderAuthorityReportMarkdown(report) : renderTableMarkdown(table)) + runMarkdown(run);
        break;
      case 'html': {
        const title = report ? `${table.instrument.title}: ${report.heading}` : table.instrument.title;
        const body = [
          `<h1>${escapeHtml(title)}</h1>`,
          report ? renderAuthorityReportHtml(report) : renderTableHtml(table),
          '<h2>Notes</h2>',
          renderNotesHtml(table.notes),
          runHtml(run),
        ].join('\n');
        content = htmlDocument(title, body);
        break;
      }
    }
    await writeOutput(io, output, content);
  },
};
