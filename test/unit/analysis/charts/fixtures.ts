import type { Scale } from '../../../../lib/instruments/schema';
import type { ItemCounts } from '../../../../analysis/item-counts';
import type { TrendSeries } from '../../../../analysis/trends';

export const agreeWithDontKnow: Scale = {
  id: 'agree_dk',
  options: [
    { code: 5, label: 'Strongly agree', substantive: true },
    { code: 4, label: 'Agree', substantive: true },
    { code: 3, label: 'Neither agree nor disagree', substantive: true },
    { code: 2, label: 'Disagree', substantive: true },
    { code: 1, label: 'Strongly disagree', substantive: true },
    { code: 9, label: "Don't know", substantive: false },
  ],
};

export const counts = (pairs: Array<[number, number]>, blank = 0): ItemCounts => ({ byCode: new Map(pairs), blank });

const point = (period: string, n: number, percentPositive: number, lower: number, upper: number) => ({
  period,
  suppressed: false,
  suppression: 'shown' as const,
  n,
  percentPositive,
  lower,
  upper,
  mean: 3.5,
  meanN: n,
});
const hidden = (period: string) => ({
  period,
  suppressed: true,
  suppression: 'primary' as const,
  n: null,
  percentPositive: null,
  lower: null,
  upper: null,
  mean: null,
  meanN: null,
});

/** A hand-made weekly series: eight weeks, the fourth suppressed. */
export const series: TrendSeries = {
  itemId: 'workload_manageable',
  group: 'E09',
  total: false,
  interval: 'week',
  definitions: {
    baseCodes: [5, 4, 3, 2, 1, 9],
    base: { nonSubstantive: 'include' },
    positiveCodes: [5, 4],
    meanCodes: [5, 4, 3, 2, 1],
    minGroupSize: 5,
    z: 1.959963984540054,
  },
  points: [
    point('2025-W05', 20, 55, 34.21, 74.18),
    point('2025-W06', 25, 60.04, 40.74, 76.6),
    point('2025-W07', 18, 61.11, 38.62, 79.7),
    hidden('2025-W08'),
    point('2025-W09', 30, 70, 52.12, 83.34),
    point('2025-W10', 27, 66.67, 47.82, 81.36),
    point('2025-W11', 22, 72.73, 51.85, 86.85),
    point('2025-W12', 31, 77.42, 60.19, 88.61),
  ],
};
