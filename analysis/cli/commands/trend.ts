import Papa from 'papaparse';
import { allItems } from '../../../lib/instruments/items';
import { formatCount } from '../../format-count';
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
import { runMarkdown } from '../run-sections';
import { trendJson, type TrendJson } from '../trend-json';
import { writeOutput } from '../write-output';

const FORMATS = ['md', 'json', 'csv'] as const;

function oneDecimal(value: number | null): string {
  return value === null ? '' : value.toFixed(1);
}

function trendMarkdown(json: TrendJson): string {
  const out = [`## ${json.item.statement}`, '', `${json.instrument.title}: percentage positive by ${json.interval}${json.groupBy ? ` and ${json.groupBy}` : ''}.`];
  for (const series of json.series) {
    out.push('', `### ${series.label}`, '', '| Period | n | % positive | 95% interval | Mean |', '| --- | ---: | ---: | ---: | ---: |');
    for (const p of series.points) {
      out.push(
        p.suppressed
          ? `| ${p.period} | ${p.text} | | | |`
          : `| ${p.period} | ${formatCount(p.n!)} | ${oneDecimal(p.percentPositive)} | ${oneDecimal(p.lower)}–${oneDecimal(p.upper)} | ${p.mean === null ? '' : p.mean.toFixed(2)} |`,
      );
    }
  }
  out.push('', ...json.notes.map((note) => `- ${note}`));
  return `${out.join('\n')}\n`;
}

function trendCsv(json: TrendJson): string {
  const data = json.series.flatMap((s) =>
    s.points.map((p) => [s.group ?? '(all)', s.label, p.period, p.suppressed ? 'suppressed' : 'shown', p.n ?? '', p.percentPositive ?? '', p.lower ?? '', p.upper ?? '', p.mean ?? '', p.meanN ?? '']),
  );
  const fields = ['group', 'label', 'period', 'status', 'n', 'percent_positive', 'lower', 'upper', 'mean', 'mean_n'];
  return `${Papa.unparse({ fields, data }, { newline: '\r\n' })}\r\n`;
}

/** `pulse trend`: weekly or monthly series of one item per authority (or other group). */
export const trendCommand: Command = {
  name: 'trend',
  summary: 'Weekly or monthly trend of one item per authority: n, % positive with 95% Wilson interval, mean.',
  usage: 'FILE --instrument ID --item ID [--by authority|role|team|none] [--interval week|month] [--base answered|substantive] [--min-group N] [--format md|json|csv] [-o FILE]',
  description: [
    'For each group and each ISO week (2025-W07) or month (2025-02): n, the percentage positive ((Strongly agree + Agree) / n, or the two highest codes of other scales) with its 95% Wilson interval, and the mean code ("Don\'t know" left out). A pooled series for all groups comes last.',
    'Points with fewer than --min-group responses are suppressed, and further points of the same period are hidden where a suppressed one could be worked out from the period\'s total. --format json is a stable machine interface, documented in the README.',
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
    let content: string;
    switch (format) {
      case 'json':
        content = `${JSON.stringify(json, null, 2)}\n`;
        break;
      case 'csv':
        content = trendCsv(json);
        break;
      case 'md':
        content = trendMarkdown(json) + runMarkdown(run);
        break;
    }
    await writeOutput(io, output, content);
  },
};
