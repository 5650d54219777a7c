import { CompactPool } from '../../analysis/compact-pool';
import type { Instrument } from '../instruments/schema';
import type { PulseDatabase } from './database';
import { forEachPooledResponse } from './pool';
import { poolChangeMark, readPoolSnapshot, savePoolSnapshot } from './pool-snapshot';

/**
 * The pool of one questionnaire in memory: from its saved copy when the pool has not changed
 * since the copy was made, else from the pooled rows (one authority at a time), and then saved
 * for the next opening of the page. Resolves with the pool, whether it came from the copy, and
 * (when it did not) the saving of a new copy.
 *
 * @example
 * const { pool, fromCopy } = await loadPool(db, getBuiltinInstrument('pulse'));
 */
export async function loadPool(db: PulseDatabase, instrument: Instrument): Promise<{ pool: CompactPool; fromCopy: boolean; saving?: Promise<boolean> }> {
  const mark = await poolChangeMark(db);
  const saved = await readPoolSnapshot(db, instrument, mark);
  if (saved) {
    try {
      return { pool: CompactPool.fromData(instrument, saved), fromCopy: true };
    } catch {
      // A copy that does not fit is read again from the rows below, and replaced.
    }
  }
  const pool = new CompactPool(instrument);
  await forEachPooledResponse(db, instrument.id, (response) => pool.add(response));
  // Only a cache, saved while the page shows the pool: when it cannot be saved (a full disk), the
  // next opening reads the rows again.
  const saving = savePoolSnapshot(db, instrument, mark, pool.toData()).catch(() => false);
  return { pool, fromCopy: false, saving };
}
