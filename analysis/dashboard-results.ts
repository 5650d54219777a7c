import { findItem, scaleOf, statement } from '../lib/instruments/items';
import type { Scale } from '../lib/instruments/schema';
import { chartParts, divergingBarChartConfig, trendLineChartConfig, type DivergingBarChartConfig, type DivergingRow, type TrendLineChartConfig } from './charts';
import { sortedGroups, totalCounts } from './group-counts';
import { emptyItemCounts } from './item-counts';
import { tableNarrative, type NarrativeSentence } from './narrative';
import { tableRows, type PercentageTable, type TableRow } from './percentage-table';
import type { PoolCounts } from './pool-counts';
import { hiddenPoint, protectedTrend } from './protected-trend';
import { roleFilteredTable } from './role-filtered-table';
import type { TrendSeries } from './trends';

/** What the dashboard is asked to show from counted responses. */
export interface DashboardQuery {
  /** 'all' or a role id. */
  role: string;
  /** The authority beside all authorities, or null for all authorities alone. */
  authority: { code: string; name: string } | null;
  /** A single-answer item (its counts are in the trend counts). */
  trendItemId: string;
}

/** The bars of a diverging chart, ready to draw at any width ({@link barChart}). */
export interface BarChartData {
  rows: DivergingRow[];
  scale: Scale;
  title: string;
  minGroupSize: number;
}

/** A table of some of the items, with the diverging bar chart of the same items when they have one. */
export interface ResultBlock {
  /** Names the block: "Statements 1–13 of 38: Strongly agree to Strongly disagree". Unique on the page. */
  title: string;
  itemIds: string[];
  chart?: BarChartData;
}

export interface DashboardResults {
  /** The table as shown: the role view, with everything hidden that the views together would give away. */
  table: PercentageTable;
  blocks: ResultBlock[];
  /** Sentences for the authority (or all authorities), only for items whose figures are shown. */
  narrative: NarrativeSentence[];
  trend: { statement: string; series: TrendSeries; config: TrendLineChartConfig };
}

const TABLE_OPTIONS = { net: true, benchmark: 'auto' as const };
/** Characters a label line fits at the widest chart (44rem, an A4 page's width), in 11 px type. */
export const WIDEST_LABEL = 64;

/**
 * A diverging bar chart of a block, with labels wrapped at `labelWidth` characters (64 at 44rem,
 * an A4 page's width; fewer in a narrower window, so that Chart.js does not cut them) in 11 px
 * type (8 pt on paper), and a height that leaves every bar room for its label (13.5 px a line, a
 * gap, 110 px for title, axis and legend) but no more than a page, so that printing needs no
 * redrawing.
 *
 * @example
 * barChart(results.blocks[0].chart, 64) // { config, height: 994 }
 */
export function barChart(data: BarChartData, labelWidth = WIDEST_LABEL): { config: DivergingBarChartConfig; height: number } {
  const config = divergingBarChartConfig(data.rows, data.scale, { title: data.title, minGroupSize: data.minGroupSize, labelWidth, labelFontSize: 11 });
  const lines = Math.max(2, ...(config.data.labels ?? []).map((label) => label.length));
  return { config, height: Math.min(1000, Math.round(110 + data.rows.length * (lines * 13.5 + 10))) };
}

