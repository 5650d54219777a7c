import annex from '../lib/instruments/data/ofsted-2011-annex-a.json';
import { MERGED_ROW_KEY, SPLIT_ITEM_IDS } from '../lib/instruments/builtin/ofsted-2011';
import type { Scale } from '../lib/instruments/schema';
import { foldAnswer } from '../lib/io/imports/normalise-text';

/**
 * The published Ofsted 2011 figures (Annex A of "High expectations, high support and high
 * challenge", 2012) as a benchmark for items that match. The published row that printed two
 * statements belongs to `team_support`; `interagency_communication` has no published figures.
 */

export type OfstedGroup = 'social workers' | 'managers';

export const OFSTED_2011_SOURCE =
  'Ofsted (2012), "High expectations, high support and high challenge", Annex A: questionnaire of June 2011';

/** The published figures for one item and group. */
export interface PublishedFigures {
  source: string;
  group: OfstedGroup;
  /** The row's key in the published data (the merged row keeps its own key). */
  publishedKey: string;
  /** Respondents answering, as printed in parentheses. */
  n: number;
  /** The six printed percentages, in scale order: Strongly agree … Don't know. */
  percents: number[];
  /** Strongly agree + Agree, the sum of the two rounded printed figures. */
  netAgree: number;
  /** Disagree + Strongly disagree, the sum of the two rounded printed figures. */
  netDisagree: number;
  /** 1-based line of the statement in the text extraction of the report. */
  line: number;
}

/** Respondents per published table: 483 social workers, 163 managers. */
export const OFSTED_2011_TOTALS: Record<OfstedGroup, number> = Object.fromEntries(
  annex.tables.map((table) => [table.group, table.total_respondents]),
) as Record<OfstedGroup, number>;

/** The published scale: "Strongly agree", "Agree", "Neither agree or disagree", "Disagree", "Strongly disagree", "Don't know". */
export const OFSTED_2011_SCALE_LABELS: readonly string[] = annex.scale;

/**
 * The published group an instrument's respondents compare with, if any.
 *
 * @example
 * ofstedGroupForInstrument('ofsted-2011-managers') // 'managers'
 * ofstedGroupForInstrument('pulse')                // undefined
 */
export function ofstedGroupForInstrument(instrumentId: string): OfstedGroup | undefined {
  if (instrumentId === 'ofsted-2011-social-workers') return 'social workers';
  if (instrumentId === 'ofsted-2011-managers') return 'managers';
  return undefined;
}

/**
 * The published key of an item id: the merged row for `team_support`, nothing for
 * `interagency_communication`, the same key otherwise.
 *
 * @example
 * publishedKeyOf('team_support')              // 'team_support__merged_with_interagency_communication'
 * publishedKeyOf('interagency_communication') // undefined
 * publishedKeyOf('lm_cpd')                    // 'lm_cpd'
 */
export function publishedKeyOf(itemId: string): string | undefined {
  if (itemId === SPLIT_ITEM_IDS[0]) return MERGED_ROW_KEY;
  if (itemId === SPLIT_ITEM_IDS[1]) return undefined;
  return itemId;
}

/**
 * The published figures for an item id and group, or undefined when none were published.
 *
 * @example
 * ofstedBenchmark('social workers', 'team_support')
 * // { n: 444, percents: [40, 49, 8, 2, 0, 0], netAgree: 89, netDisagree: 2, … }
 */
export function ofstedBenchmark(group: OfstedGroup, itemId: string): PublishedFigures | undefined {
  const key = publishedKeyOf(itemId);
  const table = annex.tables.find((t) => t.group === group);
  const row = key === undefined ? undefined : table?.items.find((item) => item.key === key);
  if (!row) return undefined;
  return {
    source: OFSTED_2011_SOURCE,
    group,
    publishedKey: row.key,
    n: row.n,
    percents: [...row.percent],
    netAgree: row.sa_plus_a,
    netDisagree: row.d_plus_sd,
    line: row.line,
  };
}

/**
 * Whether a scale's options are the published ones in the published order (labels compared
 * case-insensitively), so that published percentages can stand beside its columns.
 *
 * @example
 * matchesOfstedScale(getBuiltinInstrument('ofsted-2011-managers').scales[0]) // true
 */
export function matchesOfstedScale(scale: Scale): boolean {
  return (
    scale.options.length === OFSTED_2011_SCALE_LABELS.length &&
    scale.options.every((option, i) => foldAnswer(option.label) === foldAnswer(OFSTED_2011_SCALE_LABELS[i]!))
  );
}
