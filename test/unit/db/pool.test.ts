import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PulseDatabase } from '../../../lib/db/database';
import { addToPool, EmptyImportError, forEachPooledResponse, listImports, removeImport } from '../../../lib/db/pool';
import type { SurveyResponse } from '../../../lib/instruments/response';

let db: PulseDatabase;
beforeEach(async () => {
  db = new PulseDatabase(`pool-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

function response(id: string, authorityCode = 'NSH', instrumentId = 'pulse', submittedAt = '2025-02-12T09:00:00.000Z', weekOverall = 3): SurveyResponse {
  return {
    responseId: id,
    instrumentId,
    instrumentVersion: '1.0.0',
    submittedAt,
    authorityCode,
    authorityName: authorityCode === 'NSH' ? 'Northshire' : 'Westvale',
    role: 'social_worker',
    team: '',
    answers: { week_overall: weekOverall },
  };
}

const pooledIds = async (instrumentId: string) => {
  const ids: string[] = [];
  await forEachPooledResponse(db, instrumentId, (r) => ids.push(r.responseId));
  return ids.sort();
};

describe('the pool', () => {
  it('stores a file whole and records it', async () => {
    const file = { fileName: 'team-a.csv', format: 'canonical CSV', responses: [response('a'), response('b', 'WSV')] };
    const first = await addToPool(db, file, new Date('2025-03-01T10:00:00Z'));
    expect(first).toMatchObject({ added: 2, updated: 0, unchanged: 0, record: { fileName: 'team-a.csv', responses: 2, added: 2, updated: 0, instrumentIds: ['pulse'] } });
    expect(await pooledIds('pulse')).toEqual(['a', 'b']);
    expect(await pooledIds('ofsted-2011-managers')).toEqual([]);
  });

  it('changes nothing when the same file is imported again, and names the earlier import', async () => {
    const file = { fileName: 'team-a.csv', format: 'canonical CSV', responses: [response('a'), response('b', 'WSV')] };
    const first = await addToPool(db, file, new Date('2025-03-01T10:00:00Z'));
    const [imports, pooled] = [await db.imports.toArray(), await db.pooled.toArray()];
    const again = await addToPool(db, file, new Date('2025-03-02T10:00:00Z'));
    expect(again).toEqual({ added: 0, updated: 0, unchanged: 2, earlier: first.record });
    expect(await db.imports.toArray()).toEqual(imports);
    expect(await db.pooled.toArray()).toEqual(pooled);
  });

  it('replaces a response by a later version of it, and keeps it against an earlier one', async () => {
    await addToPool(db, { fileName: 'monday.csv', format: 'canonical CSV', responses: [response('a', 'NSH', 'pulse', '2025-02-10T09:00:00.000Z', 2), response('b')] });
    const edited = await addToPool(db, {
      fileName: 'friday.csv',
      format: 'canonical CSV',
      responses: [response('a', 'NSH', 'pulse', '2025-02-14T16:00:00.000Z', 4), response('b')],
    });
    expect(edited).toMatchObject({ added: 0, updated: 1, unchanged: 1, record: { updated: 1 } });
    expect((await db.pooled.get('a'))).toMatchObject({ submittedAt: '2025-02-14T16:00:00.000Z', answers: { week_overall: 4 } });
    // The Monday file again: its version of "a" is earlier, so nothing changes.
    const stale = await addToPool(db, { fileName: 'monday.csv', format: 'canonical CSV', responses: [response('a', 'NSH', 'pulse', '2025-02-10T09:00:00.000Z', 2)] });
    expect(stale).toMatchObject({ added: 0, updated: 0, unchanged: 1, earlier: { fileName: 'friday.csv' } });
    expect((await db.pooled.get('a'))!.answers).toEqual({ week_overall: 4 });
  });

  it('refuses a file with no responses, recording nothing', async () => {
    await expect(addToPool(db, { fileName: 'empty.csv', format: 'canonical CSV', responses: [] })).rejects.toBeInstanceOf(EmptyImportError);
    await expect(addToPool(db, { fileName: 'empty.csv', format: 'canonical CSV', responses: [] })).rejects.toThrow('empty.csv: no responses in this file');
    expect(await db.imports.count()).toBe(0);
  });

  it('lists imports newest first', async () => {
    await addToPool(db, { fileName: 'a.csv', format: 'canonical CSV', responses: [response('1')] }, new Date('2025-03-01T10:00:00Z'));
    await addToPool(db, { fileName: 'b.csv', format: 'canonical CSV', responses: [response('2')] }, new Date('2025-03-02T10:00:00Z'));
    expect((await listImports(db)).map((i) => i.fileName)).toEqual(['b.csv', 'a.csv']);
  });

  it('removes an import with the responses only it brought', async () => {
    const a = await addToPool(db, { fileName: 'a.csv', format: 'canonical CSV', responses: [response('1'), response('2')] });
    const b = await addToPool(db, { fileName: 'b.csv', format: 'canonical CSV', responses: [response('2'), response('3')] });
    await removeImport(db, a.record!.id!);
    expect((await db.pooled.toArray()).map((r) => [r.responseId, r.importIds])).toEqual([
      ['2', [b.record!.id]],
      ['3', [b.record!.id]],
    ]);
    await removeImport(db, b.record!.id!);
    expect(await db.pooled.count()).toBe(0);
    expect(await db.imports.count()).toBe(0);
  });

  it('reads the pool of one questionnaire one authority at a time', async () => {
    await addToPool(db, { fileName: 'a.csv', format: 'canonical CSV', responses: [response('1'), response('2', 'WSV'), response('3', 'NSH', 'ofsted-2011-managers')] });
    const authorities: string[] = [];
    const count = await forEachPooledResponse(db, 'pulse', (r) => authorities.push(r.authorityCode));
    expect(count).toBe(2);
    expect(authorities).toEqual(['NSH', 'WSV']);
  });

  it('adds nothing at all when a write fails half way', async () => {
    await addToPool(db, { fileName: 'a.csv', format: 'canonical CSV', responses: [response('1')] });
    let calls = 0;
    db.pooled.hook('creating', () => {
      calls += 1;
      if (calls === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(addToPool(db, { fileName: 'big.csv', format: 'canonical CSV', responses: [response('x'), response('y'), response('z')] })).rejects.toThrow(/storage is full/);
    expect((await db.pooled.toArray()).map((r) => r.responseId)).toEqual(['1']);
    expect((await db.imports.toArray()).map((i) => i.fileName)).toEqual(['a.csv']);
  });
});
