import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsPage } from '../../../entrypoints/options/OptionsPage';
import { getDatabase } from '../../../lib/db/database';
import { loadProfile, loadReminder, saveProfile, saveReminder } from '../../../lib/db/settings';
import { clickLabel, mount, typeInto, type Mounted } from './mount';

const db = getDatabase();
let mounted: Mounted | undefined;

/** Managed storage that answers only when `arrive` is called, as Chrome's can take seconds on first use. */
function delayedPolicy(policy: Record<string, unknown>) {
  let arrive!: () => void;
  const answered = new Promise<Record<string, unknown>>((resolve) => (arrive = () => resolve(policy)));
  vi.spyOn(fakeBrowser.storage.managed, 'get').mockReturnValue(answered as never);
  return async () => {
    await act(async () => {
      arrive();
      await answered;
    });
  };
}

const byId = <T extends HTMLElement>(id: string) => mounted!.container.querySelector<T>(`#${id}`)!;
const button = (name: string) => [...mounted!.container.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
const text = () => mounted!.container.textContent ?? '';

beforeEach(async () => {
  fakeBrowser.reset();
  await Promise.all([db.settings.clear(), db.responses.clear(), db.drafts.clear()]);
});
afterEach(() => {
  mounted?.unmount();
  vi.restoreAllMocks();
});

describe('options page under an authority policy that arrives after the first render', () => {
  it('fills and locks the authority once the policy arrives, so a first-run worker can save', async () => {
    const arrive = delayedPolicy({ authorityCode: 'E10000001', authorityName: 'Northshire', reminderWeekday: 2 });
    mounted = await mount(<OptionsPage />);
    await vi.waitFor(() => expect(byId('authority-code')).not.toBeNull());
    // First run: no cached policy yet, so the fields start empty and editable.
    expect([byId<HTMLInputElement>('authority-code').value, byId<HTMLInputElement>('authority-code').readOnly]).toEqual(['', false]);
    await typeInto(byId('team'), 'Assessment 2');

    await arrive();
    await vi.waitFor(() => expect(byId<HTMLInputElement>('authority-code').value).toBe('E10000001'));
    expect(byId<HTMLInputElement>('authority-name').value).toBe('Northshire');
    expect([byId<HTMLInputElement>('authority-code').readOnly, byId<HTMLInputElement>('authority-name').readOnly]).toEqual([true, true]);
    expect(byId<HTMLInputElement>('team').value).toBe('Assessment 2'); // the worker's typing is kept

    // Only the reminder day is pre-set: it alone is locked.
    expect(byId<HTMLSelectElement>('reminder-day').disabled).toBe(true);
    expect(byId<HTMLSelectElement>('reminder-day').value).toBe('2');
    expect(byId<HTMLInputElement>('reminder-time').disabled).toBe(false);
    expect(mounted.container.querySelector<HTMLInputElement>('input[type="checkbox"]')!.disabled).toBe(false);
    expect(text()).toContain('Your authority has set the day for everyone.');

    await clickLabel(mounted.container, 'Social worker');
    await act(() => button('Save profile')!.click());
    await vi.waitFor(() => expect(text()).toContain('Profile saved.'));
    expect(await loadProfile(db)).toEqual({ authorityCode: 'E10000001', authorityName: 'Northshire', role: 'social_worker', team: 'Assessment 2' });

    await typeInto(byId('reminder-time'), '08:45');
    await act(() => button('Save reminder')!.click());
    await vi.waitFor(() => expect(text()).toContain('Reminder saved: every Tuesday at 08:45.'));
    expect(await loadReminder(db)).toEqual({ enabled: true, weekday: 2, time: '08:45' });
  });

  it('empties the forms after "delete all my data", and the reminder shows off', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({});
    await saveProfile(db, { authorityCode: 'X1', authorityName: 'Old town', role: 'manager', team: 'Team A' });
    await saveReminder(db, { enabled: true, weekday: 1, time: '09:00' });
    mounted = await mount(<OptionsPage />);
    await vi.waitFor(() => expect(byId<HTMLInputElement>('authority-code').value).toBe('X1'));
    expect(byId<HTMLInputElement>('role-manager').checked).toBe(true);

    await act(() => button('Delete all my data…')!.click());
    await vi.waitFor(() => expect(mounted!.container.querySelector('[role="alertdialog"]')).not.toBeNull());
    const confirmation = mounted.container.querySelector('[role="alertdialog"]')!.textContent!;
    expect(confirmation).toContain('your profile: authority, role and team');
    expect(confirmation).toContain('your reminder: it is switched off until you set it again');
    expect(confirmation).toContain("the dashboard's pool on this browser: 0 imported responses from 0 imported files");
    await act(() => button('Yes, delete everything')!.click());
    await vi.waitFor(() => expect(text()).toContain('All your data has been deleted from this browser.'));
    await vi.waitFor(() => expect(byId<HTMLInputElement>('authority-code').value).toBe(''));
    expect([byId<HTMLInputElement>('authority-name').value, byId<HTMLInputElement>('team').value]).toEqual(['', '']);
    expect(byId<HTMLInputElement>('role-manager').checked).toBe(false);
    expect(mounted.container.querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked).toBe(false);
  });
});
