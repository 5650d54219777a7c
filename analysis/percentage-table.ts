import { itemText, scaleOf, sectionHeading, statement } from '../lib/instruments/items';
import type { Role } from '../lib/instruments/roles';
import type { Item, Scale } from '../lib/instruments/schema';
import { foldAnswer } from '../lib/io/imports/normalise-text';
import { baseCodes, DEFAULT_BASE, describeBase, type BaseOptions } from './base';
import {
  breakdownPartitions,
  checkMinGroupSize,
  DEFAULT_MIN_GROUP_SIZE,
  describeDisclosure,
  suppressedText,
  suppressTable,
  type SuppressionStatus,
} from './disclosure';
import { formatCount } from './format-count';
import { respondentsAnswering, sortedGroups, totalCounts, type CountsAccumulator, type GroupCounts } from './group-counts';
import {
  matchesOfstedScale,
  OFSTED_2011_SOURCE,
  OFSTED_2011_TOTALS,
  ofstedBenchmark,
  ofstedGroupForInstrument,
  type OfstedGroup,
  type PublishedFigures,
} from './ofsted-benchmark';
import { DEFAULT_ROUNDING, describeRounding, roundHalfUpPercent, roundPercents, type RoundingOptions } from './rounding';

/**
 * The Ofsted-style percentage table (Annex A of the Ofsted 2011 survey) as plain data, for
 * renderers (Markdown, CSV, HTML, JSON) and the CLI: per item, the statement (stem + text), the
 * number answering (n) and the percentage choosing each option in scale order; headings and
 * stems kept; a header "A total of N <group> responded to the questionnaire"; notes on n, the
 * base, rounding and disclosure control. Optionally net agree / net disagree columns, a
 * breakdown by any columns, and the published Ofsted 2011 figures as a benchmark.
 *
 * Suppressed cells carry no numbers at all, so no renderer can leak them.
 */

export interface TableOptions {
  /** Default: half up to whole numbers, as Annex A. */
  rounding?: Partial<RoundingOptions>;
  /** Who counts in n. Default: "Don't know" in, blanks out, as Annex A. */
  base?: BaseOptions;
  /** Add net agree / net disagree (or top-two / bottom-two) percentages. Default false. */
  net?: boolean;
  /** Minimum responses behind a shown cell. Default 5; never below 3. */
  minGroupSize?: number;
  /** Published comparison: `auto` (default) picks the Ofsted group from the instrument id. */
  benchmark?: OfstedGroup | 'auto' | 'none';
  /** Wording for this role. Default: the instrument's only role, if it has one. */
  role?: Role;
}

/** One answer option, as a column. */
export interface OptionColumn {
  code: number;
  label: string;
  substantive: boolean;
}

/** Which options make up the net columns of a row's scale. */
export interface NetDefinition {
  /** "Net agree" for agreement scales, "Top two" otherwise. */
  positiveLabel: string;
  negativeLabel: string;
  positiveCodes: number[];
  negativeCodes: number[];
  /** True for Strongly agree … Strongly disagree scales (narrative says "agreed"). */
  agreement: boolean;
}

export interface ShownCell {
  suppressed: false;
  /** Respondents in the base (the number in parentheses). */
  n: number;
  /** Respondents choosing each option, aligned with the row's `options`. */
  counts: number[];
  /** Rounded percentages, aligned with the row's `options`. */
  percents: number[];
  /** Net agree (top two) percentage from counts, rounded half up; present when nets were asked for. */
  netPositive?: number;
  netNegative?: number;
}

/**
 * A hidden cell. Groups hidden because they are small and groups hidden to protect them read
 * alike and carry no numbers: telling them apart would help to work the small ones out.
 */
export interface SuppressedCell {
  suppressed: true;
  /** "fewer than 5 responses" */
  text: string;
}

export type TableCell = ShownCell | SuppressedCell;
export type CountCell = { suppressed: false; n: number } | SuppressedCell;

/** A group of respondents shown as a column (or the total). */
export interface TableColumn {
  key: string;
  /** One value per breakdown column (authority code, role id, …). */
  values: string[];
  labels: string[];
  /** The labels joined: "Northshire / Social worker". */
  label: string;
  respondents: CountCell;
  /** "Northshire (n = 31)", or "All authorities (base = 4,146)" for the total. */
  heading: string;
}

