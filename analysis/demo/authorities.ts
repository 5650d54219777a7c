import type { Rng } from './prng';

/**
 * Fictional local authorities for demonstration data. Names are compounds of a plant or bird and
 * a place-name ending ("Wrendale", "Hazelmere"), chosen so that none is the name of a real English
 * council; codes are three letters.
 */
export interface DemoAuthority {
  code: string;
  name: string;
  teams: string[];
  /** Relative size: how many of the responses come from it. */
  weight: number;
}

/** Prefixes with distinct first two letters, and endings with distinct first letters: codes are unique. */
const PREFIXES = [
  'Alder', 'Bracken', 'Cinder', 'Dunlin', 'Elder', 'Fallow', 'Gorse', 'Heron', 'Ivy', 'Juniper', 'Kestrel', 'Larch',
  'Marram', 'Nettle', 'Osier', 'Plover', 'Quill', 'Rowan', 'Sorrel', 'Tansy', 'Umber', 'Vetch', 'Wren', 'Yarrow',
  'Bittern', 'Curlew', 'Damson', 'Fennel', 'Hazel', 'Linnet', 'Merlin', 'Sloe', 'Teasel', 'Willow', 'Aspen', 'Otter',
];
const ENDINGS = ['shire', 'dale', 'mere', 'wick', 'holm', 'combe', 'borough', 'field', 'vale', 'ton', 'ley', 'ridge'];

/** Children's social care teams, as authorities commonly name them. */
export const DEMO_TEAMS = [
  'Front door (MASH)',
  'Assessment',
  'Child in need',
  'Child protection',
  'Children in care',
  'Leaving care',
  'Disabled children',
  'Fostering',
  'Adoption',
  'Family support',
  'Court',
  'Youth justice',
];

/** How many distinct fictional authorities can be made. */
export const MAX_DEMO_AUTHORITIES = PREFIXES.length * ENDINGS.length;

/**
 * `count` fictional authorities, each with 3–6 teams and a size (log-normal, so a few are large
 * and many small), all drawn from `rng`.
 *
 * @example
 * demoAuthorities(2, new Rng(1)) // [{ code: 'WRD', name: 'Wrendale', teams: [...], weight: 1.3 }, …]
 */
export function demoAuthorities(count: number, rng: Rng): DemoAuthority[] {
  if (!Number.isInteger(count) || count < 1 || count > MAX_DEMO_AUTHORITIES) {
    throw new RangeError(`authorities must be a whole number from 1 to ${MAX_DEMO_AUTHORITIES}`);
  }
  const combos = PREFIXES.flatMap((prefix) => ENDINGS.map((ending) => [prefix, ending] as const));
  return rng
    .shuffle(combos)
    .slice(0, count)
    .map(([prefix, ending]) => ({
      code: `${prefix.slice(0, 2)}${ending.charAt(0)}`.toUpperCase(),
      name: `${prefix}${ending}`,
      teams: rng.shuffle(DEMO_TEAMS).slice(0, 3 + rng.int(4)),
      weight: Math.exp(0.5 * rng.normal()),
    }));
}
