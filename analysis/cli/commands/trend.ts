import { allItems } from '../../../lib/instruments/items';
import { trendCsv } from '../../report/trend-csv';
import { renderTrendMarkdown } from '../../report/trend-markdown';
import { TrendCounts, describeTrendDefinitions, trendSeries, type TrendSeries } from '../../trends';
import type { Command } from '../command';
import { formatOptionSpec, INSTRUMENT_OPTION, MIN_GROUP_OPTION, OUTPUT_OPTION } from '../common-options';
import { resolveInstrument } from '../instrument-option';
import { scaledItemOption } from '../item-option';
import { minGroupOption } from '../min-group-option';
import { choiceOption, stringOption } from '../option-values';
import { ProfileGroups, profileBreakdownOption } from '../profile-group';
import { readCanonicalFile, requireResponses } from '../read-canonical-file';
import { runRecord } from '../run-record';
import { trendJson } from '../trend-json';
import { writeFormatted } from '../write-output';

const FORMATS = ['md', 'json', 'csv'] as const;

/** `pulse trend`: weekly or monthly series of one item per authority (or other group). */
export const trendCommand: Command = {
  name: 'trend',
  summary: 'Weekly or monthly trend of one item per authority: n, % positive with 95% Wilson interval, mean and SD.',
  usage: 'FILE --instrument ID --item ID [--by authority|role|team|none] [--interval week|month] [--base answered|substantive] [--min-group N] [--format md|json|csv] [-o FILE]',
  description: [
    'For each group and each ISO week (2025-W07) or month (2025-02): n, the percentage positive ((Strongly agree + Agree) / n, or the two highest codes of other scales) with its 95% Wilson interval, and the mean and standard deviation of the codes ("Don\'t know" left out). A pooled series for all groups comes last.',
    'Points with fewer than --min-group responses are suppressed, and further points of the same period are hidden where a suppressed one could be worked out from the period\'s total. --format json is a stable machine interface, documented in the README. --format csv is a plain table; its run record goes to FILE.run.json with -o FILE, else to standard error as JSON.',
  ],
  positionals: [{ name: 'FILE', description: 'Canonical responses CSV.', required: true }],
  options: {
    instrument: INSTRUMENT_OPTION,
    item: { type: 'string', value: 'ID', description: 'The item (a single-answer scaled item of the instrument).' },
    by: { type: 'string', value: 'COLUMN', description: 'authority (default), authority_code, authority_name, role, team or none.' },
    interval: { type: 'string', value: 'INTERVAL', description: 'week (default; ISO weeks, UTC) or month.' },
    base: { type: 'string', value: 'BASE', description: 'Who counts in n: answered (default: "Don\'t know" in) or substantive.' },
    'min-group': MIN_GROUP_OPTION,
    format: formatOptionSpec(FORMATS),
    output: OUTPUT_OPTION,
  },
  examples: [
    'pulse trend demo.csv --instrument pulse --item workload_manageable --by authority --interval week',
    'pulse trend demo.csv --instrument ofsted-2011-social-workers --item lm_cpd --interval month --format json -o trend.json',
  ],
  async run(args, io) {
    const [file] = args.positionals as [string];
    const resolved = resolveInstrument(args, io);
    const { instrument } = resolved;
    const { item, scale } = scaledItemOption(args, instrument);
    const by = profileBreakdownOption(args, 'authority');
    const interval = choiceOption(args, 'interval', ['week', 'month'] as const, 'week');
    const base = choiceOption(args, 'base', ['answered', 'substantive'] as const, 'answered');
    const minGroup = minGroupOption(args);
    const format = choiceOption(args, 'format', FORMATS, 'md');
    const output = stringOption(args, 'output');

    const groups = new ProfileGroups(by);
    const counts = new TrendCounts(interval, [item.id]);
    const answers: Record<string, unknown> = {};
    const itemIndex = allItems(instrument).indexOf(item);
    const read = await readCanonicalFile(io, file, resolved.known, (row) => {
      if (row.instrumentId !== instrument.id) return;
      answers[item.id] = row.values[itemIndex];
      counts.add({ submittedAt: row.submittedAt, group: groups.of(row), answers });
    });
    requireResponses(read.summary, instrument);

    const totalLabel = by === 'none' ? `All ${instrument.groupLabel}` : by.startsWith('authority') ? 'All authorities' : `All ${instrument.groupLabel}`;
    const options = { base: { nonSubstantive: base === 'answered' ? ('include' as const) : ('exclude' as const) }, minGroupSize: minGroup };
    const series: TrendSeries[] =
      by === 'none'
        ? trendSeries(counts, item.id, scale, { ...options, groups: [], totalGroup: totalLabel })
        : trendSeries(counts, item.id, scale, { ...options, totalGroup: totalLabel });
    const description = describeTrendDefinitions(series[0]!.definitions, scale);
    const run = runRecord(args.command, args.argv, [read.record], resolved, {
      instrument: resolved.file ?? instrument.id,
      item: item.id,
      by,
      interval,
      base,
      minGroup,
      format,
      output: output ?? null,
    });
    const notes = [
      description,
      'Where a group\'s point is suppressed, further points of the same period are hidden so that it cannot be worked out from the period\'s total (complementary suppression).',
      `Periods are ${interval === 'week' ? 'ISO weeks (Monday to Sunday)' : 'calendar months'} of submitted_at, in UTC.`,
    ];
    const json = trendJson({
      run,
      instrument,
      item,
      scale,
      series,
      groupBy: by === 'none' ? null : by,
      labelOf: (s) => (s.total ? totalLabel : groups.label(s.group)),
      description,
      notes,
    });
    await writeFormatted(io, output, format, run, json, { csv: () => trendCsv(json), md: () => renderTrendMarkdown(json) });
  },
};
