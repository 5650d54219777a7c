import type { Role } from './roles';
import type { Instrument, Item, Scale, Section } from './schema';

/** Every item of an instrument, in order. */
export function allItems(instrument: Instrument): Item[] {
  return instrument.sections.flatMap((section) => section.items);
}

export function findItem(instrument: Instrument, itemId: string): Item | undefined {
  return allItems(instrument).find((item) => item.id === itemId);
}

/** The scale of a scaled item (likert, rating, single, multi); undefined for number and text. */
export function scaleOf(instrument: Instrument, item: Item): Scale | undefined {
  if (!('scale' in item)) return undefined;
  return instrument.scales.find((scale) => scale.id === item.scale);
}

/** The item's wording for a role, falling back to the common wording. */
export function itemText(item: Item, role?: Role): string {
  return (role && item.textByRole?.[role]) || item.text;
}

export function sectionHeading(section: Section, role?: Role): string | undefined {
  return (role && section.headingByRole?.[role]) || section.heading;
}

/** The full statement: the stem followed by the item's text ("The training … / Is relevant …"). */
export function statement(item: Item, role?: Role): string {
  const text = itemText(item, role);
  if (!item.stem) return text;
  const lowered = text.charAt(0).toLowerCase() + text.slice(1);
  return `${item.stem.replace(/:\s*$/, '')} ${lowered}`;
}
