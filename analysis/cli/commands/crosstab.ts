import Papa from 'papaparse';
import { describeBase } from '../../base';
import { describeDisclosure } from '../../disclosure';
import { formatCount } from '../../format-count';
import { describeRounding } from '../../rounding';
import { percentageTable, tableRows } from '../../percentage-table';
import { chiSquareIndependence } from '../../statistics';
import type { Command } from '../command';
import { formatOptionSpec, INSTRUMENT_OPTION, OUTPUT_OPTION } from '../common-options';
import { countResponses } from '../count-responses';
import { resolveInstrument } from '../instrument-option';
import { scaledItemOption } from '../item-option';
import { choiceOption, stringOption } from '../option-values';
import { runRecord } from '../run-record';
import { runMarkdown } from '../run-sections';
import { tableJson, type TableCellJson } from '../table-json';
import { TABLE_OPTION_SPECS, tableOptionValues, toTableOptions } from '../table-options';
import { writeOutput } from '../write-output';

const FORMATS = ['md', 'json', 'csv'] as const;

/** A p-value as researchers print it. */
function formatP(p: number): string {
  return p < 0.001 ? '< 0.001' : `= ${p.toFixed(3)}`;
}

/** `pulse crosstab`: groups × answers for one item, with a chi-square test and Cramér's V. */
export const crosstabCommand: Command = {
  name: 'crosstab',
  summary: "Authority × response for one item, with Pearson's chi-square test of independence and Cramér's V.",
  usage: 'FILE --instrument ID --item ID [--by authority] [--base answered|substantive] [--rounding RULE] [--min-group N] [--format md|json|csv] [-o FILE]',
  description: [
    'Percentages of each answer per group (authority by default), with n; suppressed groups read "fewer than 5 responses". The chi-square test (and Cramér\'s V) uses the groups that are shown, so nothing hidden is published through it; the columns are the answer options counted in n (--base).',
  ],
  positionals: [{ name: 'FILE', description: 'Canonical responses CSV.', required: true }],
  options: {
    instrument: INSTRUMENT_OPTION,
    item: { type: 'string', value: 'ID', description: 'The item (a single-answer scaled item).' },
    by: { type: 'string', value: 'COLUMN', description: 'The rows: authority (default), role, team, authority_code, authority_name, week, month or an item id.' },
    ...TABLE_OPTION_SPECS,
    format: formatOptionSpec(FORMATS),
    output: OUTPUT_OPTION,
  },
  examples: ['pulse crosstab demo.csv --instrument ofsted-2011-social-workers --item lm_cpd', 'pulse crosstab demo.csv --instrument pulse --item workload_manageable --base substantive --format json'],
  async run(args, io) {
    const [file] = args.positionals as [string];
    const resolved = resolveInstrument(args, io);
    const { item } = scaledItemOption(args, resolved.instrument);
    const by = stringOption(args, 'by') ?? 'authority';
    const values = tableOptionValues(args);
    const format = choiceOption(args, 'format', FORMATS, 'md');
    const output = stringOption(args, 'output');
    const { counts, read } = await countResponses(io, file, resolved, [by], args.command);
    const table = percentageTable(counts, toTableOptions(values, 'none'));
    const row = tableRows(table).find((r) => r.itemId === item.id)!;

    const tested = table.columns.flatMap((column, i) => {
      const cell = row.cells[i]!;
      return cell.suppressed ? [] : [{ label: column.label, counts: cell.counts }];
    });
    const leftOut = table.columns.filter((_, i) => row.cells[i]!.suppressed).map((c) => c.label);
    const test = tested.length >= 2 ? chiSquareIndependence(tested.map((t) => t.counts)) : undefined;
    const run = runRecord(args.command, args.argv, [read.record], resolved, {
      instrument: resolved.file ?? resolved.instrument.id,
      item: item.id,
      by,
      rounding: values.rounding,
      base: values.base,
      net: values.net,
      minGroup: values.minGroup,
      format,
      output: output ?? null,
    });
    const asTable = tableJson(table, run);
    const itemJson = asTable.sections.flatMap((s) => s.items).find((i) => i.id === item.id)!;
    const notes = [
      `The number of ${table.instrument.groupLabel} answering is shown in parentheses.`,
      describeBase(table.settings.base),
      describeRounding(table.settings.rounding),
      describeDisclosure(table.settings.minGroupSize),
      test
        ? `Chi-square test of independence (Pearson, no continuity correction) on the ${tested.length} groups shown${leftOut.length > 0 ? `; left out because suppressed: ${leftOut.join(', ')}` : ''}. ` +
          `Options with no answers in any group tested are dropped. ${test.lowExpectedCells} of ${test.expected.flat().length} cells have an expected count below 5.`
        : 'No chi-square test: fewer than two groups can be shown.',
    ];
    const json = {
      format: 'frontline-pulse/crosstab',
      formatVersion: 1,
      run,
      instrument: asTable.instrument,
      item: { id: itemJson.id, statement: itemJson.statement, scale: itemJson.scale, options: itemJson.options },
      groupBy: by,
      settings: asTable.settings,
      total: { ...itemJson.total, label: asTable.total.label },
      groups: asTable.groups.map((g, i) => ({ values: g.values, labels: g.labels, label: g.label, ...(itemJson.groups[i] as TableCellJson) })),
      test: test
        ? {
            statistic: test.statistic,
            df: test.df,
            pValue: test.pValue,
            cramersV: Number.isFinite(test.cramersV) ? test.cramersV : null,
            n: test.n,
            lowExpectedCells: test.lowExpectedCells,
            groupsTested: tested.map((t) => t.label),
            groupsLeftOut: leftOut,
          }
        : null,
      notes,
    };
    let content: string;
    if (format === 'json') content = `${JSON.stringify(json, null, 2)}\n`;
    else if (format === 'csv') {
      const options = row.options;
      const data = [...json.groups, json.total].map((g) => [g.label, g.suppressed ? g.text! : g.n!, ...options.map((_, k) => (g.suppressed ? '' : g.percents![k]!))]);
      content = `${Papa.unparse({ fields: ['group', 'n', ...options.map((o) => `${o.label} (%)`)], data }, { newline: '\r\n' })}\r\n`;
    } else {
      const out = [`## ${row.statement}`, '', `${table.header}.`, '', `| ${by.charAt(0).toUpperCase()}${by.slice(1).replace(/_/g, ' ')} (n) | ${row.options.map((o) => o.label).join(' | ')} |`, `| --- |${row.options.map(() => ' ---: |').join('')}`];
      for (const g of [...json.groups, json.total]) {
        out.push(g.suppressed ? `| ${g.label} | ${g.text} |${row.options.slice(1).map(() => ' |').join('')}` : `| ${g.label} (${formatCount(g.n!)}) | ${g.percents!.join(' | ')} |`);
      }
      out.push('');
      if (test) {
        const v = Number.isFinite(test.cramersV) ? test.cramersV.toFixed(3) : 'not defined';
        out.push(`χ²(${test.df}) = ${test.statistic.toFixed(2)}, p ${formatP(test.pValue)}, Cramér's V = ${v} (n = ${formatCount(test.n)}).`);
      }
      out.push('', ...notes.map((note) => `- ${note}`));
      content = `${out.join('\n')}\n${runMarkdown(run)}`;
    }
    await writeOutput(io, output, content);
  },
};
