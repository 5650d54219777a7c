/** When the weekly reminder fires, in the worker's local time. */
export interface ReminderSchedule {
  enabled: boolean;
  /** 0 = Sunday … 6 = Saturday, as `Date.getDay()`. */
  weekday: number;
  /** 24-hour local time, `HH:MM`. */
  time: string;
}

export const DEFAULT_REMINDER: ReminderSchedule = { enabled: true, weekday: 5, time: '14:00' };

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function isValidTime(time: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(time);
}

/**
 * The next moment, strictly after `now`, that matches the schedule (local time).
 *
 * @example
 * nextReminderAt({ enabled: true, weekday: 5, time: '14:00' }, new Date(2025, 1, 12, 9)) // Fri 14 Feb 2025 14:00
 */
export function nextReminderAt(schedule: ReminderSchedule, now: Date): Date {
  const [hours, minutes] = schedule.time.split(':').map(Number) as [number, number];
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate(), hours, minutes, 0, 0);
  next.setDate(next.getDate() + ((schedule.weekday - next.getDay() + 7) % 7));
  if (next.getTime() <= now.getTime()) next.setDate(next.getDate() + 7);
  return next;
}

export function describeSchedule(schedule: ReminderSchedule): string {
  return schedule.enabled ? `every ${WEEKDAY_NAMES[schedule.weekday]} at ${schedule.time}` : 'off';
}
