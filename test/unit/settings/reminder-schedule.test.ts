import { describe, expect, it } from 'vitest';
import { nextReminderAt } from '../../../lib/settings/reminder-schedule';

describe('nextReminderAt', () => {
  const friday2pm = { enabled: true, weekday: 5, time: '14:00' };
  it('is later the same week when the day is still to come', () => {
    // Wednesday 12 February 2025, 09:00 local
    expect(nextReminderAt(friday2pm, new Date(2025, 1, 12, 9, 0))).toEqual(new Date(2025, 1, 14, 14, 0));
  });
  it('is later the same day when the time is still to come, and next week once it has passed', () => {
    expect(nextReminderAt(friday2pm, new Date(2025, 1, 14, 13, 59))).toEqual(new Date(2025, 1, 14, 14, 0));
    expect(nextReminderAt(friday2pm, new Date(2025, 1, 14, 14, 0))).toEqual(new Date(2025, 1, 21, 14, 0));
  });
  it('crosses a month and a year', () => {
    expect(nextReminderAt({ enabled: true, weekday: 1, time: '08:30' }, new Date(2025, 11, 31, 12))).toEqual(new Date(2026, 0, 5, 8, 30));
  });
});
