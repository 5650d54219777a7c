import { allItems, findItem, scaleOf } from '../../lib/instruments/items';
import type { Instrument, Item, Scale } from '../../lib/instruments/schema';
import type { ParsedArgs } from './command';
import { UsageError } from './exit-codes';
import { requiredOption } from './option-values';

/**
 * The single-answer scaled item (likert, rating or single choice) named by an option, with its
 * scale. Anything else is a usage error listing the items that would do.
 *
 * @example
 * scaledItemOption(args, pulse) // { item: { id: 'workload_manageable', … }, scale: { id: 'agree5', … } }
 */
export function scaledItemOption(args: ParsedArgs, instrument: Instrument, option = 'item'): { item: Item; scale: Scale } {
  const id = requiredOption(args, option, 'an item id of the instrument');
  const usable: Item[] = allItems(instrument).filter((i) => i.type === 'likert' || i.type === 'rating' || i.type === 'single');
  const item = findItem(instrument, id);
  const scale = item && scaleOf(instrument, item);
  if (!item || !scale || !usable.includes(item)) {
    const reason = item ? `is a ${item.type} item; a single-answer scaled item is needed` : `is not an item of ${instrument.id}`;
    const list = usable.map((i) => i.id);
    const shown = list.length > 12 ? `${list.slice(0, 12).join(', ')}, … (see "pulse instruments show ${instrument.id}")` : list.join(', ');
    throw new UsageError(`--${option} "${id}" ${reason} (items: ${shown})`, args.command);
  }
  return { item, scale };
}
