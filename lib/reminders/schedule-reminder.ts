import { browser } from 'wxt/browser';
import { getDatabase } from '../db/database';
import { readManagedPolicy } from '../settings/managed-policy';
import { loadEffectiveSettings } from '../settings/effective-settings';
import { nextReminderAt } from '../settings/reminder-schedule';

export const REMINDER_ALARM = 'weekly-pulse';
const MINUTES_PER_WEEK = 7 * 24 * 60;

/**
 * (Re)creates the weekly reminder alarm from the settings in force. The MV3 service worker keeps no
 * state, so this runs every time it starts and whenever the schedule changes.
 */
export async function scheduleReminder(now = new Date()): Promise<Date | undefined> {
  const { reminder } = await loadEffectiveSettings(getDatabase(), await readManagedPolicy());
  await browser.alarms.clear(REMINDER_ALARM);
  if (!reminder.enabled) return undefined;
  const when = nextReminderAt(reminder, now);
  await browser.alarms.create(REMINDER_ALARM, { when: when.getTime(), periodInMinutes: MINUTES_PER_WEEK });
  return when;
}

/** Shows the reminder; clicking it opens the pulse in a tab. */
export async function showReminderNotification(): Promise<void> {
  await browser.notifications.create(REMINDER_ALARM, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: 'Frontline Pulse',
    message: 'Your weekly pulse: six quick questions, about 30 seconds.',
  });
}

export function openPulse(): Promise<unknown> {
  return browser.tabs.create({ url: browser.runtime.getURL('/popup.html') });
}
