import { z } from 'zod';
import { browser } from 'wxt/browser';
import type { ReminderSchedule } from './reminder-schedule';
import { isValidTime } from './reminder-schedule';

/**
 * Settings an authority pre-sets for all its staff through enterprise policy
 * (`chrome.storage.managed`; schema in `public/managed-schema.json`). Pre-set values are shown
 * locked on the options page.
 */
export interface ManagedPolicy {
  authorityCode?: string;
  authorityName?: string;
  reminder?: Partial<ReminderSchedule>;
}

const policySchema = z.object({
  authorityCode: z.string().min(1).optional(),
  authorityName: z.string().min(1).optional(),
  reminderEnabled: z.boolean().optional(),
  reminderWeekday: z.number().int().min(0).max(6).optional(),
  reminderTime: z.string().refine(isValidTime, 'must be HH:MM').optional(),
});

/** Turns raw managed storage into a policy; fields that do not match the schema are ignored. */
export function parseManagedPolicy(raw: unknown): ManagedPolicy {
  const input = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const valid: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(policySchema.shape)) {
    const result = field.safeParse(input[key]);
    if (result.success && result.data !== undefined) valid[key] = result.data;
  }
  const policy = valid as z.infer<typeof policySchema>;
  const reminder: Partial<ReminderSchedule> = {};
  if (policy.reminderEnabled !== undefined) reminder.enabled = policy.reminderEnabled;
  if (policy.reminderWeekday !== undefined) reminder.weekday = policy.reminderWeekday;
  if (policy.reminderTime !== undefined) reminder.time = policy.reminderTime;
  return {
    authorityCode: policy.authorityCode,
    authorityName: policy.authorityName,
    reminder: Object.keys(reminder).length > 0 ? reminder : undefined,
  };
}

/** Reads the policy; browsers without one (or without managed storage) give an empty policy. */
export async function readManagedPolicy(): Promise<ManagedPolicy> {
  try {
    return parseManagedPolicy(await browser.storage.managed.get());
  } catch {
    return {};
  }
}
