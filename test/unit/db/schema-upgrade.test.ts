// Weeks are the worker's local ISO weeks: run in a zone whose summer time is ahead of UTC.
process.env.TZ = 'Europe/London';

import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { PulseDatabase } from '../../../lib/db/database';
import { CURRENT_SCHEMA_VERSION } from '../../../lib/db/schema-versions';

const NAME = 'upgrade-test';

/**
 * The schemas as released, frozen here so that the test does not build the "previous" database
 * from the very list it is testing.
 */
const RELEASED = {
  1: { responses: 'responseId, instrumentId, submittedAt', drafts: 'instrumentId', settings: 'key' },
  2: { responses: 'responseId, instrumentId, submittedAt, [instrumentId+week]', drafts: 'instrumentId', settings: 'key' },
  3: {
    responses: 'responseId, instrumentId, submittedAt, [instrumentId+week]',
    drafts: 'instrumentId',
    settings: 'key',
    pooled: 'responseId, *importIds, [instrumentId+authorityCode]',
    imports: '++id, importedAt',
  },
  4: {
    responses: 'responseId, instrumentId, submittedAt, [instrumentId+week]',
    drafts: 'instrumentId',
    settings: 'key',
    pooled: 'responseId, *importIds, [instrumentId+authorityCode]',
    imports: '++id, importedAt',
  },
};

afterEach(async () => {
  await Dexie.delete(NAME);
});

const v1Response = (id: string, submittedAt: string) => ({
  responseId: id,
  instrumentId: 'pulse',
  instrumentVersion: '1.0.0',
  submittedAt,
  authorityCode: 'E10000001',
  authorityName: 'Northshire',
  role: 'social_worker',
  team: 'Assessment 2',
  answers: { week_overall: 4, workload_manageable: 2 },
  installId: 'install-1',
});

/** Opens a database at an old released version, fills it, and returns what it holds. */
async function released(version: 1 | 2 | 3 | 4, fill: (db: Dexie) => Promise<unknown>): Promise<Record<string, Record<string, unknown>[]>> {
  const old = new Dexie(NAME);
  old.version(version).stores(RELEASED[version]);
  await fill(old);
  const before: Record<string, Record<string, unknown>[]> = {};
  for (const table of old.tables) before[table.name] = await table.toArray();
  old.close();
  return before;
}

// ISO weeks from Python's date.isocalendar(): 2025-02-12 is (2025, 7, 3); 2021-01-03 is (2020, 53, 7);
// 2025-06-09, a Monday, is (2025, 24, 1). 2025-06-08T23:30Z is 00:30 on that Monday in London.
describe('database schema upgrade', () => {
  it('upgrades a version 1 database holding data, losing nothing and adding the local week', async () => {
    const before = await released(1, async (old) => {
      await old.table('responses').bulkAdd([
        v1Response('a', '2025-02-12T09:00:00.000Z'),
        v1Response('b', '2021-01-03T23:30:00.000Z'),
        v1Response('c', '2025-06-08T23:30:00.000Z'),
      ]);
      await old.table('drafts').put({ instrumentId: 'pulse', instrumentVersion: '1.0.0', answers: { week_overall: 2 }, sectionIndex: 0, updatedAt: 'x' });
      await old.table('settings').put({ key: 'installId', value: 'install-1' });
    });

    const db = new PulseDatabase(NAME);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    const after = await db.responses.orderBy('responseId').toArray();
    expect(after.map(({ week: _week, ...rest }) => rest)).toEqual(before.responses);
    expect(after.map((r) => r.week)).toEqual(['2025-W07', '2020-W53', '2025-W24']);
    expect(await db.drafts.toArray()).toEqual(before.drafts);
    expect(await db.settings.toArray()).toEqual(before.settings);
    expect(await db.responses.where('[instrumentId+week]').equals(['pulse', '2025-W07']).count()).toBe(1);
    db.close();
  });

  it('upgrades a version 2 database, recomputing the weeks it stored in UTC as local weeks', async () => {
    const before = await released(2, async (old) => {
      await old.table('responses').bulkAdd([
        { ...v1Response('c', '2025-06-08T23:30:00.000Z'), week: '2025-W23' },
        { ...v1Response('d', '2025-02-12T09:00:00.000Z'), week: '2025-W07' },
      ]);
      await old.table('settings').put({ key: 'profile', value: { authorityCode: 'NSH' } });
    });

    const db = new PulseDatabase(NAME);
    const after = await db.responses.orderBy('responseId').toArray();
    expect(after.map(({ week: _week, ...rest }) => rest)).toEqual(before.responses!.map(({ week: _week, ...rest }) => rest));
    expect(after.map((r) => r.week)).toEqual(['2025-W24', '2025-W07']);
    expect(await db.settings.toArray()).toEqual(before.settings);
    expect(await db.pooled.count()).toBe(0);
    expect(await db.imports.count()).toBe(0);
    db.close();
  });

  it("upgrades a version 3 database keeping the dashboard's pool and imports", async () => {
    const before = await released(3, async (old) => {
      await old.table('responses').add({ ...v1Response('e', '2025-02-12T09:00:00.000Z'), week: '2025-W07' });
      await old.table('pooled').add({ ...v1Response('p', '2025-02-12T09:00:00.000Z'), importIds: [1] });
      await old.table('imports').add({ fileName: 'team.csv', format: 'canonical CSV', importedAt: '2025-02-13T10:00:00.000Z', responses: 1, added: 1, instrumentIds: ['pulse'], droppedColumns: [] });
    });

    const db = new PulseDatabase(NAME);
    expect(await db.responses.toArray()).toEqual(before.responses);
    expect(await db.pooled.toArray()).toEqual(before.pooled);
    expect(await db.imports.toArray()).toEqual(before.imports);
    expect(await db.pooled.where('importIds').equals(1).count()).toBe(1);
    db.close();
  });

  it('upgrades a version 4 database keeping everything, with no saved copy of the pool yet', async () => {
    const before = await released(4, async (old) => {
      await old.table('responses').add({ ...v1Response('f', '2025-06-08T23:30:00.000Z'), week: '2025-W24' });
      await old.table('drafts').put({ instrumentId: 'pulse', instrumentVersion: '1.0.0', answers: { week_overall: 2 }, sectionIndex: 0, updatedAt: 'x' });
      await old.table('settings').put({ key: 'installId', value: 'install-1' });
      await old.table('pooled').add({ ...v1Response('q', '2025-02-12T09:00:00.000Z'), importIds: [1] });
      await old.table('imports').add({ fileName: 'team.csv', format: 'canonical CSV', importedAt: '2025-02-13T10:00:00.000Z', responses: 1, added: 1, updated: 0, instrumentIds: ['pulse'], droppedColumns: [] });
    });

    const db = new PulseDatabase(NAME);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    for (const table of ['responses', 'drafts', 'settings', 'pooled', 'imports']) expect(await db.table(table).toArray()).toEqual(before[table]);
    expect(await db.poolSnapshots.count()).toBe(0);
    db.close();
  });
});
