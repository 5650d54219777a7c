import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { PulseDatabase } from '../../../lib/db/database';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../../lib/db/schema-versions';

const NAME = 'upgrade-test';

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

describe('database schema upgrade', () => {
  it('upgrades a version 1 database holding data, losing nothing and adding the week', async () => {
    const old = new Dexie(NAME);
    old.version(1).stores(SCHEMA_VERSIONS[1]);
    await old.table('responses').bulkAdd([
      v1Response('a', '2025-02-12T09:00:00.000Z'),
      v1Response('b', '2021-01-03T23:30:00.000Z'),
    ]);
    await old.table('drafts').put({ instrumentId: 'pulse', instrumentVersion: '1.0.0', answers: { week_overall: 2 }, sectionIndex: 0, updatedAt: 'x' });
    await old.table('settings').put({ key: 'installId', value: 'install-1' });
    const before = await old.table('responses').toArray();
    old.close();

    const db = new PulseDatabase(NAME);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    const after = await db.responses.orderBy('responseId').toArray();
    expect(after.map(({ week: _week, ...rest }) => rest)).toEqual(before);
    // 2025-02-12 is a Wednesday in ISO week 7; 2021-01-03 is a Sunday that belongs to 2020-W53.
    expect(after.map((r) => r.week)).toEqual(['2025-W07', '2020-W53']);
    expect(await db.drafts.get('pulse')).toMatchObject({ answers: { week_overall: 2 } });
    expect(await db.settings.get('installId')).toEqual({ key: 'installId', value: 'install-1' });
    expect(await db.responses.where('[instrumentId+week]').equals(['pulse', '2025-W07']).count()).toBe(1);
    db.close();
  });

  it('upgrades a version 2 database to the pool tables, keeping responses, drafts and settings', async () => {
    const old = new Dexie(NAME);
    old.version(2).stores(SCHEMA_VERSIONS[2]);
    await old.table('responses').add({ ...v1Response('c', '2025-02-12T09:00:00.000Z'), week: '2025-W07' });
    await old.table('settings').put({ key: 'profile', value: { authorityCode: 'NSH' } });
    const before = { responses: await old.table('responses').toArray(), settings: await old.table('settings').toArray() };
    old.close();

    const db = new PulseDatabase(NAME);
    expect({ responses: await db.responses.toArray(), settings: await db.settings.toArray() }).toEqual(before);
    expect(await db.pooled.count()).toBe(0);
    expect(await db.imports.count()).toBe(0);
    db.close();
  });
});