export interface TableRow {
  itemId: string;
  type: Item['type'];
  stem?: string;
  text: string;
  /** Stem + text, as one sentence. */
  statement: string;
  scaleId: string;
  options: OptionColumn[];
  /** Choose-several item: each option is a share of respondents, so a row can exceed 100. */
  multiple: boolean;
  net?: NetDefinition;
  total: TableCell;
  /** Aligned with the table's `columns`. */
  cells: TableCell[];
  benchmark?: PublishedFigures;
}

export interface TableSection {
  id: string;
  heading?: string;
  rows: TableRow[];
}

export interface TableSettings {
  rounding: RoundingOptions;
  base: BaseOptions;
  net: boolean;
  minGroupSize: number;
  benchmark: OfstedGroup | null;
  role: Role | null;
}

export interface PercentageTable {
  instrument: { id: string; version: string; title: string; groupLabel: string };
  groupBy: string[];
  /** "A total of 483 social workers responded to the questionnaire" */
  header: string;
  /** "The number of social workers answering each question is shown in parentheses" */
  nNote: string;
  total: TableColumn;
  /** One per group of the breakdown, in a stable order; empty without a breakdown. */
  columns: TableColumn[];
  sections: TableSection[];
  /** Items without a percentage row (numbers and free text). */
  omittedItems: string[];
  /** Printed under the table: n, base, rounding, nets, disclosure, benchmark. */
  notes: string[];
  settings: TableSettings;
}

const AGREE = ['strongly agree', 'agree'];
const DISAGREE = ['disagree', 'strongly disagree'];

/**
 * The options behind the net columns: Strongly agree + Agree against Disagree + Strongly
 * disagree when the scale has them, otherwise the two highest against the two lowest codes of the
 * substantive options (for ratings such as 1 = Very hard … 5 = Very good). Undefined for scales
 * with fewer than four substantive options.
 *
 * @example
 * netDefinition(ofstedScale) // { positiveLabel: 'Net agree', positiveCodes: [5, 4], negativeCodes: [2, 1], … }
 */
export function netDefinition(scale: Scale): NetDefinition | undefined {
  const byLabel = new Map(scale.options.map((o) => [foldAnswer(o.label), o.code]));
  const agree = AGREE.map((label) => byLabel.get(label));
  const disagree = DISAGREE.map((label) => byLabel.get(label));
  if (agree.every((c) => c !== undefined) && disagree.every((c) => c !== undefined)) {
    return {
      positiveLabel: 'Net agree',
      negativeLabel: 'Net disagree',
      positiveCodes: agree as number[],
      negativeCodes: disagree as number[],
      agreement: true,
    };
  }
  const codes = scale.options.filter((o) => o.substantive).map((o) => o.code).sort((a, b) => b - a);
  if (codes.length < 4) return undefined;
  return {
    positiveLabel: 'Top two',
    negativeLabel: 'Bottom two',
    // Milder option first, as in "agreed or strongly agreed": "Good" or "Very good".
    positiveCodes: codes.slice(0, 2).reverse(),
    negativeCodes: codes.slice(-2),
    agreement: false,
  };
}

function totalLabel(groupBy: readonly string[], groupLabel: string): string {
  const first = groupBy[0];
  if (first === 'authority' || first === 'authority_code' || first === 'authority_name') return 'All authorities';
  if (first === 'team') return 'All teams';
  return `All ${groupLabel}`;
}

function suppressed(minGroupSize: number): SuppressedCell {
  return { suppressed: true, text: suppressedText(minGroupSize) };
}

interface RowCounts {
  n: number;
  counts: number[];
  positive: number;
  negative: number;
}

function rowCounts(group: GroupCounts, item: Item, options: OptionColumn[], net: NetDefinition | undefined): RowCounts {
  const byCode = group.items.get(item.id)?.byCode ?? new Map<number, number>();
  const counts = options.map((o) => byCode.get(o.code) ?? 0);
  const inBase = new Set(options.map((o) => o.code));
  const sum = (codes: number[] | undefined) =>
    (codes ?? []).filter((code) => inBase.has(code)).reduce((total, code) => total + (byCode.get(code) ?? 0), 0);
  const n = item.type === 'multi' ? respondentsAnswering(group, item) : counts.reduce((total, count) => total + count, 0);
  return { n, counts, positive: sum(net?.positiveCodes), negative: sum(net?.negativeCodes) };
}

