import { roundHalfUpPercent } from './rounding';

/**
 * Quantifier words ("most", "a large majority") as named, documented conventions. A band is
 * chosen from the percentage as printed (whole numbers, rounded half up), so the word always
 * agrees with the figure beside it; "all" and "no" are kept for exactly all and exactly none.
 */

export interface QuantifierBand {
  /** Lowest printed percentage (whole number) of the band; a band runs up to the next one. */
  from: number;
  /** The word as it stands before "of <group>" or the group: "a large majority", "most". */
  word: string;
  /** Whether the group follows with "of": "a minority of social workers" but "most social workers". */
  of: boolean;
}

export interface QuantifierConvention {
  id: string;
  name: string;
  /** What the bands are and where they come from. */
  description: string;
  /** Bands in ascending order of `from`, the first from 0 (used for 1 to the next band's start). */
  bands: readonly QuantifierBand[];
  /** Used only when nobody chose the answer. */
  none: QuantifierBand;
  /** Used only when everybody did. */
  all: QuantifierBand;
}

const NONE: QuantifierBand = { from: 0, word: 'no', of: false };
const ALL: QuantifierBand = { from: 100, word: 'all', of: false };

/**
 * The default: the usage of Ofsted's 2012 report "High expectations, high support and high
 * challenge", as inferred by checking its narrative against its Annex A tables
 * (`shared/reference/ofsted-2011-narrative-analysis.md`, §3 and §6): under 45 "a minority",
 * 45–49 "just under half", 50 "half", 51–55 "just over half", 56–65 "the majority", 66–79
 * "a large majority", 80 and over "most". The report never uses "almost all" (it calls 90–94
 * "most") nor "few". The bands give the report's own word for 48 of its 56 quantified claims
 * about single rows. The other 8: the report's inconsistencies listed in §4 (S9: "the majority"
 * at 66 and 74; S10: "most" at 77; S23: "a large majority" at 89 and 94); "the majority" at 53
 * (S19), which these bands call "just over half" as the report does at 51 and 54; "fewer than
 * half" at 46 (S35), here "just under half" as the report says at 48; and "three quarters" at 75
 * (S8), a fraction rather than a band.
 */
export const OFSTED_2012_USAGE: QuantifierConvention = {
  id: 'ofsted-2012-usage',
  name: 'Usage of the Ofsted 2012 report',
  description:
    'Bands inferred from the wording of Ofsted (2012) "High expectations, high support and high challenge" against its Annex A: ' +
    'under 45% a minority; 45–49% just under half; 50% half; 51–55% just over half; 56–65% the majority; ' +
    '66–79% a large majority; 80% and over most; 100% all; 0% none.',
  bands: [
    { from: 0, word: 'a minority', of: true },
    { from: 45, word: 'just under half', of: true },
    { from: 50, word: 'half', of: true },
    { from: 51, word: 'just over half', of: true },
    { from: 56, word: 'the majority', of: true },
    { from: 66, word: 'a large majority', of: true },
    { from: 80, word: 'most', of: false },
  ],
  none: NONE,
  all: ALL,
};

/**
 * The generic UK inspectorate convention: almost all 90% and over, most 75–89%, the majority
 * 50–74%, a minority 15–49%, a few under 15% (as published, for example, by Education Scotland;
 * the narrative analysis, §5, notes that Ofsted's own key could not be verified).
 */
export const INSPECTORATE_CONVENTION: QuantifierConvention = {
  id: 'inspectorate',
  name: 'Generic inspectorate convention',
  description:
    'almost all 90% and over; most 75–89%; the majority 50–74%; a minority 15–49%; a few under 15%; 100% all; 0% none ' +
    '(the key used by UK inspectorates such as Education Scotland).',
  bands: [
    { from: 0, word: 'a few', of: false },
    { from: 15, word: 'a minority', of: true },
    { from: 50, word: 'the majority', of: true },
    { from: 75, word: 'most', of: false },
    { from: 90, word: 'almost all', of: false },
  ],
  none: NONE,
  all: ALL,
};

export const QUANTIFIER_CONVENTIONS: readonly QuantifierConvention[] = [OFSTED_2012_USAGE, INSPECTORATE_CONVENTION];

/**
 * A convention by id; throws for an unknown id, listing the known ones.
 *
 * @example
 * quantifierConvention('inspectorate').name // 'Generic inspectorate convention'
 */
export function quantifierConvention(id: string): QuantifierConvention {
  const convention = QUANTIFIER_CONVENTIONS.find((c) => c.id === id);
  if (!convention) throw new Error(`Unknown quantifier convention "${id}" (known: ${QUANTIFIER_CONVENTIONS.map((c) => c.id).join(', ')})`);
  return convention;
}

/**
 * The band for a printed whole-number percentage that is neither exactly none nor exactly all
 * (so 0 is read as 1 and 100 as 99: 0.4% of people is still somebody).
 *
 * @example
 * bandForPercent(77)                          // { word: 'a large majority', … }
 * bandForPercent(77, INSPECTORATE_CONVENTION) // { word: 'most', … }
 */
export function bandForPercent(percent: number, convention: QuantifierConvention = OFSTED_2012_USAGE): QuantifierBand {
  const p = Math.min(99, Math.max(1, percent));
  let chosen = convention.bands[0]!;
  for (const band of convention.bands) if (band.from <= p) chosen = band;
  return chosen;
}

/**
 * The band for `count` out of `n`: "no" for none, "all" for all, otherwise by the percentage
 * rounded half up to a whole number.
 *
 * @example
 * quantifierFor(344, 446) // { word: 'a large majority', … } (77%)
 * quantifierFor(0, 446)   // { word: 'no', … }
 */
export function quantifierFor(count: number, n: number, convention: QuantifierConvention = OFSTED_2012_USAGE): QuantifierBand {
  if (count === 0) return convention.none;
  if (count === n) return convention.all;
  return bandForPercent(roundHalfUpPercent(count, n), convention);
}

/**
 * The band's words before a group: "a minority of social workers", "most social workers".
 *
 * @example
 * quantifiedGroup(bandForPercent(86), 'social workers') // 'most social workers'
 */
export function quantifiedGroup(band: QuantifierBand, group: string): string {
  return band.of ? `${band.word} of ${group}` : `${band.word} ${group}`;
}

/**
 * The band's words standing alone, as a sentence's subject: "A minority", "Most", "None".
 *
 * @example
 * quantifierAlone(bandForPercent(4)) // 'a minority'
 */
export function quantifierAlone(band: QuantifierBand): string {
  return band.word === 'no' ? 'none' : band.word;
}
