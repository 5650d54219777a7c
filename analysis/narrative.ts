import { netDefinition, type NetDefinition, type PercentageTable, type TableCell, type TableRow } from './percentage-table';
import {
  OFSTED_2012_USAGE,
  quantifiedGroup,
  quantifierAlone,
  quantifierFor,
  type QuantifierConvention,
} from './quantifiers';
import { roundHalfUpPercent } from './rounding';

/**
 * Ofsted-style sentences per item: "A large majority of social workers (77%) agreed or strongly
 * agreed that their line manager acknowledges and praises good performance; 10% disagreed or
 * strongly disagreed." Agreement is Strongly agree + Agree and disagreement is
 * Disagree + Strongly disagree, each counted (never inferred from the other) and rounded half up;
 * the quantifier comes from a named convention ({@link OFSTED_2012_USAGE} by default).
 */

export interface NarrativeOptions {
  /** Default {@link OFSTED_2012_USAGE}. */
  convention?: QuantifierConvention;
  /**
   * `reported` (default): "agreed … that their line manager …", first person turned into third;
   * `quoted`: "agreed … with the statement “My line manager …”".
   */
  style?: 'reported' | 'quoted';
  /** Say what the others answered when neither agreeing nor disagreeing reaches this share. Default 20. */
  othersFrom?: number;
}

export interface NarrativeSentence {
  itemId: string;
  /** The column's key ('' for the total). */
  column: string;
  text: string;
  /** Agreement (top two) and disagreement (bottom two) percentages behind the words; absent when suppressed. */
  positivePercent?: number;
  negativePercent?: number;
  /** The convention's words used for agreement and disagreement. */
  positiveWord?: string;
  negativeWord?: string;
}

