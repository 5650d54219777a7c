import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PulseDatabase } from '@/lib/db/database';
import { saveReminder } from '@/lib/db/settings';
import { guardWrite } from '@/lib/db/write-error';
import { RESCHEDULE_MESSAGE } from '@/lib/reminders/messages';
import type { EffectiveSettings } from '@/lib/settings/effective-settings';
import { describeSchedule, isValidTime, WEEKDAY_NAMES } from '@/lib/settings/reminder-schedule';
import { Notice } from '@/lib/ui/Notice';

interface Props {
  db: PulseDatabase;
  settings: EffectiveSettings;
  onSaved: () => void;
}

/** The weekly reminder: on or off, day and time. */
export function ReminderForm({ db, settings, onSaved }: Props) {
  const [enabled, setEnabled] = useState(settings.reminder.enabled);
  const [weekday, setWeekday] = useState(settings.reminder.weekday);
  const [time, setTime] = useState(settings.reminder.time);
  const [status, setStatus] = useState<{ kind: 'info' | 'error'; text: string }>();
  const locked = settings.locked.reminder;

  async function save(event: Event) {
    event.preventDefault();
    if (!isValidTime(time)) return setStatus({ kind: 'error', text: 'Enter the time as hours and minutes, for example 14:00.' });
    const schedule = { enabled, weekday, time };
    try {
      await guardWrite(() => saveReminder(db, schedule));
      await browser.runtime.sendMessage(RESCHEDULE_MESSAGE);
      setStatus({ kind: 'info', text: `Reminder saved: ${describeSchedule(schedule)}.` });
      onSaved();
    } catch (error) {
      setStatus({ kind: 'error', text: (error as Error).message });
    }
  }

  return (
    <section aria-labelledby="reminder-title">
      <h2 id="reminder-title">Weekly reminder</h2>
      <form onSubmit={save} noValidate>
        {locked && <p class="hint">Your authority has set the reminder for everyone.</p>}
        <div class="field">
          <label>
            <input type="checkbox" checked={enabled} disabled={locked} onChange={(e) => setEnabled(e.currentTarget.checked)} /> Remind me
            to do my weekly pulse
          </label>
        </div>
        <div class="field">
          <label for="reminder-day">Day</label>
          <select id="reminder-day" value={weekday} disabled={locked || !enabled} onChange={(e) => setWeekday(Number(e.currentTarget.value))}>
            {WEEKDAY_NAMES.map((name, index) => (
              <option key={name} value={index}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="reminder-time">Time</label>
          <input type="time" id="reminder-time" value={time} disabled={locked || !enabled} onInput={(e) => setTime(e.currentTarget.value)} />
        </div>
        {!locked && (
          <div class="actions">
            <button type="submit">Save reminder</button>
          </div>
        )}
        {status && <Notice kind={status.kind}>{status.text}</Notice>}
      </form>
    </section>
  );
}
