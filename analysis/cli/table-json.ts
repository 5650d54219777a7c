import type { AuthorityReport } from '../authority-report';
import type { ItemStatistics, StatisticsCell } from '../item-statistics';
import type { PercentageTable, TableCell, TableColumn, TableRow } from '../percentage-table';
import type { ResponseRate } from '../response-rates';
import type { InvitedRates } from './invited-option';
import type { RunRecord } from './run-record';

/**
 * The JSON output of `pulse table`: a stable, documented machine interface (README, "CLI").
 * It is a projection of the table built by `percentageTable`, with every key always present
 * (null where it does not apply), so that other programs can parse it without guessing. Bump
 * `formatVersion` on any change that is not a pure addition.
 */

/** A figure for one item and one group; a suppressed one carries no numbers at all. */
export interface TableCellJson {
  /**
   * True when hidden: too few responses, or hidden so that a small group cannot be worked out by
   * subtraction. The two are not told apart (that would say which groups are small).
   */
  suppressed: boolean;
  /** "fewer than 5 responses" when suppressed, else null. */
  text: string | null;
  n: number | null;
  counts: number[] | null;
  percents: number[] | null;
  netPositive: number | null;
  netNegative: number | null;
}

export interface TableGroupJson {
  /** One value per breakdown column (authority code, role id, …); empty for the total. */
  values: string[];
  labels: string[];
  label: string;
  heading: string;
  respondents: number | null;
  suppressed: boolean;
}

export interface TableItemJson {
  id: string;
  type: string;
  stem: string | null;
  text: string;
  statement: string;
  scale: string;
  multiple: boolean;
  options: { code: number; label: string; substantive: boolean }[];
  net: { positiveLabel: string; negativeLabel: string; positiveCodes: number[]; negativeCodes: number[] } | null;
  total: TableCellJson;
  groups: TableCellJson[];
  benchmark: { source: string; group: string; n: number; percents: number[]; netAgree: number; netDisagree: number } | null;
  /** With `--stats`, for single-answer items: mean, SD and median of the codes (substantive answers); else null. */
  statistics: { total: StatisticsCell; groups: StatisticsCell[] } | null;
}

/** With `--invited`: response rates per authority (aligned with `groups`) and for all. */
export interface ResponseRatesJson {
  file: string;
  authorities: ResponseRate[];
  total: ResponseRate;
  note: string;
}

export interface TableJson {
  format: 'frontline-pulse/table';
  formatVersion: 1;
  run: RunRecord;
  instrument: { id: string; version: string; title: string; groupLabel: string };
  groupBy: string[];
  header: string;
  nNote: string;
  settings: {
    rounding: string;
    decimals: number;
    base: 'answered' | 'substantive';
    net: boolean;
    minGroupSize: number;
    benchmark: string | null;
  };
  total: TableGroupJson;
  groups: TableGroupJson[];
  authority: { code: string; name: string; heading: string; allHeading: string } | null;
  sections: { id: string; heading: string | null; items: TableItemJson[] }[];
  omittedItems: string[];
  notes: string[];
  responseRates: ResponseRatesJson | null;
}

/** A cell as JSON: a suppressed one with no numbers. */
export function cellJson(cell: TableCell): TableCellJson {
  if (cell.suppressed) {
    return { suppressed: true, text: cell.text, n: null, counts: null, percents: null, netPositive: null, netNegative: null };
  }
  return {
    suppressed: false,
    text: null,
    n: cell.n,
    counts: [...cell.counts],
    percents: [...cell.percents],
    netPositive: cell.netPositive ?? null,
    netNegative: cell.netNegative ?? null,
  };
}

function groupJson(column: TableColumn): TableGroupJson {
  return {
    values: [...column.values],
    labels: [...column.labels],
    label: column.label,
    heading: column.heading,
    respondents: column.respondents.suppressed ? null : column.respondents.n,
    suppressed: column.respondents.suppressed,
  };
}

function itemJson(row: TableRow, columns: readonly number[], statistics: ItemStatistics | undefined): TableItemJson {
  return {
    id: row.itemId,
    type: row.type,
    stem: row.stem ?? null,
    text: row.text,
    statement: row.statement,
    scale: row.scaleId,
    multiple: row.multiple,
    options: row.options.map((o) => ({ code: o.code, label: o.label, substantive: o.substantive })),
    net: row.net
      ? { positiveLabel: row.net.positiveLabel, negativeLabel: row.net.negativeLabel, positiveCodes: [...row.net.positiveCodes], negativeCodes: [...row.net.negativeCodes] }
      : null,
    total: cellJson(row.total),
    groups: columns.map((index) => cellJson(row.cells[index]!)),
    benchmark: row.benchmark
      ? {
          source: row.benchmark.source,
          group: row.benchmark.group,
          n: row.benchmark.n,
          percents: [...row.benchmark.percents],
          netAgree: row.benchmark.netAgree,
          netDisagree: row.benchmark.netDisagree,
        }
      : null,
    statistics: statistics ? { total: statistics.total, groups: columns.map((index) => statistics.groups[index]!) } : null,
  };
}

/**
 * The settings a table was made with, as `table` and `crosstab` write them in their JSON.
 *
 * @example
 * settingsJson(table) // { rounding: 'half-up', decimals: 0, base: 'answered', net: false, minGroupSize: 5, benchmark: null }
 */
export function settingsJson(table: PercentageTable): TableJson['settings'] {
  return {
    rounding: table.settings.rounding.method,
    decimals: table.settings.rounding.decimals,
    base: table.settings.base.nonSubstantive === 'include' ? 'answered' : 'substantive',
    net: table.settings.net,
    minGroupSize: table.settings.minGroupSize,
    benchmark: table.settings.benchmark,
  };
}

/**
 * The table as the documented JSON object. With an authority report, `groups` holds that
 * authority's column only and `authority` says which (suppression is the full breakdown's).
 * `extras` adds the item statistics (`--stats`) and response rates (`--invited`).
 *
 * @example
 * JSON.stringify(tableJson(table, run), null, 2)
 */
export function tableJson(
  table: PercentageTable,
  run: RunRecord,
  authority?: AuthorityReport,
  extras: { statistics?: readonly ItemStatistics[]; rates?: InvitedRates & { note: string } } = {},
): TableJson {
  const statistics = new Map(extras.statistics?.map((s) => [s.itemId, s]));
  const columns = authority
    ? table.columns.flatMap((column, index) => (column.values[0] === authority.authorityCode ? [index] : []))
    : table.columns.map((_, index) => index);
  return {
    format: 'frontline-pulse/table',
    formatVersion: 1,
    run,
    instrument: { ...table.instrument },
    groupBy: [...table.groupBy],
    header: table.header,
    nNote: table.nNote,
    settings: settingsJson(table),
    total: groupJson(table.total),
    groups: columns.map((index) => groupJson(table.columns[index]!)),
    authority: authority
      ? { code: authority.authorityCode, name: authority.authorityName, heading: authority.heading, allHeading: authority.allHeading }
      : null,
    sections: table.sections.map((section) => ({
      id: section.id,
      heading: section.heading ?? null,
      items: section.rows.map((row) => itemJson(row, columns, statistics.get(row.itemId))),
    })),
    omittedItems: [...table.omittedItems],
    notes: [...table.notes],
    responseRates: extras.rates
      ? {
          file: extras.rates.file,
          authorities: columns.map((index) => extras.rates!.authorities[index]!),
          total: extras.rates.total,
          note: extras.rates.note,
        }
      : null,
  };
}