function shownCell(row: RowCounts, multiple: boolean, net: boolean, rounding: RoundingOptions): ShownCell {
  const percents = multiple
    ? row.counts.map((count) => roundHalfUpPercent(count, row.n, rounding.decimals))
    : roundPercents(row.counts, row.n, rounding);
  const cell: ShownCell = { suppressed: false, n: row.n, counts: row.counts, percents };
  if (net) {
    cell.netPositive = roundHalfUpPercent(row.positive, row.n, rounding.decimals);
    cell.netNegative = roundHalfUpPercent(row.negative, row.n, rounding.decimals);
  }
  return cell;
}

function cellFor(row: RowCounts, status: SuppressionStatus, multiple: boolean, net: boolean, settings: TableSettings): TableCell {
  if (status !== 'shown') return suppressed(settings.minGroupSize);
  return shownCell(row, multiple, net, settings.rounding);
}

/**
 * Builds the percentage table from accumulated counts. Disclosure control is applied to every
 * row: a group with fewer than `minGroupSize` answers to an item is hidden, and further groups
 * are hidden where the hidden one could otherwise be recovered from the total (and, for a
 * breakdown by several columns, from every margin).
 *
 * @example
 * const counts = createAccumulator(getBuiltinInstrument('ofsted-2011-social-workers'));
 * for (const r of responses) addResponse(counts, r);
 * const table = percentageTable(counts, { net: true });
 * table.header                          // 'A total of 483 social workers responded to the questionnaire'
 * table.sections[0].rows[0].total       // { suppressed: false, n: 282, percents: [12, 51, 18, 13, 5, 1], … }
 */
