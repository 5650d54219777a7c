import { allItems, scaleOf, statement } from '../../../lib/instruments/items';
import type { Item } from '../../../lib/instruments/schema';
import { AuthorityReportError, authorityReport, authoritiesOf, type AuthorityReport } from '../../authority-report';
import { chartParts, type DivergingRow } from '../../charts';
import { formatCount } from '../../format-count';
import { addAnswerValues, sortedGroups, totalCounts } from '../../group-counts';
import { tableNarrative } from '../../narrative';
import { percentageTable, tableRows } from '../../percentage-table';
import { QUANTIFIER_CONVENTIONS, quantifierConvention } from '../../quantifiers';
import { escapeHtml } from '../../report/escape-html';
import { htmlDocument } from '../../report/html-document';
import { renderNarrativeHtml } from '../../report/narrative-html';
import { renderNetAgreeMatrixHtml } from '../../report/net-agree-matrix-html';
import { renderResponseRatesHtml } from '../../report/response-rates-html';
import { describeResponseRates } from '../../response-rates';
import { renderAuthorityReportHtml, renderNotesHtml, renderTableHtml } from '../../report/table-html';
import { describeTrendDefinitions, TrendCounts, trendSeries } from '../../trends';
import type { Command } from '../command';
import { INSTRUMENT_OPTION, OUTPUT_OPTION } from '../common-options';
import { checkedAccumulator } from '../count-responses';
import { UsageError } from '../exit-codes';
import { INVITED_OPTION, invitedRates } from '../invited-option';
import { resolveInstrument } from '../instrument-option';
import { scaledItemOption } from '../item-option';
import { choiceOption, stringOption } from '../option-values';
import { ProfileGroups } from '../profile-group';
import { readCanonicalFile, requireResponses } from '../read-canonical-file';
import { runRecord } from '../run-record';
import { runHtml } from '../run-sections';
import { TABLE_OPTION_SPECS, tableOptionValues, toTableOptions } from '../table-options';
import { writeOutput } from '../write-output';

/** The first single-answer agreement item, the default subject of the trend charts. */
function defaultTrendItem(items: readonly Item[]): Item | undefined {
  return items.find((i) => i.type === 'likert') ?? items.find((i) => i.type === 'rating' || i.type === 'single');
}

