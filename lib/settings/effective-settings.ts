import type { PulseDatabase } from '../db/database';
import { loadProfile, loadReminder } from '../db/settings';
import type { Profile } from '../instruments/response';
import type { ManagedPolicy } from './managed-policy';
import type { ReminderSchedule } from './reminder-schedule';

export interface EffectiveSettings {
  /** The worker's profile with any authority pre-set by policy; undefined until a role is chosen. */
  profile?: Profile;
  /** What the worker saved, as a starting point for the options form (authority may be pre-set). */
  draftProfile: Partial<Profile>;
  reminder: ReminderSchedule;
  /** Which settings the authority has pre-set and the worker cannot change, field by field. */
  locked: { authority: boolean; reminder: Record<keyof ReminderSchedule, boolean> };
}

/** The settings in force: the worker's own, overridden by whatever the authority's policy pre-sets. */
export async function loadEffectiveSettings(db: PulseDatabase, policy: ManagedPolicy): Promise<EffectiveSettings> {
  const saved = await loadProfile(db);
  const lockedAuthority = policy.authorityCode !== undefined && policy.authorityName !== undefined;
  const draftProfile: Partial<Profile> = { ...saved };
  if (lockedAuthority) {
    draftProfile.authorityCode = policy.authorityCode;
    draftProfile.authorityName = policy.authorityName;
  }
  const profile = saved ? ({ ...saved, ...draftProfile } as Profile) : undefined;
  const reminder = { ...(await loadReminder(db)), ...policy.reminder };
  const set = policy.reminder ?? {};
  return {
    profile,
    draftProfile,
    reminder,
    locked: {
      authority: lockedAuthority,
      reminder: { enabled: set.enabled !== undefined, weekday: set.weekday !== undefined, time: set.time !== undefined },
    },
  };
}