function scaleWords(row: TableRow): string {
  const substantive = row.options.filter((o) => o.substantive);
  return `${substantive[0]?.label ?? ''} to ${substantive[substantive.length - 1]?.label ?? ''}`;
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Everything the dashboard shows for a query, from the counts of a period: the table of the role
 * view ({@link roleFilteredTable}), cut into blocks of at most 13 items of one scale, each with
 * the data of its diverging bar chart (one per scale, each with its own legend; {@link barChart}
 * draws it at a width); the sentences; and the
 * trend of one item for all roles beside it ({@link protectedTrend}). Bars and sentences are made
 * from the table's cells, so they hide what it hides.
 *
 * @example
 * dashboardResults(countPool(pool, filters), { role: 'social_worker', authority: { code: 'NSH', name: 'Northshire' }, trendItemId: 'workload_manageable' })
 */
export function dashboardResults(counts: PoolCounts, query: DashboardQuery): DashboardResults {
  const { instrument } = counts.all;
  const role = instrument.roles.length === 1 ? instrument.roles[0] : undefined;
  const table = roleFilteredTable(counts, query.role, TABLE_OPTIONS);
  const index = query.authority ? table.columns.findIndex((c) => c.values[0] === query.authority!.code) : -1;
  const who = query.authority?.name ?? table.total.label;
  const accumulator = query.role === 'all' ? counts.all : counts.byRole(query.role);
  const group = query.authority ? sortedGroups(accumulator)[index] : totalCounts(accumulator);
  const cellOf = (row: TableRow) => (query.authority ? (index >= 0 ? row.cells[index]! : undefined) : row.total);
  const rows = tableRows(table);

  const parts = chartParts(rows, (row) => instrument.scales.find((s) => s.id === row.scaleId));
  const charted = new Set(parts.flatMap((p) => p.items.map((r) => r.itemId)));
  const blocks: (ResultBlock & { order: number })[] = parts.map(({ scale, items, first, last, of }) => {
    const which = of > items.length ? `Statements ${first}–${last} of ${of}` : count(items.length, 'statement');
    return {
      order: rows.indexOf(items[0]!),
      title: `${which}: ${scaleWords(items[0]!)}`,
      itemIds: items.map((r) => r.itemId),
      chart: {
        rows: items.map((row) => ({ label: row.statement, counts: group?.items.get(row.itemId) ?? emptyItemCounts(), suppressed: cellOf(row)?.suppressed ?? true })),
        scale,
        title: `${who}: ${which.toLowerCase()}`,
        minGroupSize: table.settings.minGroupSize,
      },
    };
  });
  // Items without a chart (choose several, single choice): one table per scale.
  const rest = new Map<string, TableRow[]>();
  for (const row of rows) if (!charted.has(row.itemId)) rest.set(row.scaleId, [...(rest.get(row.scaleId) ?? []), row]);
  for (const items of rest.values()) {
    const kind = items[0]!.multiple ? 'question with several answers' : 'question';
    const what = items.length === 1 ? items[0]!.statement : scaleWords(items[0]!);
    blocks.push({ order: rows.indexOf(items[0]!), title: `${count(items.length, kind)}: ${what}`, itemIds: items.map((r) => r.itemId) });
  }

  const narrative =
    query.authority && index < 0
      ? []
      : tableNarrative(table, {}, query.authority ? table.columns[index]!.key : undefined).filter((sentence) => {
          const row = rows.find((r) => r.itemId === sentence.itemId)!;
          return !cellOf(row)!.suppressed;
        });

  const item = findItem(instrument, query.trendItemId)!;
  const scale = scaleOf(instrument, item)!;
  const allTable = query.role === 'all' ? table : roleFilteredTable(counts, 'all', TABLE_OPTIONS);
  const ALL = '(all authorities)';
  const series = protectedTrend(counts.trend, item.id, scale, allTable, ALL);
  const total = series.find((s) => s.total)!;
  const chosen = query.authority
    ? (series.find((s) => !s.total && s.group === query.authority!.code) ?? {
        ...total,
        group: query.authority.code,
        total: false,
        points: total.points.map(hiddenPoint),
      })
    : total;
  const itemStatement = statement(item, role);
  return {
    table,
    blocks: blocks.sort((a, b) => a.order - b.order).map(({ order: _, ...block }) => block),
    narrative,
    trend: {
      statement: itemStatement,
      series: chosen,
      config: trendLineChartConfig(chosen, { itemLabel: itemStatement, groupLabel: query.authority ? `${who}, all roles` : `${table.total.label}, all roles` }),
    },
  };
}