/** `pulse report`: one self-contained HTML report (tables, narrative, charts, notes). */
export const reportCommand: Command = {
  name: 'report',
  summary: 'One self-contained HTML report: tables, narrative, charts (embedded PNG), trends, notes; prints well.',
  usage: 'FILE --instrument ID [--authority CODE] [--item ID] [--interval week|month] [--convention ofsted-2012-usage|inspectorate] [--rounding RULE] [--base BASE] [--min-group N] [--title TEXT] [-o FILE]',
  description: [
    'Writes one HTML file with everything embedded (charts as PNG data URIs, no scripts, no external resources): key figures, a diverging bar chart of the Likert items, the Ofsted-style table with net agree and disagree (and the published Ofsted 2011 figures for Ofsted instruments), Ofsted-style sentences, weekly or monthly trends of one item for all authorities and for each authority, net agree by authority, and the notes (base, rounding, disclosure control, definitions) and run record.',
    'With --authority, the per-authority layout: that authority beside all authorities. Suppression applies everywhere (default: fewer than 5 responses); where a group is too small for a chart, the report says so instead of drawing an empty one. With --invited FILE (CSV: authority_code,invited), response rates per authority with 95% Wilson intervals.',
  ],
  positionals: [{ name: 'FILE', description: 'Canonical responses CSV.', required: true }],
  options: {
    instrument: INSTRUMENT_OPTION,
    authority: { type: 'string', value: 'CODE', description: 'Report for one authority, beside all authorities.' },
    item: { type: 'string', value: 'ID', description: 'Item of the trend charts (default: the first Likert item).' },
    interval: { type: 'string', value: 'INTERVAL', description: 'Trend periods: week (default) or month.' },
    convention: { type: 'string', value: 'ID', description: `Quantifier words of the sentences: ${QUANTIFIER_CONVENTIONS.map((c) => c.id).join(' (default) or ')}.` },
    ...TABLE_OPTION_SPECS,
    invited: INVITED_OPTION,
    title: { type: 'string', value: 'TEXT', description: 'Title of the report (default: the instrument\'s title).' },
    format: { type: 'string', value: 'FORMAT', description: 'html (the only format).' },
    output: OUTPUT_OPTION,
  },
  examples: [
    'pulse report demo.csv --instrument ofsted-2011-social-workers -o demo-report.html',
    'pulse report demo.csv --instrument pulse --authority WRD --item workload_manageable --interval month -o wrendale.html',
  ],
  async run(args, io) {
    const [file] = args.positionals as [string];
    const resolved = resolveInstrument(args, io);
    const { instrument } = resolved;
    const items = allItems(instrument);
    const role = instrument.roles.length === 1 ? instrument.roles[0] : undefined;
    const trendItem = stringOption(args, 'item') !== undefined ? scaledItemOption(args, instrument).item : defaultTrendItem(items);
    const interval = choiceOption(args, 'interval', ['week', 'month'] as const, 'week');
    const conventionId = choiceOption(args, 'convention', QUANTIFIER_CONVENTIONS.map((c) => c.id), QUANTIFIER_CONVENTIONS[0]!.id);
    const convention = quantifierConvention(conventionId);
    choiceOption(args, 'format', ['html'] as const, 'html');
    const values = tableOptionValues(args, true);
    const authority = stringOption(args, 'authority');
    const output = stringOption(args, 'output');
    const title = stringOption(args, 'title') ?? `${instrument.title}: report`;

    // One pass over the file: counts by authority (the total is their sum) and trend counts.
    const counts = checkedAccumulator(resolved, ['authority'], args.command);
    const groups = new ProfileGroups('authority');
    const trend = trendItem ? new TrendCounts(interval, [trendItem.id]) : undefined;
    const trendIndex = trendItem ? items.indexOf(trendItem) : -1;
    const answers: Record<string, unknown> = {};
    const read = await readCanonicalFile(io, file, resolved.known, (row) => {
      if (row.instrumentId !== instrument.id) return;
      addAnswerValues(counts, row, row.values, row.codes);
      if (trend && trendItem) {
        answers[trendItem.id] = row.values[trendIndex];
        trend.add({ submittedAt: row.submittedAt, group: groups.of(row), answers });
      }
    });
    const respondents = requireResponses(read.summary, instrument);

    const tableOptions = toTableOptions(values, 'auto');
    const table = percentageTable(counts, tableOptions);
    const invited = invitedRates(args, io, file, table, counts);
    let page: AuthorityReport | undefined;
    if (authority !== undefined) {
      try {
        page = authorityReport(table, authority);
      } catch (error) {
        if (!(error instanceof AuthorityReportError)) throw error;
        throw new UsageError(`--authority ${authority}: no responses from that authority in ${file} (authorities: ${authoritiesOf(table).map((a) => a.code).join(', ')})`, args.command);
      }
    }
    const authorityIndex = page ? table.columns.findIndex((c) => c.values[0] === authority) : -1;
    const run = runRecord(args.command, args.argv, [read.record, ...(invited ? [invited.record] : [])], resolved, {
      instrument: resolved.file ?? instrument.id,
      authority: authority ?? null,
      item: trendItem?.id ?? null,
      interval,
      convention: convention.id,
      rounding: values.rounding,
      base: values.base,
      net: values.net,
      minGroup: values.minGroup,
      invited: invited?.file ?? null,
      title,
      format: 'html',
      output: output ?? null,
    });

    const base = tableOptions.base!;
    const k = values.minGroup;
    const sections: string[] = [];
    const contents: [string, string][] = [];
    const section = (id: string, heading: string, body: string) => {
      contents.push([id, heading]);
      sections.push(`<section id="${id}">\n<h2>${escapeHtml(heading)}</h2>\n${body}\n</section>`);
    };

    // Key figures.
    const periods = trend?.periods() ?? [];
    const shownAuthorities = table.columns.filter((c) => !c.respondents.suppressed).length;
    const focus = page ? table.columns[authorityIndex]! : undefined;
    const figures = [
      [focus ? (focus.respondents.suppressed ? focus.respondents.text : formatCount(focus.respondents.n)) : formatCount(respondents), focus ? `respondents in ${focus.label}` : `${instrument.groupLabel} responded`],
      [String(table.columns.length), `authorities${shownAuthorities < table.columns.length ? ` (${shownAuthorities} shown)` : ''}`],
      [periods.length > 0 ? (periods.length === 1 ? periods[0]! : `${periods[0]} – ${periods[periods.length - 1]}`) : '–', `${interval === 'week' ? 'ISO weeks' : 'months'} covered`],
      [String(tableRows(table).length), 'questions with answer options'],
    ];
    const intro = [
      `<h1>${escapeHtml(title)}</h1>`,
      `<p class="lead">${escapeHtml(page ? `${page.heading}, beside ${page.allHeading}.` : `${table.header}.`)} ${escapeHtml(instrument.title)}, version ${escapeHtml(instrument.version)}.</p>`,
      `<ul class="figures">${figures.map(([value, label]) => `<li><strong>${escapeHtml(value!)}</strong>${escapeHtml(label!)}</li>`).join('')}</ul>`,
    ];

    // Charts are drawn in Node with @napi-rs/canvas: loaded only here, so other commands start faster.
    const { divergingFigures, trendFigures } = await import('../report-charts');

    // Diverging bars: every Likert item of the focus group (the authority, or everyone); in words
    // instead when the focus group is too small to show.
    const focusCounts = (page && sortedGroups(counts).find((g) => g.values[0] === authority)) || totalCounts(counts);
    const who = focus ? focus.label : table.total.label;
    const parts = chartParts(items, (item) => scaleOf(instrument, item));
    const rowOf = new Map(tableRows(table).map((row) => [row.itemId, row]));
    const charts =
      focus?.respondents.suppressed && parts.length > 0
        ? [`<p class="note">${escapeHtml(`${who}: ${focus.respondents.text}, too few to show its answers, so no chart is drawn. The table below gives all authorities.`)}</p>`]
        : parts.flatMap(({ scale, items: slice, first, last, of }) => {
            const rows: DivergingRow[] = slice.map((item) => {
              const row = rowOf.get(item.id);
              const cell = page && row ? row.cells[authorityIndex]! : row?.total;
              return { label: statement(item, role), counts: focusCounts.items.get(item.id) ?? { byCode: new Map(), blank: 0 }, suppressed: cell?.suppressed ?? true };
            });
            const which = of > slice.length ? `questions ${first}–${last} of ${of}` : `${slice.length} question${slice.length === 1 ? '' : 's'}`;
            return divergingFigures(who, which, rows, scale, { base, minGroupSize: k });
          });
    if (charts.some((chart) => chart.startsWith('<figure'))) {
      charts.push(
        '<p class="note">Each bar: the percentage of n choosing each option, disagreement to the left of zero, agreement to the right, the middle option split across zero. Suppressed items have no bar.</p>',
      );
    }
    if (charts.length > 0) section('glance', 'Answers at a glance', charts.join('\n'));

    // The table.
    section(
      'table',
      page ? page.heading : 'Results for all authorities',
      `${page ? renderAuthorityReportHtml(page) : renderTableHtml(table, { columns: [] })}\n${renderNotesHtml(table.notes)}`,
    );

    // Narrative.
    const sentences = page ? tableNarrative(table, { convention }, table.columns[authorityIndex]!.key) : tableNarrative(table, { convention });
    section('narrative', 'What the figures say', `<p>Quantifiers: ${escapeHtml(convention.name)}: ${escapeHtml(convention.description)}</p>\n${renderNarrativeHtml(table, sentences)}`);

    // Trends.
    if (trend && trendItem) {
      const scale = scaleOf(instrument, trendItem)!;
      const allLabel = 'All authorities';
      const series = trendSeries(trend, trendItem.id, scale, { base, minGroupSize: k, totalGroup: allLabel });
      const subtitle = `% positive by ${interval === 'week' ? 'ISO week' : 'month'}; shaded: 95% Wilson interval; gaps: fewer than ${k} responses`;
      const pooled = series.find((s) => s.total)!;
      const mine = series.filter((s) => !s.total && (authority === undefined || s.group === authority));
      const alt = (label: string) => `Trend of ${trendItem.id} for ${label}`;
      const big = trendFigures([pooled], () => allLabel, { subtitle, width: 1000, height: 380, alt });
      const small = trendFigures(mine, (s) => groups.label(s.group), {
        subtitle: authority === undefined ? '' : subtitle,
        width: authority === undefined ? 540 : 1000,
        height: 380,
        alt,
      });
      section(
        'trends',
        `Trends: ${statement(trendItem, role)}`,
        [
          `<p>${escapeHtml(describeTrendDefinitions(series[0]!.definitions, scale))} Where one authority's point is hidden, further points of the same period may be hidden so that it cannot be worked out from the total.</p>`,
          ...big.figures,
          big.note ?? '',
          `<h3>${authority === undefined ? 'By authority' : escapeHtml(groups.label(authority))}</h3>`,
          small.figures.length > 0 ? `<div class="charts">${small.figures.join('\n')}</div>` : '',
          small.note ?? '',
        ]
          .filter(Boolean)
          .join('\n'),
      );
    }

    // Response rates.
    if (invited) {
      const index = page ? authorityIndex : -1;
      const shown = { authorities: index >= 0 ? [invited.authorities[index]!] : invited.authorities, total: invited.total };
      section('rates', 'Response rates', renderResponseRatesHtml(shown, describeResponseRates(k)));
    }

    // Net agree by authority (all-authority report only).
    if (!page && table.columns.length > 0) {
      section('authorities', 'Net agree by authority', `<p>Authorities in alphabetical order; each column is headed with its n. No ranking is implied: differences of a few points are well within the uncertainty of groups this size.</p>\n${renderNetAgreeMatrixHtml(table)}`);
    }

    const nav = `<nav><strong>Contents</strong><ol>${contents.map(([id, heading]) => `<li><a href="#${id}">${escapeHtml(heading)}</a></li>`).join('')}<li><a href="#run">How this was produced</a></li></ol></nav>`;
    const html = htmlDocument(title, [...intro, nav, ...sections, runHtml(run)].join('\n'));
    await writeOutput(io, output, html);
  },
};
