import { describe, expect, it } from 'vitest';
import { describeResponseRates, responseRates } from '../../../analysis/response-rates';
import { wilsonPercent } from './helpers/wilson-percent';


describe('responseRates', () => {
  const groups = [
    { code: 'NSH', label: 'Northshire', respondents: { suppressed: false as const, n: 31 } },
    { code: 'SSH', label: 'Southshire', respondents: { suppressed: true as const, text: 'fewer than 5 responses' } },
    { code: 'WRD', label: 'Wrendale', respondents: { suppressed: false as const, n: 81 } },
  ];
  const invited = new Map([['NSH', 50], ['SSH', 12], ['WRD', 263]]);

  it('gives responded / invited with a Wilson interval per authority and for all (Newcombe 1998: 81 of 263 → 25.53–36.62%)', () => {
    const { authorities, total } = responseRates(groups, invited, { suppressed: false, n: 115 }, 5);
    const [lower, upper] = wilsonPercent(31, 50);
    expect(authorities[0]).toEqual({ code: 'NSH', label: 'Northshire', invited: 50, suppressed: false, text: null, responded: 31, rate: 62, lower: expect.any(Number), upper: expect.any(Number) });
    expect(authorities[0]!.lower).toBeCloseTo(lower, 10);
    expect(authorities[0]!.upper).toBeCloseTo(upper, 10);
    expect(authorities[2]!.lower).toBeCloseTo(25.53, 2);
    expect(authorities[2]!.upper).toBeCloseTo(36.62, 2);
    const [allLower, allUpper] = wilsonPercent(115, 325);
    expect(total).toMatchObject({ label: 'All authorities', invited: 325, responded: 115 });
    expect(total.rate).toBeCloseTo((100 * 115) / 325, 10);
    expect(total.lower).toBeCloseTo(allLower, 10);
    expect(total.upper).toBeCloseTo(allUpper, 10);
  });

  it('hides the rate of a hidden group (only how many were invited is shown)', () => {
    const { authorities } = responseRates(groups, invited, { suppressed: false, n: 115 }, 5);
    expect(authorities[1]).toEqual({ code: 'SSH', label: 'Southshire', invited: 12, suppressed: true, text: 'fewer than 5 responses', responded: null, rate: null, lower: null, upper: null });
    expect(describeResponseRates(5)).toContain('neither is its rate');
  });

  it('needs an invited count for every responding authority', () => {
    expect(() => responseRates(groups, new Map([['NSH', 50]]), { suppressed: false, n: 115 }, 5)).toThrow(/no invited count for authority SSH/);
  });
});
