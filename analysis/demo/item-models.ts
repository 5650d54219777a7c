import { allItems, scaleOf } from '../../lib/instruments/items';
import type { Instrument, Item } from '../../lib/instruments/schema';
import type { DemoOptions } from './demo-options';
import { probit } from 'simple-statistics';

/**
 * How the demo draws answers to one item. Scaled single-answer items (likert, rating, single) are
 * ordinal: a latent normal value is cut at thresholds that give the wanted proportions, with the
 * substantive options ordered by code (higher code = more positive, as in the built-in scales).
 */
export type ItemModel =
  | {
      kind: 'ordinal';
      item: Item;
      /** Position among the ordinal items (row of the authority × item effects). */
      ordinal: number;
      /** Substantive codes, lowest first. */
      codes: number[];
      /** Wanted proportions of `codes`, summing to 1. */
      proportions: number[];
      /** Latent thresholds Φ⁻¹(cumulative proportion) (simple-statistics' probit), one fewer than codes. */
      thresholds: number[];
      /** Non-substantive codes ("Don't know"). */
      nonSubstantive: number[];
      blankRate: number;
    }
  | { kind: 'multi'; item: Item; codes: number[]; weights: number[]; totalWeight: number; maxChoices: number; blankRate: number }
  | { kind: 'number'; item: Item; min: number; max: number; integer: boolean; blankRate: number }
  | { kind: 'text'; item: Item; maxLength: number; rate: number };

/**
 * Default proportions of k substantive options, lowest code first: mildly positive, in the range
 * of the Ofsted 2011 tables (five options: 6%, 14%, 19%, 45%, 16%).
 *
 * @example
 * defaultProportions(5) // [0.06, 0.14, 0.19, 0.45, 0.16]
 */
export function defaultProportions(k: number): number[] {
  const known: Record<number, number[]> = {
    2: [0.3, 0.7],
    3: [0.15, 0.35, 0.5],
    4: [0.08, 0.22, 0.48, 0.22],
    5: [0.06, 0.14, 0.19, 0.45, 0.16],
  };
  const preset = known[k];
  if (preset) return preset;
  const centre = 0.6 * (k - 1);
  const raw = Array.from({ length: k }, (_, j) => Math.exp(-((j - centre) ** 2) / (2 * (k / 3) ** 2)));
  const total = raw.reduce((a, b) => a + b, 0);
  return raw.map((x) => x / total);
}

function wantedProportions(instrument: Instrument, item: Item, labels: string[], options: DemoOptions): number[] {
  const scaleId = 'scale' in item ? item.scale : '';
  const wanted = options.proportions[scaleId];
  if (!wanted) return defaultProportions(labels.length);
  const byLabel = new Map(Object.entries(wanted).map(([label, p]) => [label.toLowerCase(), p]));
  const unknown = [...byLabel.keys()].filter((label) => !labels.some((l) => l.toLowerCase() === label));
  const values = labels.map((label) => byLabel.get(label.toLowerCase()));
  if (unknown.length > 0 || values.some((p) => p === undefined || !(p >= 0))) {
    throw new RangeError(
      `proportions for scale "${scaleId}" of ${instrument.id} must give every substantive option (${labels.join(', ')}) a number ≥ 0${unknown.length ? `; unknown: ${unknown.join(', ')}` : ''}`,
    );
  }
  const total = values.reduce<number>((a, b) => a + (b ?? 0), 0);
  if (!(total > 0)) throw new RangeError(`proportions for scale "${scaleId}" sum to 0`);
  return values.map((p) => (p ?? 0) / total);
}

/**
 * The answer model of every item of an instrument, in item order.
 *
 * @example
 * buildItemModels(pulse, resolveDemoOptions()).map((m) => m.kind) // ['ordinal', …, 'text']
 */
export function buildItemModels(instrument: Instrument, options: DemoOptions): ItemModel[] {
  let ordinal = 0;
  return allItems(instrument).map((item): ItemModel => {
    const blankRate = item.required ? 0 : options.blankRate;
    switch (item.type) {
      case 'likert':
      case 'rating':
      case 'single': {
        const scale = scaleOf(instrument, item);
        const substantive = [...(scale?.options ?? [])].filter((o) => o.substantive).sort((a, b) => a.code - b.code);
        const proportions = wantedProportions(instrument, item, substantive.map((o) => o.label), options);
        let cumulative = 0;
        // An option wanted by no one (cumulative 0 or 1) gets an infinite threshold: it is never drawn.
        const thresholds = proportions.slice(0, -1).map((p) => ((cumulative += p) <= 0 ? -Infinity : cumulative >= 1 ? Infinity : probit(cumulative)));
        const nonSubstantive = (scale?.options ?? []).filter((o) => !o.substantive).map((o) => o.code);
        return { kind: 'ordinal', item, ordinal: ordinal++, codes: substantive.map((o) => o.code), proportions, thresholds, nonSubstantive, blankRate };
      }
      case 'multi': {
        const codes = (scaleOf(instrument, item)?.options ?? []).map((o) => o.code);
        // Earlier options are chosen more often, as in a list ordered by how common each is.
        if (codes.length > 30) throw new RangeError(`item "${item.id}": the demo draws from at most 30 options`);
        const weights = codes.map((_, j) => 1 / (1 + 0.35 * j));
        const totalWeight = weights.reduce((a, b) => a + b, 0);
        return { kind: 'multi', item, codes, weights, totalWeight, maxChoices: item.maxChoices, blankRate };
      }
      case 'number': {
        const min = item.min ?? 0;
        const max = item.max ?? min + 50;
        return { kind: 'number', item, min, max, integer: item.integer, blankRate };
      }
      case 'text':
        return { kind: 'text', item, maxLength: item.maxLength, rate: options.commentRate };
    }
  });
}