const FIRST_TO_THIRD: [RegExp, string][] = [
  [/\bI am\b/g, 'they are'],
  [/\bI'm\b/g, "they're"],
  [/\bI was\b/g, 'they were'],
  [/\bI\b/g, 'they'],
  [/\bmyself\b/gi, 'themselves'],
  [/\bmine\b/gi, 'theirs'],
  [/\bmy\b/gi, 'their'],
  [/\bme\b/gi, 'them'],
];

/**
 * A first-person statement as reported speech: "I feel that my …" → "they feel that their …",
 * first letter lowered unless it starts an acronym, final full stop dropped.
 *
 * @example
 * reportedStatement('My line manager acknowledges and praises good performance')
 * // 'their line manager acknowledges and praises good performance'
 * reportedStatement('I am actively encouraged to achieve post-qualifying awards/MGMT qualifications')
 * // 'they are actively encouraged to achieve post-qualifying awards/MGMT qualifications'
 */
export function reportedStatement(statement: string): string {
  let text = statement.trim().replace(/[.]+$/, '');
  for (const [pattern, replacement] of FIRST_TO_THIRD) text = text.replace(pattern, replacement);
  const [first, second] = [text.charAt(0), text.charAt(1)];
  if (first && !(second && second === second.toUpperCase() && second !== second.toLowerCase())) {
    text = first.toLowerCase() + text.slice(1);
  }
  return text;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function quote(text: string): string {
  return `“${text.trim()}”`;
}

function labelsOf(row: TableRow, codes: readonly number[]): string[] {
  return codes.flatMap((code) => row.options.find((o) => o.code === code)?.label ?? []);
}

function joinOr(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/**
 * The sentences for one row and one column of a table, for a group such as "social workers" or
 * "social workers in Northshire". A suppressed cell gets a sentence saying why there are no
 * figures; an item whose scale has no agree/disagree (or top/bottom two) options gets none.
 *
 * @example
 * itemNarrative(row, row.total, 'social workers')
 * // { text: 'A large majority of social workers (77%) agreed or strongly agreed that their line manager
 * //   acknowledges and praises good performance; 10% disagreed or strongly disagreed.', … }
 */
export function itemNarrative(
  row: TableRow,
  cell: TableCell,
  group: string,
  options: NarrativeOptions = {},
  column = '',
): NarrativeSentence | undefined {
  if (cell.suppressed) {
    return { itemId: row.itemId, column, text: `No figures are shown for ${group} on this question: ${cell.text}.` };
  }
  if (row.multiple || (row.type !== 'likert' && row.type !== 'rating')) return undefined;
  const net: NetDefinition | undefined = row.net ?? netDefinition({ id: row.scaleId, options: row.options });
  if (!net) return undefined;
  const convention = options.convention ?? OFSTED_2012_USAGE;
  const countOf = (codes: readonly number[]) =>
    codes.reduce((sum, code) => sum + (cell.counts[row.options.findIndex((o) => o.code === code)] ?? 0), 0);
  const positive = countOf(net.positiveCodes);
  const negative = countOf(net.negativeCodes);
  const others = cell.n - positive - negative;
  const positivePercent = roundHalfUpPercent(positive, cell.n);
  const negativePercent = roundHalfUpPercent(negative, cell.n);
  const othersPercent = roundHalfUpPercent(others, cell.n);
  const positiveBand = quantifierFor(positive, cell.n, convention);
  const negativeBand = quantifierFor(negative, cell.n, convention);

  const statement = row.statement;
  const positiveLabels = labelsOf(row, net.positiveCodes);
  const negativeLabels = labelsOf(row, net.negativeCodes);
  const [agreed, disagreed] = net.agreement
    ? [
        options.style === 'quoted'
          ? `agreed or strongly agreed with the statement ${quote(statement)}`
          : `agreed or strongly agreed that ${reportedStatement(statement)}`,
        'disagreed or strongly disagreed',
      ]
    : [`answered ${joinOr(positiveLabels.map(quote))} to ${quote(statement)}`, `answered ${joinOr(negativeLabels.map(quote))}`];

  // Disagreement is stated as counted: as a figure, or with the convention's word when it is
  // half or more ("the majority (57%) disagreed", as the 2012 report writes), or "none".
  const against =
    negative === 0
      ? `none ${disagreed}`
      : negativePercent >= 50
        ? `${quantifierAlone(negativeBand)} (${negativePercent}%) ${disagreed}`
        : `${negativePercent}% ${disagreed}`;
  const sentences = [`${capitalise(quantifiedGroup(positiveBand, group))} (${positivePercent}%) ${agreed}; ${against}.`];
  if (others > 0 && othersPercent >= (options.othersFrom ?? 20)) {
    const otherLabels = row.options.map((o) => o.code).filter((code) => !net.positiveCodes.includes(code) && !net.negativeCodes.includes(code));
    sentences.push(`The other ${othersPercent}% answered ${joinOr(labelsOf(row, otherLabels).map(quote))}.`);
  }
  return {
    itemId: row.itemId,
    column,
    text: sentences.join(' '),
    positivePercent,
    negativePercent,
    positiveWord: positiveBand.word,
    negativeWord: negativeBand.word,
  };
}

/**
 * Sentences for every row of a table, for the total (default) or one column of its breakdown.
 *
 * @example
 * tableNarrative(table).map((s) => s.text)
 * tableNarrative(table, { convention: INSPECTORATE_CONVENTION }, 'E10000002') // "… of social workers in Northshire …"
 */
export function tableNarrative(table: PercentageTable, options: NarrativeOptions = {}, columnKey?: string): NarrativeSentence[] {
  const index = columnKey === undefined ? -1 : table.columns.findIndex((c) => c.key === columnKey);
  if (columnKey !== undefined && index === -1) throw new Error(`No column "${columnKey}" in this table`);
  const column = table.columns[index];
  const place = table.groupBy[0] === 'authority' || table.groupBy[0] === 'authority_name' || table.groupBy[0] === 'team';
  const group = column
    ? place
      ? `${table.instrument.groupLabel} in ${column.label}`
      : `${table.instrument.groupLabel} (${column.label})`
    : table.instrument.groupLabel;
  return table.sections.flatMap((section) =>
    section.rows.flatMap((row) => {
      const cell = column ? row.cells[index]! : row.total;
      return itemNarrative(row, cell, group, options, column?.key ?? '') ?? [];
    }),
  );
}
