import { suppressedText } from '../disclosure';
import type { ReliabilityResult } from '../statistics/reliability-analysis';
import type { ScaleRange } from '../statistics/reverse-key';
import type { MissingPolicy } from '../statistics/types';
import type { RunRecord } from './run-record';

/** The JSON output of `pulse alpha` (`"format": "frontline-pulse/alpha"`). */
export interface AlphaJson {
  format: 'frontline-pulse/alpha';
  formatVersion: 1;
  run: RunRecord;
  items: string[];
  reverse: string[];
  range: ScaleRange | null;
  missing: MissingPolicy;
  /** True when fewer respondents than the minimum group size: then no figure is given. */
  suppressed: boolean;
  text: string | null;
  alpha: number | null;
  k: number;
  n: number | null;
  minPairN: number | null;
  itemStatistics: { item: string; reversed: boolean; n: number; mean: number; sd: number; itemRest: number; alphaIfDropped: number | null }[];
  notes: string[];
}

/**
 * The reliability analysis as the JSON `pulse alpha --format json` prints, hidden whole when it
 * rests on fewer respondents than `minGroup`.
 *
 * @example
 * alphaJson(reliabilityAnalysis(matrix, { items, missing: 'listwise' }), run, { items, reverse: [], missing: 'listwise', minGroup: 5 })
 */
export function alphaJson(
  result: ReliabilityResult,
  run: RunRecord,
  settings: { items: string[]; reverse: string[]; range?: ScaleRange; missing: MissingPolicy; minGroup: number },
): AlphaJson {
  const shown = result.n >= settings.minGroup;
  const { reverse, range, missing, minGroup } = settings;
  const notes = [
    missing === 'listwise'
      ? `Listwise: the ${shown ? result.n : 'complete'} respondents who answered every item.`
      : 'Pairwise: each variance and covariance uses every respondent who answered the item(s) concerned.',
    reverse.length > 0 && range ? `Reverse-keyed items (${reverse.join(', ')}) scored as ${range.min + range.max} − x.` : 'No reverse-keyed items.',
    `Results based on fewer than ${minGroup} respondents are not shown.`,
  ];
  return {
    format: 'frontline-pulse/alpha',
    formatVersion: 1,
    run,
    items: settings.items,
    reverse,
    range: range ?? null,
    missing,
    suppressed: !shown,
    text: shown ? null : suppressedText(minGroup),
    alpha: shown ? result.alpha : null,
    k: result.k,
    n: shown ? result.n : null,
    minPairN: shown ? result.minPairN : null,
    itemStatistics: shown
      ? result.items.map((i) => ({ item: i.item, reversed: i.reversed, n: i.n, mean: i.mean, sd: i.sd, itemRest: i.itemRest, alphaIfDropped: Number.isFinite(i.alphaIfDropped) ? i.alphaIfDropped : null }))
      : [],
    notes,
  };
}
