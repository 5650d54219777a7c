import { DEFAULT_REMINDER } from '../settings/reminder-schedule';
import type { PulseDatabase, StoredResponse } from './database';
import { recentLocalWeekKeys } from './local-week';
import { saveReminder } from './settings';
import { guardWrite } from './write-error';

/** All stored responses, oldest first, optionally for one instrument. */
export async function listResponses(db: PulseDatabase, instrumentId?: string): Promise<StoredResponse[]> {
  const collection = instrumentId ? db.responses.where('instrumentId').equals(instrumentId) : db.responses.toCollection();
  const responses = await collection.toArray();
  return responses.sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
}

export interface WeekSummary {
  /** A local ISO week, `YYYY-Www`. */
  week: string;
  response?: StoredResponse;
}

/** The last `weeks` local ISO weeks up to `now`, oldest first, each with its latest response (if any). */
export async function recentWeeks(db: PulseDatabase, instrumentId: string, now: Date, weeks = 8): Promise<WeekSummary[]> {
  const keys = recentLocalWeekKeys(now, weeks);
  const responses = await db.responses
    .where('[instrumentId+week]')
    .between([instrumentId, keys[0]], [instrumentId, keys[keys.length - 1]], true, true)
    .toArray();
  return keys.map((week) => ({
    week,
    response: responses
      .filter((r) => r.week === week)
      .sort((a, b) => a.submittedAt.localeCompare(b.submittedAt))
      .at(-1),
  }));
}

/** Everything this browser holds for Frontline Pulse, counted, for the "delete all" confirmation. */
export interface DataSummary {
  responses: number;
  /** Instrument ids with answers in progress. */
  drafts: string[];
  profile: boolean;
  /** The dashboard's pool (imported responses of other people) and the files they came from. */
  pooled: number;
  imports: number;
}

export async function summariseData(db: PulseDatabase): Promise<DataSummary> {
  return db.transaction('r', [db.responses, db.drafts, db.settings, db.pooled, db.imports], async () => ({
    responses: await db.responses.count(),
    drafts: (await db.drafts.toCollection().primaryKeys()) as string[],
    profile: (await db.settings.get('profile')) !== undefined,
    pooled: await db.pooled.count(),
    imports: await db.imports.count(),
  }));
}

/**
 * Deletes everything, in one transaction: responses, drafts, settings (profile, reminder, install
 * id, cached policy) and the dashboard's pool, its saved copies and imports. The reminder is then stored as off, so
 * that it stays off until the worker sets it again (the default for a new install is on).
 */
export function deleteAllData(db: PulseDatabase): Promise<void> {
  return guardWrite(
    () =>
      db.transaction('rw', [db.responses, db.drafts, db.settings, db.pooled, db.imports, db.poolSnapshots], async () => {
        await Promise.all([db.responses.clear(), db.drafts.clear(), db.settings.clear(), db.pooled.clear(), db.imports.clear(), db.poolSnapshots.clear()]);
        await saveReminder(db, { ...DEFAULT_REMINDER, enabled: false });
      }),
    'delete',
  );
}
