import { isoWeekKey, isoWeekMonday, monthKey } from '../periods';

/** The length of a trend's periods: ISO weeks (`2025-W07`) or calendar months (`2025-02`), in UTC. */
export type TrendInterval = 'week' | 'month';

const WEEK = /^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * The period of a timestamp (see `analysis/periods.ts`).
 *
 * @example
 * periodKey('2025-02-12T09:00:00Z', 'week') // '2025-W07'
 * periodKey('2025-02-12T09:00:00Z', 'month') // '2025-02'
 */
export function periodKey(date: Date | string, interval: TrendInterval): string {
  return interval === 'week' ? isoWeekKey(date) : monthKey(date);
}

/** Whether a string is a period key of the interval. */
export function isPeriodKey(key: string, interval: TrendInterval): boolean {
  return (interval === 'week' ? WEEK : MONTH).test(key);
}

/**
 * Every period from `first` to `last` inclusive, in order, so that a series has a point (possibly
 * empty, hence suppressed) for each period and charts show gaps where data are missing. Keys of
 * both kinds sort correctly as strings.
 *
 * @example
 * periodKeysBetween('2024-W52', '2025-W02', 'week') // ['2024-W52', '2025-W01', '2025-W02']
 * periodKeysBetween('2024-11', '2025-01', 'month') // ['2024-11', '2024-12', '2025-01']
 */
export function periodKeysBetween(first: string, last: string, interval: TrendInterval): string[] {
  for (const key of [first, last]) {
    if (!isPeriodKey(key, interval)) throw new RangeError(`Not a ${interval} key: ${key}`);
  }
  if (first > last) return [];
  const keys: string[] = [];
  if (interval === 'week') {
    let time = isoWeekMonday(first).getTime();
    for (let key = first; key <= last; time += 7 * 86_400_000, key = isoWeekKey(new Date(time))) keys.push(key);
  } else {
    let year = Number(first.slice(0, 4));
    let month = Number(first.slice(5, 7));
    for (let key = first; key <= last; key = `${year}-${String(month).padStart(2, '0')}`) {
      keys.push(key);
      month += 1;
      if (month > 12) {
        month = 1;
        year += 1;
      }
    }
  }
  return keys;
}
