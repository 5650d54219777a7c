import { useState } from 'preact/hooks';
import type { PulseDatabase } from '@/lib/db/database';
import { saveReminder } from '@/lib/db/settings';
import { requestReschedule } from '@/lib/reminders/messages';
import type { EffectiveSettings } from '@/lib/settings/effective-settings';
import { describeSchedule, isValidTime, WEEKDAY_NAMES } from '@/lib/settings/reminder-schedule';
import { Notice } from '@/lib/ui/Notice';
import { useFollowedState } from '@/lib/ui/useFollowedState';

interface Props {
  db: PulseDatabase;
  settings: EffectiveSettings;
  onSaved: () => void;
}

/** The weekly reminder: on or off, day and time. Each may be pre-set (and locked) by the authority. */
export function ReminderForm({ db, settings, onSaved }: Props) {
  const [enabled, setEnabled] = useFollowedState(settings.reminder.enabled);
  const [weekday, setWeekday] = useFollowedState(settings.reminder.weekday);
  const [time, setTime] = useFollowedState(settings.reminder.time);
  const [status, setStatus] = useState<{ kind: 'info' | 'error'; text: string }>();
  const locked = settings.locked.reminder;
  const allLocked = locked.enabled && locked.weekday && locked.time;
  const lockedNames = [locked.enabled && 'whether it is on', locked.weekday && 'the day', locked.time && 'the time'].filter(Boolean);

  async function save(event: Event) {
    event.preventDefault();
    if (!isValidTime(time)) return setStatus({ kind: 'error', text: 'Enter the time as hours and minutes, for example 14:00.' });
    const schedule = { enabled, weekday, time };
    try {
      await saveReminder(db, schedule);
    } catch (error) {
      return setStatus({ kind: 'error', text: (error as Error).message });
    }
    const rescheduled = await requestReschedule();
    setStatus({
      kind: 'info',
      text: `Reminder saved: ${describeSchedule(schedule)}.${rescheduled ? '' : ' It takes effect the next time the browser starts Frontline Pulse.'}`,
    });
    onSaved();
  }

  return (
    <section aria-labelledby="reminder-title">
      <h2 id="reminder-title">Weekly reminder</h2>
      <form onSubmit={save} noValidate>
        {lockedNames.length > 0 && <p class="hint">Your authority has set {lockedNames.join(', ')} for everyone.</p>}
        <div class="field">
          <label>
            <input type="checkbox" checked={enabled} disabled={locked.enabled} onChange={(e) => setEnabled(e.currentTarget.checked)} /> Remind
            me to do my weekly pulse
          </label>
        </div>
        <div class="field">
          <label for="reminder-day">Day</label>
          <select id="reminder-day" value={String(weekday)} disabled={locked.weekday || !enabled} onChange={(e) => setWeekday(Number(e.currentTarget.value))}>
            {WEEKDAY_NAMES.map((name, index) => (
              <option key={name} value={index}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="reminder-time">Time</label>
          <input type="time" id="reminder-time" value={time} disabled={locked.time || !enabled} onInput={(e) => setTime(e.currentTarget.value)} />
        </div>
        {!allLocked && (
          <div class="actions">
            <button type="submit">Save reminder</button>
          </div>
        )}
        {status && <Notice kind={status.kind}>{status.text}</Notice>}
      </form>
    </section>
  );
}
