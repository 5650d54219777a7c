import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getDatabase } from '../../../lib/db/database';
import { saveReminder } from '../../../lib/db/settings';
import { REMINDER_ALARM, scheduleReminder, showReminderNotification } from '../../../lib/reminders/schedule-reminder';

beforeEach(async () => {
  fakeBrowser.reset();
  await getDatabase().settings.clear();
});

describe('weekly reminder', () => {
  it('creates a weekly alarm at the next scheduled time', async () => {
    await saveReminder(getDatabase(), { enabled: true, weekday: 3, time: '10:30' });
    const when = await scheduleReminder(new Date(2025, 1, 10, 12, 0)); // Monday 10 Feb 2025
    expect(when).toEqual(new Date(2025, 1, 12, 10, 30));
    const alarm = await fakeBrowser.alarms.get(REMINDER_ALARM);
    expect(alarm).toMatchObject({ name: REMINDER_ALARM, scheduledTime: new Date(2025, 1, 12, 10, 30).getTime(), periodInMinutes: 10080 });
  });

  it('removes the alarm when reminders are switched off', async () => {
    await scheduleReminder(new Date(2025, 1, 10, 12, 0));
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);
    await saveReminder(getDatabase(), { enabled: false, weekday: 3, time: '10:30' });
    expect(await scheduleReminder()).toBeUndefined();
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it('shows a notification that names the pulse', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await showReminderNotification();
    expect(create).toHaveBeenCalledWith(REMINDER_ALARM, expect.objectContaining({ type: 'basic', message: expect.stringContaining('weekly pulse') }));
  });
});
