import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CompactPool } from '../../../analysis/compact-pool';
import { generateDemoResponses } from '../../../analysis/demo';
import { percentageTable } from '../../../analysis/percentage-table';
import { countPool } from '../../../analysis/pool-counts';
import { PulseDatabase } from '../../../lib/db/database';
import { loadPool } from '../../../lib/db/load-pool';
import { addToPool, removeImport } from '../../../lib/db/pool';
import { poolChangeMark, readPoolSnapshot, savePoolSnapshot } from '../../../lib/db/pool-snapshot';
import { deleteAllData } from '../../../lib/db/responses';
import { getBuiltinInstrument } from '../../../lib/instruments/builtin';

const pulse = getBuiltinInstrument('pulse');
const [first, second] = [0, 1].map((k) => [...generateDemoResponses(pulse, { seed: 20 + k, responses: 120, authorities: 3, weeks: 4, managerShare: 0.2 })]);
const file = (name: string, responses = first!) => ({ fileName: name, format: 'canonical CSV', responses });

/** The pool built straight from responses, as an independent reference. */
function direct(responses: typeof first): CompactPool {
  const pool = new CompactPool(pulse);
  responses!.forEach((r) => pool.add(r));
  return pool;
}

let db: PulseDatabase;
beforeEach(async () => {
  db = new PulseDatabase(`snapshot-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe("the dashboard pool's saved copy", () => {
  it('is made on the first reading and read on the next, holding the same pool', async () => {
    await addToPool(db, file('a.csv'));
    const read = await loadPool(db, pulse);
    expect(read.fromCopy).toBe(false);
    expect(await read.saving).toBe(true);
    const again = await loadPool(db, pulse);
    expect(again.fromCopy).toBe(true);
    expect(again.pool.toData()).toEqual(read.pool.toData());
    // (Rows come back from the database by authority: compare what they count to.)
    const filters = { from: '', to: '', interval: 'week', trendItemId: 'workload_manageable' } as const;
    expect(percentageTable(countPool(again.pool, filters).all)).toEqual(percentageTable(countPool(direct(first), filters).all));
  });

  it('is stale after an import, a removed import, and deleting everything', async () => {
    const imported = await addToPool(db, file('a.csv'));
    await (await loadPool(db, pulse)).saving;

    await addToPool(db, file('b.csv', second));
    const afterImport = await loadPool(db, pulse);
    expect(afterImport.fromCopy).toBe(false);
    expect(afterImport.pool.size).toBe(240);
    await afterImport.saving;

    await removeImport(db, imported.record!.id!);
    const afterRemoval = await loadPool(db, pulse);
    expect(afterRemoval.fromCopy).toBe(false);
    expect(afterRemoval.pool.size).toBe(120);
    await afterRemoval.saving;
    expect(await db.poolSnapshots.count()).toBe(1);

    await deleteAllData(db);
    expect(await db.poolSnapshots.count()).toBe(0);
    const afterDelete = await loadPool(db, pulse);
    expect(afterDelete).toMatchObject({ fromCopy: false });
    expect(afterDelete.pool.size).toBe(0);
  });

  it('is not saved when the pool changed while its rows were read', async () => {
    await addToPool(db, file('a.csv'));
    const mark = await poolChangeMark(db);
    const data = direct(first).toData();
    await addToPool(db, file('b.csv', second));
    expect(await savePoolSnapshot(db, pulse, mark, data)).toBe(false);
    expect(await db.poolSnapshots.count()).toBe(0);

    // …nor when everything was deleted meanwhile (the reading began before any mark was written).
    await deleteAllData(db);
    expect(await savePoolSnapshot(db, pulse, '', data)).toBe(false);
  });

  it('is not read for another version of the questionnaire', async () => {
    await addToPool(db, file('a.csv'));
    await (await loadPool(db, pulse)).saving;
    const mark = await poolChangeMark(db);
    expect(await readPoolSnapshot(db, pulse, mark)).toBeDefined();
    expect(await readPoolSnapshot(db, { ...pulse, version: '9.0.0' }, mark)).toBeUndefined();
  });
});
