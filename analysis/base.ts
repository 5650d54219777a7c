import type { Scale } from '../lib/instruments/schema';
import type { ItemCounts } from './item-counts';

/**
 * Who counts in the base (n) of a percentage. Annex A of the Ofsted 2011 survey prints a
 * "Don't know" column whose percentages sum with the others to 100, and an n below the group
 * total: so "Don't know" answers are in the base and blanks are not. That is the default.
 */
export interface BaseOptions {
  /** 'include' (default, as Annex A): non-substantive answers count in n and get a column. */
  nonSubstantive: 'include' | 'exclude';
}

export const DEFAULT_BASE: BaseOptions = { nonSubstantive: 'include' };

/** The codes that count in n under the options, in scale order. */
export function baseCodes(scale: Scale, options: BaseOptions = DEFAULT_BASE): number[] {
  return scale.options.filter((o) => o.substantive || options.nonSubstantive === 'include').map((o) => o.code);
}

/** n: the respondents whose answer counts in the base. Blanks never do. */
export function baseSize(counts: ItemCounts, scale: Scale, options: BaseOptions = DEFAULT_BASE): number {
  return baseCodes(scale, options).reduce((sum, code) => sum + (counts.byCode.get(code) ?? 0), 0);
}

export function describeBase(options: BaseOptions = DEFAULT_BASE): string {
  return options.nonSubstantive === 'include'
    ? 'Base (n): respondents who answered the item, including "Don\'t know"; blank answers are left out.'
    : 'Base (n): respondents who gave a substantive answer; "Don\'t know" and blank answers are left out.';
}