export function percentageTable(accumulator: CountsAccumulator, options: TableOptions = {}): PercentageTable {
  const { instrument } = accumulator;
  const settings: TableSettings = {
    rounding: { ...DEFAULT_ROUNDING, ...options.rounding },
    base: options.base ?? DEFAULT_BASE,
    net: options.net ?? false,
    minGroupSize: checkMinGroupSize(options.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE),
    benchmark:
      options.benchmark === 'none'
        ? null
        : options.benchmark === undefined || options.benchmark === 'auto'
          ? (ofstedGroupForInstrument(instrument.id) ?? null)
          : options.benchmark,
    role: options.role ?? (instrument.roles.length === 1 ? instrument.roles[0]! : null),
  };
  const role = settings.role ?? undefined;
  const k = settings.minGroupSize;
  const groups = accumulator.groupBy.length === 0 ? [] : sortedGroups(accumulator);
  const total = totalCounts(accumulator);
  const partitions = breakdownPartitions(groups.map((g) => g.values));
  const groupLabel = instrument.groupLabel;

  const respondentStatus = suppressTable(groups.map((g) => g.respondents), partitions, k);
  const columns: TableColumn[] = groups.map((group, index) => {
    const label = group.labels.join(' / ');
    const status = respondentStatus[index]!;
    return {
      key: group.key,
      values: group.values,
      labels: group.labels,
      label,
      respondents: status === 'shown' ? { suppressed: false, n: group.respondents } : suppressed(k),
      heading: status === 'shown' ? `${label} (n = ${formatCount(group.respondents)})` : `${label} (${suppressedText(k)})`,
    };
  });
  const totalShown = total.respondents >= k;
  const allLabel = totalLabel(accumulator.groupBy, groupLabel);
  const totalColumn: TableColumn = {
    key: '',
    values: [],
    labels: [],
    label: allLabel,
    respondents: totalShown ? { suppressed: false, n: total.respondents } : suppressed(k),
    heading: totalShown ? `${allLabel} (base = ${formatCount(total.respondents)})` : `${allLabel} (${suppressedText(k)})`,
  };

  let benchmarked = false;
  let anyMultiple = false;
  let anyNet = false;
  const sections: TableSection[] = [];
  const omittedItems: string[] = [];
  for (const section of instrument.sections) {
    const rows: TableRow[] = [];
    for (const item of section.items) {
      const scale = scaleOf(instrument, item);
      if (!scale || !('scale' in item)) {
        omittedItems.push(item.id);
        continue;
      }
      const codes = new Set(baseCodes(scale, settings.base));
      const optionColumns = scale.options
        .filter((o) => codes.has(o.code))
        .map((o) => ({ code: o.code, label: o.label, substantive: o.substantive }));
      const multiple = item.type === 'multi';
      anyMultiple ||= multiple;
      const net = settings.net && (item.type === 'likert' || item.type === 'rating') ? netDefinition(scale) : undefined;
      anyNet ||= net !== undefined;
      const groupRows = groups.map((group) => rowCounts(group, item, optionColumns, net));
      const totalRow = rowCounts(total, item, optionColumns, net);
      const status = suppressTable(groupRows.map((r) => r.n), partitions, k);
      const row: TableRow = {
        itemId: item.id,
        type: item.type,
        ...(item.stem ? { stem: item.stem } : {}),
        text: itemText(item, role),
        statement: statement(item, role),
        scaleId: scale.id,
        options: optionColumns,
        multiple,
        ...(net ? { net } : {}),
        total: cellFor(totalRow, totalRow.n >= k ? 'shown' : 'primary', multiple, net !== undefined, settings),
        cells: groupRows.map((r, i) => cellFor(r, status[i]!, multiple, net !== undefined, settings)),
      };
      if (settings.benchmark && settings.base.nonSubstantive === 'include' && matchesOfstedScale(scale)) {
        const figures = ofstedBenchmark(settings.benchmark, item.id);
        if (figures) {
          row.benchmark = figures;
          benchmarked = true;
        }
      }
      rows.push(row);
    }
    if (rows.length > 0) {
      // The published tables print section instructions as heading rows too.
      const heading = sectionHeading(section, role) ?? section.intro;
      sections.push({ id: section.id, ...(heading ? { heading } : {}), rows });
    }
  }

  const nNote = `The number of ${groupLabel} answering each question is shown in parentheses`;
  const notes = [`${nNote}.`, describeBase(settings.base), describeRounding(settings.rounding)];
  if (anyNet) {
    notes.push(
      'Net agree = Strongly agree + Agree and net disagree = Disagree + Strongly disagree (top two and bottom two for other scales), ' +
        'computed from the counts and then rounded half up, so a net figure can differ by 1 from the sum of the rounded cells.',
    );
  }
  if (anyMultiple) {
    notes.push('For questions where several answers may be chosen, each percentage is of the respondents who answered, rounded half up, so a row can sum to more than 100.');
  }
  notes.push(describeDisclosure(k));
  if (benchmarked && settings.benchmark) {
    notes.push(
      `Benchmark: the published percentages for ${settings.benchmark} (${OFSTED_2011_TOTALS[settings.benchmark]} respondents) from ${OFSTED_2011_SOURCE}. ` +
        'The published table printed "My team colleagues provide effective personal and professional support for each other" and ' +
        '"In making decisions about children, communication between agencies is open and honest" as one row; its figures are shown ' +
        'for the team colleagues statement, and none were published for the communication statement.',
    );
  } else if (settings.benchmark && settings.base.nonSubstantive === 'exclude') {
    notes.push('No Ofsted 2011 benchmark is shown: the published figures count "Don\'t know" in the base, and this table does not.');
  }

  const header = totalShown
    ? `A total of ${formatCount(total.respondents)} ${groupLabel} responded to the questionnaire`
    : `Fewer than ${k} ${groupLabel} responded to the questionnaire, so no results are shown`;
  return {
    instrument: { id: instrument.id, version: instrument.version, title: instrument.title, groupLabel },
    groupBy: [...accumulator.groupBy],
    header,
    nNote,
    total: totalColumn,
    columns,
    sections,
    omittedItems,
    notes,
    settings,
  };
}

/**
 * Every row of a table, in order, across its sections.
 *
 * @example
 * tableRows(table).find((row) => row.itemId === 'lm_cpd')?.total // { suppressed: false, n: 445, … }
 */
export function tableRows(table: PercentageTable): TableRow[] {
  return table.sections.flatMap((section) => section.rows);
}
