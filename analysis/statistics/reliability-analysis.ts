import { alphaIfItemDropped } from './alpha-if-item-dropped';
import { cronbachAlpha, type AlphaResult } from './cronbach-alpha';
import { itemRestCorrelations } from './item-rest-correlations';
import { listwiseComplete } from './listwise-complete';
import { reverseItems } from './reverse-items';
import type { ScaleRange } from './reverse-key';
import { summarizeValues } from './summarize-values';
import type { ItemMatrix, MissingPolicy } from './types';

export interface ReliabilityOptions {
  /** Item names, one per column. */
  items: readonly string[];
  /** How missing answers are handled; required, see {@link MissingPolicy}. */
  missing: MissingPolicy;
  /** Names of reverse-keyed items; they are reversed within `range` before anything is computed. */
  reverse?: readonly string[];
  /** The scale range, e.g. `{ min: 1, max: 6 }`; required when `reverse` is not empty. */
  range?: ScaleRange;
}

export interface ItemReliability {
  item: string;
  reversed: boolean;
  /** Respondents used for the item's mean and SD (complete rows under listwise deletion). */
  n: number;
  /** Mean and SD after reversal, on the same respondents as the alpha. */
  mean: number;
  sd: number;
  /** Item-rest (corrected item-total) correlation. */
  itemRest: number;
  /** Alpha of the other items; NaN for a two-item scale. */
  alphaIfDropped: number;
}

export interface ReliabilityResult extends AlphaResult {
  items: ItemReliability[];
}

/**
 * A reliability report for one scale: Cronbach's alpha, and for each item its mean, SD,
 * item-rest correlation and alpha if dropped, after reversing the reverse-keyed items.
 * Listwise: every number uses the rows complete on all items; pairwise: see
 * {@link cronbachAlpha}, {@link itemRestCorrelations} and {@link alphaIfItemDropped}.
 *
 * @example
 * reliabilityAnalysis(rows, { items: ['A1', 'A2', 'A3'], reverse: ['A1'], range: { min: 1, max: 6 }, missing: 'listwise' })
 * // { alpha: …, k: 3, n: …, items: [{ item: 'A1', reversed: true, itemRest: …, alphaIfDropped: … }, …] }
 */
export function reliabilityAnalysis(rows: ItemMatrix, options: ReliabilityOptions): ReliabilityResult {
  const k = options.items.length;
  if (rows.some((row) => row.length !== k)) {
    throw new RangeError(`Every row must have ${k} values, one per item (${options.items.join(', ')})`);
  }
  const reverse = options.reverse ?? [];
  const unknown = reverse.filter((name) => !options.items.includes(name));
  if (unknown.length > 0) throw new RangeError(`Reverse-keyed items not in the scale: ${unknown.join(', ')}`);
  let scored: ItemMatrix = rows;
  if (reverse.length > 0) {
    if (!options.range) throw new RangeError('A scale range (e.g. 1..6) is needed to reverse items');
    scored = reverseItems(rows, reverse.map((name) => options.items.indexOf(name)), options.range);
  }
  const alpha = cronbachAlpha(scored, { missing: options.missing });
  const itemRest = itemRestCorrelations(scored, { missing: options.missing });
  const dropped = k >= 3 ? alphaIfItemDropped(scored, { missing: options.missing }) : new Array<number>(k).fill(Number.NaN);
  const used = options.missing === 'listwise' ? listwiseComplete(scored) : scored;
  return {
    ...alpha,
    items: options.items.map((item, i) => {
      const summary = summarizeValues(used.map((row) => row[i]));
      return {
        item,
        reversed: reverse.includes(item),
        n: summary.n,
        mean: summary.mean,
        sd: summary.sd,
        itemRest: itemRest[i]!,
        alphaIfDropped: dropped[i]!,
      };
    }),
  };
}
