import { isRole } from '../instruments/roles';
import type { Profile } from '../instruments/response';
import { DEFAULT_REMINDER, isValidTime, type ReminderSchedule } from '../settings/reminder-schedule';
import type { ManagedPolicy } from '../settings/managed-policy';
import type { PulseDatabase } from './database';
import { guardWrite } from './write-error';

const PROFILE = 'profile';
const REMINDER = 'reminder';
const INSTALL_ID = 'installId';

function isProfile(value: unknown): value is Profile {
  const p = value as Partial<Profile> | null;
  return (
    !!p &&
    typeof p.authorityCode === 'string' &&
    typeof p.authorityName === 'string' &&
    isRole(p.role) &&
    typeof p.team === 'string'
  );
}

function isReminder(value: unknown): value is ReminderSchedule {
  const r = value as Partial<ReminderSchedule> | null;
  return (
    !!r &&
    typeof r.enabled === 'boolean' &&
    Number.isInteger(r.weekday) &&
    r.weekday! >= 0 &&
    r.weekday! <= 6 &&
    typeof r.time === 'string' &&
    isValidTime(r.time)
  );
}

/** The worker's profile, or undefined until it is set (or if what is stored is not a profile). */
export async function loadProfile(db: PulseDatabase): Promise<Profile | undefined> {
  const value = (await db.settings.get(PROFILE))?.value;
  return isProfile(value) ? value : undefined;
}

export async function saveProfile(db: PulseDatabase, profile: Profile): Promise<void> {
  await guardWrite(() => db.settings.put({ key: PROFILE, value: profile }), 'profile');
}

/** The worker's reminder; a new install (nothing saved) gets {@link DEFAULT_REMINDER}. */
export async function loadReminder(db: PulseDatabase): Promise<ReminderSchedule> {
  const value = (await db.settings.get(REMINDER))?.value;
  return isReminder(value) ? value : DEFAULT_REMINDER;
}

export async function saveReminder(db: PulseDatabase, schedule: ReminderSchedule): Promise<void> {
  await guardWrite(() => db.settings.put({ key: REMINDER, value: schedule }), 'reminder');
}

/** A random identifier for this install, made on first use. It links a worker's own responses. */
export async function loadInstallId(db: PulseDatabase): Promise<string> {
  return db.transaction('rw', db.settings, async () => {
    const value = (await db.settings.get(INSTALL_ID))?.value;
    if (typeof value === 'string') return value;
    const installId = crypto.randomUUID();
    await db.settings.put({ key: INSTALL_ID, value: installId });
    return installId;
  });
}

const MANAGED_POLICY = 'managedPolicy';

/**
 * The authority's policy as last read. Reading `chrome.storage.managed` can take seconds on first
 * use, so pages start from this copy and refresh it when the live policy arrives.
 */
export async function loadCachedPolicy(db: PulseDatabase): Promise<ManagedPolicy> {
  const value = (await db.settings.get(MANAGED_POLICY))?.value;
  return value && typeof value === 'object' ? (value as ManagedPolicy) : {};
}

export async function saveCachedPolicy(db: PulseDatabase, policy: ManagedPolicy): Promise<void> {
  await db.settings.put({ key: MANAGED_POLICY, value: policy });
}
