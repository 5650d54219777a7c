import { COMPACT_POOL_FORMAT, type CompactPoolData } from '../../analysis/compact-pool';
import type { Instrument } from '../instruments/schema';
import type { PulseDatabase } from './database';

/**
 * A saved copy of the dashboard's in-memory pool per questionnaire (`CompactPool`), so that
 * opening the dashboard reads one record instead of every pooled row (100,000 rows take many
 * seconds to read; the copy a fraction of that). Every import and removal writes a new change mark
 * in the same transaction ("delete all" removes the copies with the pool); a copy is read only when
 * it was made at the current mark, from the same version of the questionnaire, in the same layout.
 */

const CHANGE_KEY = 'poolChange';

/**
 * Marks the pool as changed, so that every copy made before is stale. Call it inside the
 * transaction that changes the pool (with `db.settings` in its scope).
 *
 * @example
 * await db.transaction('rw', db.pooled, db.imports, db.settings, async () => { …; await markPoolChanged(db); });
 */
export async function markPoolChanged(db: PulseDatabase): Promise<void> {
  await db.settings.put({ key: CHANGE_KEY, value: crypto.randomUUID() });
}

/**
 * The pool's change mark now ('' for a pool not changed since this mark was introduced).
 *
 * @example
 * const mark = await poolChangeMark(db); // read before reading the rows
 */
export async function poolChangeMark(db: PulseDatabase): Promise<string> {
  const row = await db.settings.get(CHANGE_KEY);
  return typeof row?.value === 'string' ? row.value : '';
}

/**
 * The saved copy of a questionnaire's pool, when it was made at `mark` from this version of the
 * questionnaire; undefined otherwise.
 *
 * @example
 * const data = await readPoolSnapshot(db, instrument, await poolChangeMark(db));
 */
export async function readPoolSnapshot(db: PulseDatabase, instrument: Instrument, mark: string): Promise<CompactPoolData | undefined> {
  const snapshot = await db.poolSnapshots.get(instrument.id);
  const current = snapshot && snapshot.change === mark && snapshot.instrumentVersion === instrument.version && snapshot.format === COMPACT_POOL_FORMAT;
  return current ? snapshot.pool : undefined;
}

/**
 * Saves a copy of a questionnaire's pool read from the rows at `mark`, unless the pool has changed
 * since (the copy would be stale) or is empty now: resolves whether it was saved. ("Delete all"
 * clears the mark with the rest of the settings and leaves the pool empty: a reading begun before
 * it saves nothing after it.)
 *
 * @example
 * const mark = await poolChangeMark(db);
 * … read the rows into pool …
 * await savePoolSnapshot(db, instrument, mark, pool.toData()) // true
 */
export function savePoolSnapshot(db: PulseDatabase, instrument: Instrument, mark: string, pool: CompactPoolData): Promise<boolean> {
  return db.transaction('rw', db.settings, db.pooled, db.poolSnapshots, async () => {
    if ((await poolChangeMark(db)) !== mark || (await db.pooled.count()) === 0) return false;
    await db.poolSnapshots.put({ instrumentId: instrument.id, instrumentVersion: instrument.version, format: COMPACT_POOL_FORMAT, change: mark, pool });
    return true;
  });
}
