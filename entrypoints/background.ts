import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { isRescheduleMessage } from '@/lib/reminders/messages';
import { openPulse, REMINDER_ALARM, scheduleReminder, showReminderNotification } from '@/lib/reminders/schedule-reminder';

export default defineBackground(() => {
  // The service worker is stopped when idle: alarms are re-created on every start.
  void scheduleReminder();

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REMINDER_ALARM) void showReminderNotification();
  });
  browser.notifications.onClicked.addListener((notificationId) => {
    if (notificationId !== REMINDER_ALARM) return;
    void openPulse();
    void browser.notifications.clear(notificationId);
  });
  browser.runtime.onMessage.addListener((message) => {
    if (isRescheduleMessage(message)) return scheduleReminder().then(() => true);
    return undefined;
  });
  browser.storage.managed?.onChanged?.addListener(() => void scheduleReminder());
});
