import { browser } from 'wxt/browser';
import { getDatabase } from '@/lib/db/database';
import { Notice } from '@/lib/ui/Notice';
import { useSettings } from '@/lib/ui/useSettings';
import { MyData } from './MyData';
import { ProfileForm } from './ProfileForm';
import { Questionnaires } from './Questionnaires';
import { ReminderForm } from './ReminderForm';
import { StorageStatus } from './StorageStatus';

const db = getDatabase();

/** Profile, reminders, questionnaires and "my data". */
export function OptionsPage() {
  const { settings, error, reload } = useSettings(db);
  if (error) {
    return (
      <main>
        <h1>Frontline Pulse: settings and my data</h1>
        <Notice kind="error">{error}</Notice>
      </main>
    );
  }
  if (!settings) return <main aria-busy="true" />;
  return (
    <main>
      <h1>Frontline Pulse: settings and my data</h1>
      <p class="muted">
        Frontline Pulse never asks for your name or e-mail. Your answers stay in this browser until you export them.
      </p>
      <StorageStatus version={settings} />
      <ProfileForm db={db} settings={settings} onSaved={reload} />
      <ReminderForm db={db} settings={settings} onSaved={reload} />
      <Questionnaires role={settings.profile?.role} />
      <MyData db={db} onDeleted={reload} />
      <section aria-labelledby="managers-title">
        <h2 id="managers-title">For managers and researchers</h2>
        <p>
          Pool your team's exported answers into Ofsted-style tables and trend charts:{' '}
          <a href={browser.runtime.getURL('/dashboard.html')} target="_blank" rel="noopener">
            open the dashboard
          </a>
          . It shows groups of at least 5 people only.
        </p>
      </section>
    </main>
  );
}
