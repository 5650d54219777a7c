import type { Crosstab, CrosstabGroup } from '../crosstab';
import type { PercentageTable } from '../percentage-table';
import type { RunRecord } from './run-record';
import { cellJson, settingsJson, type TableCellJson, type TableJson } from './table-json';

export interface CrosstabGroupJson extends TableCellJson {
  values: string[];
  labels: string[];
  label: string;
}

/** The JSON output of `pulse crosstab` (`"format": "frontline-pulse/crosstab"`). */
export interface CrosstabJson {
  format: 'frontline-pulse/crosstab';
  formatVersion: 1;
  run: RunRecord;
  /** The instrument; null for a plain CSV (`--rows`, `--cols`). */
  instrument: { id: string; version: string; title: string; groupLabel: string } | null;
  item: {
    id: string;
    statement: string;
    options: { code: number; label: string; substantive: boolean }[];
    net: { positiveLabel: string; negativeLabel: string } | null;
  };
  /** What the rows are: the `--by` column, or the `--rows` column of a plain CSV. */
  groupBy: string;
  /** "A total of 4,000 social workers responded to the questionnaire" */
  header: string;
  settings: TableJson['settings'];
  total: CrosstabGroupJson;
  groups: CrosstabGroupJson[];
  test: {
    statistic: number;
    df: number;
    pValue: number;
    cramersV: number | null;
    n: number;
    lowExpectedCells: number;
    continuityCorrection: boolean;
    /** Expected counts under independence, for the groups tested × the options kept. */
    expected: number[][];
    groupsTested: string[];
    groupsLeftOut: string[];
  } | null;
  notes: string[];
}

function groupJson(group: CrosstabGroup): CrosstabGroupJson {
  return { values: group.values, labels: group.labels, label: group.label, ...cellJson(group.cell) };
}

/**
 * The cross-tabulation as the JSON `pulse crosstab --format json` prints.
 *
 * @example
 * JSON.stringify(crosstabJson(crosstab(table, 'lm_cpd'), table, run, { groupBy: 'authority', plain: false, header: table.header }), null, 2)
 */
export function crosstabJson(result: Crosstab, table: PercentageTable, run: RunRecord, source: { groupBy: string; plain: boolean; header: string }): CrosstabJson {
  const { row, test } = result;
  return {
    format: 'frontline-pulse/crosstab',
    formatVersion: 1,
    run,
    instrument: source.plain ? null : { ...table.instrument },
    item: {
      id: row.itemId,
      statement: row.statement,
      options: row.options.map((o) => ({ code: o.code, label: o.label, substantive: o.substantive })),
      net: row.net ? { positiveLabel: row.net.positiveLabel, negativeLabel: row.net.negativeLabel } : null,
    },
    groupBy: source.groupBy,
    header: source.header,
    settings: settingsJson(table),
    total: groupJson(result.total),
    groups: result.groups.map(groupJson),
    test: test
      ? {
          statistic: test.statistic,
          df: test.df,
          pValue: test.pValue,
          cramersV: Number.isFinite(test.cramersV) ? test.cramersV : null,
          n: test.n,
          lowExpectedCells: test.lowExpectedCells,
          continuityCorrection: test.continuityCorrection,
          expected: test.expected,
          groupsTested: test.groupsTested,
          groupsLeftOut: test.groupsLeftOut,
        }
      : null,
    notes: result.notes,
  };
}
