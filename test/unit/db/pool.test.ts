import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PulseDatabase } from '../../../lib/db/database';
import { addToPool, listImports, pooledResponses, removeImport } from '../../../lib/db/pool';
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

function response(id: string, authorityCode = 'NSH', instrumentId = 'pulse'): SurveyResponse {
  return {
    responseId: id,
    instrumentId,
    instrumentVersion: '1.0.0',
    submittedAt: '2025-02-12T09:00:00.000Z',
    authorityCode,
    authorityName: authorityCode === 'NSH' ? 'Northshire' : 'Westvale',
    role: 'social_worker',
    team: '',
    answers: { week_overall: 3 },
  };
}

describe('the pool', () => {
  it('stores a file whole and records it; the same file again adds nothing', async () => {
    const file = { fileName: 'team-a.csv', format: 'canonical CSV', responses: [response('a'), response('b', 'WSV')] };
    const first = await addToPool(db, file, new Date('2025-03-01T10:00:00Z'));
    expect(first).toMatchObject({ fileName: 'team-a.csv', responses: 2, added: 2, instrumentIds: ['pulse'] });
    const second = await addToPool(db, file, new Date('2025-03-02T10:00:00Z'));
    expect(second).toMatchObject({ responses: 2, added: 0 });
    expect(await db.pooled.count()).toBe(2);
    expect((await listImports(db)).map((i) => i.importedAt)).toEqual(['2025-03-02T10:00:00.000Z', '2025-03-01T10:00:00.000Z']);
    expect((await pooledResponses(db, 'pulse', 'WSV').toArray()).map((r) => r.responseId)).toEqual(['b']);
    expect(await pooledResponses(db, 'pulse').count()).toBe(2);
    expect(await pooledResponses(db, 'ofsted-2011-managers').count()).toBe(0);
  });

  it('removes an import with the responses only it brought', async () => {
    const a = await addToPool(db, { fileName: 'a.csv', format: 'canonical CSV', responses: [response('1'), response('2')] });
    const b = await addToPool(db, { fileName: 'b.csv', format: 'canonical CSV', responses: [response('2'), response('3')] });
    await removeImport(db, a.id!);
    expect((await db.pooled.toArray()).map((r) => [r.responseId, r.importIds])).toEqual([
      ['2', [b.id]],
      ['3', [b.id]],
    ]);
    await removeImport(db, b.id!);
    expect(await db.pooled.count()).toBe(0);
    expect(await db.imports.count()).toBe(0);
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
