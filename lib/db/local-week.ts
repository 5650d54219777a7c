import { isoWeekKey } from '../../analysis/periods';

/**
 * The ISO week a moment falls in for the worker, by their own calendar (local time), as
 * `YYYY-Www`. Reminders fire in local time, so the pulse week is local too: a pulse saved on
 * Monday 00:30 in London summer time belongs to that Monday's week, not to Sunday's (UTC).
 *
 * @example
 * localWeekKey(new Date(2025, 1, 12, 9, 0)) // '2025-W07' (Wednesday 12 February 2025, local)
 */
export function localWeekKey(date: Date): string {
  // The local calendar date, written as a UTC midnight, is what analysis/periods.ts counts in.
  return isoWeekKey(new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate())));
}

/**
 * The local ISO weeks of the `count` weeks that end with the week of `date`, oldest first.
 *
 * @example
 * recentLocalWeekKeys(new Date(2025, 1, 12), 3) // ['2025-W05', '2025-W06', '2025-W07']
 */
export function recentLocalWeekKeys(date: Date, count: number): string[] {
  const keys: string[] = [];
  for (let back = count - 1; back >= 0; back--) {
    keys.push(localWeekKey(new Date(date.getFullYear(), date.getMonth(), date.getDate() - back * 7)));
  }
  return keys;
}
