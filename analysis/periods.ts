/**
 * Calendar periods used for trends: ISO 8601 weeks (`2025-W07`) and months (`2025-02`), both taken
 * in UTC so that the same timestamp lands in the same period on every machine.
 */

/**
 * The ISO week of a date, as `YYYY-Www`. ISO weeks start on Monday and week 1 is the week that
 * holds the year's first Thursday, so 2021-01-03 is in `2020-W53`.
 *
 * @example
 * isoWeekKey(new Date('2025-02-12T09:00:00Z')) // '2025-W07'
 */
export function isoWeekKey(date: Date | string): string {
  const d = new Date(typeof date === 'string' ? Date.parse(date) : date.getTime());
  if (Number.isNaN(d.getTime())) throw new RangeError(`Not a date: ${String(date)}`);
  const day = (d.getUTCDay() + 6) % 7; // Monday = 0
  const thursday = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - day + 3));
  const weekYear = thursday.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(weekYear, 0, 4));
  const firstWeekMonday = firstThursday.getTime() - ((firstThursday.getUTCDay() + 6) % 7) * 86_400_000;
  const week = Math.floor((thursday.getTime() - firstWeekMonday) / (7 * 86_400_000)) + 1;
  return `${weekYear}-W${String(week).padStart(2, '0')}`;
}

/**
 * The month of a date, as `YYYY-MM` (UTC).
 *
 * @example
 * monthKey('2025-02-12T09:00:00Z') // '2025-02'
 */
export function monthKey(date: Date | string): string {
  const d = new Date(typeof date === 'string' ? Date.parse(date) : date.getTime());
  if (Number.isNaN(d.getTime())) throw new RangeError(`Not a date: ${String(date)}`);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The ISO week keys of the `count` weeks that end with the week of `date`, oldest first. */
export function recentWeekKeys(date: Date, count: number): string[] {
  const keys: string[] = [];
  for (let back = count - 1; back >= 0; back--) {
    keys.push(isoWeekKey(new Date(date.getTime() - back * 7 * 86_400_000)));
  }
  return keys;
}

/**
 * The Monday (UTC) that starts an ISO week key.
 *
 * @example
 * isoWeekMonday('2025-W07').toISOString() // '2025-02-10T00:00:00.000Z'
 */
export function isoWeekMonday(key: string): Date {
  const match = /^(\d{4})-W(\d{2})$/.exec(key);
  if (!match) throw new RangeError(`Not an ISO week: ${key}`);
  const jan4 = new Date(Date.UTC(Number(match[1]), 0, 4));
  const week1Monday = jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000;
  return new Date(week1Monday + (Number(match[2]) - 1) * 7 * 86_400_000);
}
