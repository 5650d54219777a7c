import { suppressedText } from './disclosure';
import type { CountCell } from './percentage-table';
import { wilsonInterval, Z_95 } from './statistics/wilson-interval';

/** One authority (or the total): invited, responded, and the response rate with its interval, in percent. */
export interface ResponseRate {
  code: string;
  label: string;
  invited: number;
  /** True when the authority's group is hidden (too small, or to protect another): then no numbers but `invited`. */
  suppressed: boolean;
  text: string | null;
  responded: number | null;
  /** 100 × responded / invited, unrounded. */
  rate: number | null;
  /** The Wilson score interval of the rate (95% by default), in percent. */
  lower: number | null;
  upper: number | null;
}

/** An authority's respondents, as the percentage table shows them (hidden where it hides them). */
export interface RespondingGroup {
  code: string;
  label: string;
  respondents: CountCell;
}

function rate(code: string, label: string, invited: number, respondents: CountCell, minGroupSize: number, z: number): ResponseRate {
  if (respondents.suppressed) return { code, label, invited, suppressed: true, text: suppressedText(minGroupSize), responded: null, rate: null, lower: null, upper: null };
  const responded = respondents.n;
  if (invited === 0) return { code, label, invited, suppressed: false, text: null, responded, rate: null, lower: null, upper: null };
  const interval = wilsonInterval(responded, invited, { z });
  return { code, label, invited, suppressed: false, text: null, responded, rate: 100 * interval.proportion, lower: 100 * interval.lower, upper: 100 * interval.upper };
}

/**
 * Response rates per authority: respondents / invited, with a Wilson score interval. The
 * respondents come from the percentage table's authority columns, hidden where the table hides
 * them (too few responses, or complementary suppression), so a hidden group's rate is hidden too
 * and no rate gives away what the table does not. Every responding authority needs an invited
 * count (checked by the caller, which knows the invited file's lines): the total is then the
 * table's total over the invited total.
 *
 * @example
 * responseRates([{ code: 'WRD', label: 'Wrendale', respondents: { suppressed: false, n: 31 } }], new Map([['WRD', 50]]), { suppressed: false, n: 31 }, 5)
 * // { authorities: [{ code: 'WRD', invited: 50, responded: 31, rate: 62, lower: 48.1…, upper: 74.2…, … }], total: { … } }
 */
export function responseRates(
  groups: readonly RespondingGroup[],
  invited: ReadonlyMap<string, number>,
  total: CountCell,
  minGroupSize: number,
  options: { z?: number; totalLabel?: string } = {},
): { authorities: ResponseRate[]; total: ResponseRate } {
  const z = options.z ?? Z_95;
  const authorities = groups.map((g) => {
    const count = invited.get(g.code);
    if (count === undefined) throw new RangeError(`responseRates: no invited count for authority ${g.code}`);
    return rate(g.code, g.label, count, g.respondents, minGroupSize, z);
  });
  const invitedTotal = [...invited.values()].reduce((sum, n) => sum + n, 0);
  return { authorities, total: rate('', options.totalLabel ?? 'All authorities', invitedTotal, total, minGroupSize, z) };
}

/**
 * The note printed under response rates.
 *
 * @example
 * describeResponseRates(5) // 'Response rate = responded / invited, with a 95% Wilson score interval. …'
 */
export function describeResponseRates(minGroupSize: number): string {
  return (
    'Response rate = responded / invited, in percent, with a 95% Wilson score interval. ' +
    `Where an authority's responses are not shown ("${suppressedText(minGroupSize)}"), neither is its rate.`
  );
}
