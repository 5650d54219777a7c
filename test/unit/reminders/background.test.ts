import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../entrypoints/background';
import { getDatabase } from '../../../lib/db/database';
import { saveReminder } from '../../../lib/db/settings';
import { REMINDER_ALARM } from '../../../lib/reminders/schedule-reminder';

const WEEK_IN_MINUTES = 7 * 24 * 60;

/** Starts the service worker as the browser does: runs the background entry's main. */
function startServiceWorker() {
  fakeBrowser.alarms.onAlarm.removeAllListeners();
  fakeBrowser.notifications.onClicked.removeAllListeners();
  fakeBrowser.runtime.onMessage.removeAllListeners();
  void background.main!();
}

async function reminderAlarm() {
  return vi.waitFor(async () => {
    const alarm = await fakeBrowser.alarms.get(REMINDER_ALARM);
    if (!alarm) throw new Error('no alarm yet');
    return alarm;
  });
}

beforeEach(async () => {
  fakeBrowser.reset();
  await getDatabase().settings.clear();
  vi.useFakeTimers({ toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the background service worker', () => {
  it('creates the weekly alarm on start, and re-creates it on every later start', async () => {
    await saveReminder(getDatabase(), { enabled: true, weekday: 3, time: '10:30' });
    vi.setSystemTime(new Date(2025, 1, 10, 12, 0)); // Monday 10 February 2025
    startServiceWorker();
    expect(await reminderAlarm()).toEqual({ name: REMINDER_ALARM, scheduledTime: new Date(2025, 1, 12, 10, 30).getTime(), periodInMinutes: WEEK_IN_MINUTES });

    // The browser stops the worker and loses the alarm (as after an update); nine days later it starts again.
    await fakeBrowser.alarms.clearAll();
    vi.setSystemTime(new Date(2025, 1, 19, 11, 0)); // Wednesday 19 February, after 10:30
    startServiceWorker();
    expect(await reminderAlarm()).toEqual({ name: REMINDER_ALARM, scheduledTime: new Date(2025, 1, 26, 10, 30).getTime(), periodInMinutes: WEEK_IN_MINUTES });
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);
  });

  it('reschedules when asked, and removes the alarm once the reminder is off', async () => {
    vi.setSystemTime(new Date(2025, 1, 10, 12, 0));
    startServiceWorker();
    await reminderAlarm();
    await saveReminder(getDatabase(), { enabled: false, weekday: 3, time: '10:30' });
    expect(await fakeBrowser.runtime.sendMessage({ type: 'reschedule-reminder' })).toBe(true);
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it('shows the notification when the alarm fires and opens the pulse when it is clicked', async () => {
    startServiceWorker();
    const alarm = await reminderAlarm();
    await fakeBrowser.alarms.onAlarm.trigger(alarm);
    await vi.waitFor(async () => expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([REMINDER_ALARM]));
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.notifications.onClicked.trigger(REMINDER_ALARM);
    expect(create).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/popup.html') });
  });
});
