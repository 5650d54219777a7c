import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { PulseDatabase } from '../../../lib/db/database';
import { saveProfile, saveReminder } from '../../../lib/db/settings';
import { loadEffectiveSettings } from '../../../lib/settings/effective-settings';
import { parseManagedPolicy } from '../../../lib/settings/managed-policy';

describe('managed policy', () => {
  it('reads the fields of the shipped schema and ignores invalid ones', () => {
    expect(parseManagedPolicy({ authorityCode: 'E10000001', authorityName: 'Northshire', reminderWeekday: 2, reminderTime: '25:00', extra: 1 })).toEqual({
      authorityCode: 'E10000001',
      authorityName: 'Northshire',
      reminder: { weekday: 2 },
    });
    expect(parseManagedPolicy(undefined)).toEqual({ authorityCode: undefined, authorityName: undefined, reminder: undefined });
  });

  it("overrides the worker's authority and reminder, and locks them", async () => {
    const db = new PulseDatabase(`policy-${Math.random()}`);
    await saveProfile(db, { authorityCode: 'X', authorityName: 'Old', role: 'manager', team: 'T' });
    await saveReminder(db, { enabled: true, weekday: 1, time: '09:00' });
    const settings = await loadEffectiveSettings(db, parseManagedPolicy({ authorityCode: 'E10000001', authorityName: 'Northshire', reminderEnabled: false }));
    expect(settings.profile).toEqual({ authorityCode: 'E10000001', authorityName: 'Northshire', role: 'manager', team: 'T' });
    expect(settings.reminder).toEqual({ enabled: false, weekday: 1, time: '09:00' });
    expect(settings.locked).toEqual({ authority: true, reminder: { enabled: true, weekday: false, time: false } });
    const unmanaged = await loadEffectiveSettings(db, {});
    expect(unmanaged.profile?.authorityName).toBe('Old');
    expect(unmanaged.locked).toEqual({ authority: false, reminder: { enabled: false, weekday: false, time: false } });
    db.close();
    await Dexie.delete(db.name);
  });

  it('locks each reminder field the policy sets, and only those', async () => {
    const db = new PulseDatabase(`policy-${Math.random()}`);
    await saveReminder(db, { enabled: false, weekday: 1, time: '09:00' });
    const settings = await loadEffectiveSettings(db, parseManagedPolicy({ reminderWeekday: 4, reminderTime: '16:30' }));
    expect(settings.reminder).toEqual({ enabled: false, weekday: 4, time: '16:30' });
    expect(settings.locked).toEqual({ authority: false, reminder: { enabled: false, weekday: true, time: true } });
    // An authority code without a name does not lock the authority.
    expect((await loadEffectiveSettings(db, parseManagedPolicy({ authorityCode: 'E1' }))).locked.authority).toBe(false);
    db.close();
    await Dexie.delete(db.name);
  });
});
