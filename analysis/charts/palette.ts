/**
 * Colours for charts: colour-blind-safe, blue for agreement and orange for disagreement, never a
 * red/amber/green rating.
 *
 * Source: Paul Tol, "Colour Schemes", SRON technical note SRON/EPS/TN/09-002, issue 3.2 (2021),
 * https://personal.sron.nl/~pault/ — the diverging scheme "sunset", which is designed to stay
 * distinct for colour-blind readers and in print. Its 11 colours run from dark blue through a pale
 * centre to dark red; we use the blue side and the orange side and leave out the two red ends
 * (#DD3D2D, #A50026). The neutral middle option is Tol's pale grey (#DDDDDD), so that "neither"
 * reads as neither side.
 */

/** Tol's "sunset" scheme, in order (dark blue → pale → dark red). */
export const TOL_SUNSET = [
  '#364B9A',
  '#4A7BB7',
  '#6EA6CD',
  '#98CAE1',
  '#C2E4EF',
  '#EAECCC',
  '#FEDA8B',
  '#FDB366',
  '#F67E4B',
  '#DD3D2D',
  '#A50026',
] as const;

/** Neutral option ("Neither agree nor disagree"): Tol's pale grey. */
export const NEUTRAL_COLOUR = '#DDDDDD';

/** Positive shades by the number of positive options, from the option nearest neutral outwards. */
const POSITIVE_SHADES: Record<number, readonly string[]> = {
  1: ['#4A7BB7'],
  2: ['#6EA6CD', '#364B9A'],
  3: ['#98CAE1', '#6EA6CD', '#364B9A'],
};

/** Negative shades by the number of negative options, from the option nearest neutral outwards. */
const NEGATIVE_SHADES: Record<number, readonly string[]> = {
  1: ['#FDB366'],
  2: ['#FDB366', '#F67E4B'],
  3: ['#FEDA8B', '#FDB366', '#F67E4B'],
};

/** Line of a trend (percentage positive): the darkest blue of "sunset". */
export const TREND_LINE_COLOUR = '#364B9A';
/** Interval band of a trend: "sunset" #6EA6CD at 35% opacity. */
export const TREND_BAND_COLOUR = 'rgba(110, 166, 205, 0.35)';

/**
 * The colours of a diverging Likert scale from its most negative option to its most positive,
 * e.g. `divergingColours(2, true, 2)` for Strongly disagree, Disagree, Neither, Agree, Strongly
 * agree. Up to three options on each side.
 *
 * @example
 * divergingColours(2, true, 2) // ['#F67E4B', '#FDB366', '#DDDDDD', '#6EA6CD', '#364B9A']
 */
export function divergingColours(negative: number, neutral: boolean, positive: number): string[] {
  const negatives = NEGATIVE_SHADES[negative];
  const positives = POSITIVE_SHADES[positive];
  if ((negative > 0 && !negatives) || (positive > 0 && !positives)) {
    throw new RangeError(`The diverging palette has up to 3 options on each side (got ${negative} and ${positive})`);
  }
  return [...[...(negatives ?? [])].reverse(), ...(neutral ? [NEUTRAL_COLOUR] : []), ...(positives ?? [])];
}
