import { allItems } from '../lib/instruments/items';
import type { Instrument, Item } from '../lib/instruments/schema';

/**
 * The items that can have a trend: single-answer items with a scale (Likert, rating, single
 * choice), in questionnaire order. Choose-several items, numbers and free text have none.
 *
 * @example
 * trendItems(getBuiltinInstrument('pulse')).map((item) => item.id)
 * // ['week_overall', 'workload_manageable', 'direct_work_time', 'support_when_needed', 'emotional_support', 'decision_confidence']
 */
export function trendItems(instrument: Instrument): Item[] {
  return allItems(instrument).filter((item) => item.type === 'likert' || item.type === 'rating' || item.type === 'single');
}
