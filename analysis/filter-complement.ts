import { checkMinGroupSize } from './disclosure';

/**
 * Whether a filtered figure must be hidden because of what it leaves out. A view filtered to part
 * of a group (say, the social workers of an authority) is shown beside the unfiltered view (all
 * its staff); subtracting one from the other gives the rest (its managers). When the rest is a
 * small group (1 to minGroupSize − 1 respondents), the filtered figure would reveal it, so it is
 * hidden too. An empty rest reveals nobody.
 *
 * @example
 * revealsSmallComplement(3, 5) // true: 3 managers could be worked out by subtraction
 * revealsSmallComplement(0, 5) // false
 * revealsSmallComplement(12, 5) // false
 */
export function revealsSmallComplement(complementSize: number, minGroupSize: number): boolean {
  return complementSize > 0 && complementSize < checkMinGroupSize(minGroupSize);
}
