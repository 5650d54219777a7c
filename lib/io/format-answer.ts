import type { Answer } from '../instruments/answers';
import { scaleOf } from '../instruments/items';
import type { Instrument, Item } from '../instruments/schema';
import { MULTI_SEPARATOR } from './canonical-columns';

/** An answer as a person reads it: the option's label (labels joined for multi), the number, or the text. */
export function formatAnswer(instrument: Instrument, item: Item, value: Answer | undefined): string {
  if (value === undefined) return '';
  const scale = scaleOf(instrument, item);
  const label = (code: number) => scale?.options.find((o) => o.code === code)?.label ?? String(code);
  if (Array.isArray(value)) return value.map(label).join(MULTI_SEPARATOR);
  if (typeof value === 'number' && scale) return label(value);
  return String(value);
}
