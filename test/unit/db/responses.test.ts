import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PulseDatabase } from '../../../lib/db/database';
import { loadDraft, saveDraft } from '../../../lib/db/drafts';
import { deleteAllData, InvalidAnswersError, listResponses, recentWeeks, submitResponse } from '../../../lib/db/responses';
import { loadInstallId, loadProfile, saveProfile } from '../../../lib/db/settings';
import { WriteError } from '../../../lib/db/write-error';
import { getBuiltinInstrument } from '../../../lib/instruments/builtin';
import type { Profile } from '../../../lib/instruments/response';

const pulse = getBuiltinInstrument('pulse');
const profile: Profile = { authorityCode: 'E10000001', authorityName: 'Northshire', role: 'social_worker', team: '' };
const complete = { week_overall: 4, workload_manageable: 2, direct_work_time: 1, support_when_needed: 5, emotional_support: 3, decision_confidence: 4 };
let db: PulseDatabase;

beforeEach(async () => {
  db = new PulseDatabase(`responses-test-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('responses', () => {
  it('saves a response with instrument id and version, profile and install id, and removes the draft', async () => {
    await saveDraft(db, pulse, { answers: complete, sectionIndex: 0 });
    const installId = await loadInstallId(db);
    const saved = await submitResponse(db, pulse, complete, profile, { installId, now: new Date('2025-02-12T09:00:00Z') });
    expect(await db.responses.get(saved.responseId)).toEqual({
      responseId: saved.responseId,
      instrumentId: 'pulse',
      instrumentVersion: '1.0.0',
      submittedAt: '2025-02-12T09:00:00.000Z',
      week: '2025-W07',
      ...profile,
      answers: complete,
      installId,
    });
    expect(await db.drafts.count()).toBe(0);
    expect(await loadInstallId(db)).toBe(installId);
  });

  it('refuses incomplete answers and keeps the draft', async () => {
    await saveDraft(db, pulse, { answers: { week_overall: 4 }, sectionIndex: 0 });
    await expect(submitResponse(db, pulse, { week_overall: 4 }, profile, { installId: 'i' })).rejects.toBeInstanceOf(InvalidAnswersError);
    expect(await db.responses.count()).toBe(0);
    expect((await loadDraft(db, pulse))?.answers).toEqual({ week_overall: 4 });
  });

  it('keeps the draft and explains when the write fails because the database is closed', async () => {
    await saveDraft(db, pulse, { answers: complete, sectionIndex: 0 });
    db.close();
    const failure = submitResponse(db, pulse, complete, profile, { installId: 'i' });
    await expect(failure).rejects.toBeInstanceOf(WriteError);
    await expect(failure).rejects.toThrow(/database is closed.*Your draft is kept/);
    await db.open();
    expect((await loadDraft(db, pulse))?.answers).toEqual(complete);
    expect(await db.responses.count()).toBe(0);
  });

  it('keeps the draft and explains when storage is full', async () => {
    await saveDraft(db, pulse, { answers: complete, sectionIndex: 0 });
    db.responses.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(submitResponse(db, pulse, complete, profile, { installId: 'i' })).rejects.toThrow(/storage is full.*Your draft is kept/);
    expect((await loadDraft(db, pulse))?.answers).toEqual(complete);
  });

  it('restores what it can from a corrupt draft and reports the rest', async () => {
    await db.drafts.put({ instrumentId: 'pulse', instrumentVersion: '0.9.0', answers: { week_overall: 7, comment: 'ok' }, sectionIndex: 99, updatedAt: 'x' });
    expect(await loadDraft(db, pulse)).toEqual({ answers: { comment: 'ok' }, sectionIndex: 0, editingResponseId: undefined, dropped: ['week_overall'] });
    await db.drafts.put({ instrumentId: 'pulse', answers: null } as never);
    expect((await loadDraft(db, pulse))?.dropped).toEqual(['(all answers: not a set of answers)']);
    await db.drafts.delete('pulse');
    expect(await loadDraft(db, pulse)).toBeUndefined();
  });

  it("replaces this week's pulse when the worker changes it, and shows the last 8 weeks", async () => {
    const weekAgo = await submitResponse(db, pulse, { ...complete, week_overall: 1 }, profile, { installId: 'i', now: new Date('2025-02-05T10:00:00Z') });
    const first = await submitResponse(db, pulse, complete, profile, { installId: 'i', now: new Date('2025-02-12T10:00:00Z') });
    await submitResponse(db, pulse, { ...complete, week_overall: 5 }, profile, {
      installId: 'i',
      now: new Date('2025-02-13T10:00:00Z'),
      replaceResponseId: first.responseId,
    });
    expect(await db.responses.count()).toBe(2);
    const weeks = await recentWeeks(db, 'pulse', new Date('2025-02-14T12:00:00Z'));
    expect(weeks.map((w) => w.week)).toEqual(['2024-W52', '2025-W01', '2025-W02', '2025-W03', '2025-W04', '2025-W05', '2025-W06', '2025-W07']);
    expect(weeks.map((w) => w.response?.answers.week_overall)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined, 1, 5]);
    expect((await listResponses(db)).map((r) => r.responseId)).toEqual([weekAgo.responseId, first.responseId]);
  });

  it('deletes every response, draft and setting', async () => {
    await saveProfile(db, profile);
    await submitResponse(db, pulse, complete, profile, { installId: await loadInstallId(db) });
    await saveDraft(db, pulse, { answers: { week_overall: 1 }, sectionIndex: 0 });
    await deleteAllData(db);
    expect([await db.responses.count(), await db.drafts.count(), await db.settings.count()]).toEqual([0, 0, 0]);
    expect(await loadProfile(db)).toBeUndefined();
  });
});
