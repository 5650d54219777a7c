import type { Scale } from '../../lib/instruments/schema';

/** One diverging bar chart: items of one scale, numbered `first`–`last` of the scale's `of`. */
export interface ChartPart<T> {
  scale: Scale;
  items: T[];
  first: number;
  last: number;
  of: number;
}

/** At most this many bars a chart, so that each chart fits a printed A4 page with legible labels. */
export const BARS_PER_CHART = 13;

/**
 * The diverging bar charts for some items: Likert and rating items with at least two substantive
 * options, one group per scale (each chart has its own legend), each group cut into parts of at
 * most `maxPerPart` bars, as evenly as possible (38 items: 13, 13, 12).
 *
 * @example
 * chartParts(allItems(instrument), (item) => scaleOf(instrument, item)).map((p) => `${p.first}–${p.last} of ${p.of}`)
 * // ['1–13 of 38', '14–26 of 38', '27–38 of 38']
 */
export function chartParts<T extends { type: string }>(items: readonly T[], scaleFor: (item: T) => Scale | undefined, maxPerPart = BARS_PER_CHART): ChartPart<T>[] {
  const groups = new Map<string, { scale: Scale; items: T[] }>();
  for (const item of items) {
    if (item.type !== 'likert' && item.type !== 'rating') continue;
    const scale = scaleFor(item);
    if (!scale || scale.options.filter((o) => o.substantive).length < 2) continue;
    const group = groups.get(scale.id) ?? { scale, items: [] };
    group.items.push(item);
    groups.set(scale.id, group);
  }
  return [...groups.values()].flatMap(({ scale, items: all }) => {
    const parts = Math.ceil(all.length / maxPerPart);
    const size = Math.ceil(all.length / parts);
    return Array.from({ length: parts }, (_, part) => {
      const slice = all.slice(part * size, (part + 1) * size);
      return { scale, items: slice, first: part * size + 1, last: part * size + slice.length, of: all.length };
    });
  });
}
