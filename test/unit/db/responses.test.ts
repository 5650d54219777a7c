import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PulseDatabase } from '../../../lib/db/database';
import { loadDraft, saveDraft } from '../../../lib/db/drafts';
import { deleteAllData, listResponses, recentWeeks, summariseData } from '../../../lib/db/responses';
import { loadPool } from '../../../lib/db/load-pool';
import { loadInstallId, loadProfile, loadReminder, saveProfile, saveReminder } from '../../../lib/db/settings';
import { InvalidAnswersError, submitResponse, WrongRoleError } from '../../../lib/db/submit-response';
import { WriteError } from '../../../lib/db/write-error';
import { getBuiltinInstrument } from '../../../lib/instruments/builtin';
import type { Profile } from '../../../lib/instruments/response';

const pulse = getBuiltinInstrument('pulse');
const managers = getBuiltinInstrument('ofsted-2011-managers');
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

/** Makes every write to `table` fail as a full disk does. */
function fillStorage(table: Dexie.Table) {
  const fail = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  table.hook('creating', fail);
  table.hook('updating', fail);
  table.hook('deleting', fail);
}

describe('submitting a response', () => {
  it('saves the response with instrument id and version, profile, local week and a new install id, and removes the draft', async () => {
    await saveDraft(db, pulse, { answers: complete, sectionIndex: 0 });
    const { response, replaced } = await submitResponse(db, pulse, complete, profile, { now: new Date(2025, 1, 12, 9, 0) });
    const installId = await loadInstallId(db);
    expect(installId).toMatch(/^[0-9a-f-]{36}$/);
    expect(replaced).toBe(false);
    expect(await db.responses.get(response.responseId)).toEqual({
      responseId: response.responseId,
      instrumentId: 'pulse',
      instrumentVersion: '1.0.0',
      submittedAt: new Date(2025, 1, 12, 9, 0).toISOString(),
      week: '2025-W07',
      ...profile,
      answers: complete,
      installId,
    });
    expect(await db.drafts.count()).toBe(0);
    const second = await submitResponse(db, managers, {}, { ...profile, role: 'manager' });
    expect(second.response.installId).toBe(installId);
  });

  it('refuses incomplete answers, naming each question, and keeps the draft', async () => {
    await saveDraft(db, pulse, { answers: { week_overall: 4 }, sectionIndex: 0 });
    const failure = submitResponse(db, pulse, { week_overall: 4 }, profile);
    await expect(failure).rejects.toBeInstanceOf(InvalidAnswersError);
    const errors = await failure.then(() => [], (error: InvalidAnswersError) => error.errors);
    expect(errors.map((e) => e.itemId)).toEqual(['workload_manageable', 'direct_work_time', 'support_when_needed', 'emotional_support', 'decision_confidence']);
    expect(await db.responses.count()).toBe(0);
    expect((await loadDraft(db, pulse))?.answers).toEqual({ week_overall: 4 });
  });

  it("refuses a response recording a role the questionnaire is not for", async () => {
    await expect(submitResponse(db, managers, {}, profile)).rejects.toThrow(WrongRoleError);
    await expect(submitResponse(db, managers, {}, profile)).rejects.toThrow(
      '"Ofsted 2011 staff questionnaire: managers" is for social work managers, and your profile gives your role as "Social worker". Nothing was submitted.',
    );
    expect(await db.responses.count()).toBe(0);
  });

  it('keeps the draft and says what was not saved when the database is closed', async () => {
    await saveDraft(db, pulse, { answers: complete, sectionIndex: 0 });
    db.close();
    const failure = submitResponse(db, pulse, complete, profile);
    await expect(failure).rejects.toBeInstanceOf(WriteError);
    await expect(failure).rejects.toThrow(/^Your answers were not submitted, because the database is closed.*the draft saved before is unchanged/);
    await db.open();
    expect((await loadDraft(db, pulse))?.answers).toEqual(complete);
    expect(await db.responses.count()).toBe(0);
  });

  it('saves nothing, not even the install id, when storage is full on the first submission', async () => {
    await saveDraft(db, pulse, { answers: complete, sectionIndex: 0 });
    fillStorage(db.settings);
    await expect(submitResponse(db, pulse, complete, profile)).rejects.toThrow(/^Your answers were not submitted, because this browser's storage is full\./);
    expect(await db.settings.count()).toBe(0);
    expect(await db.responses.count()).toBe(0);
    expect((await loadDraft(db, pulse))?.answers).toEqual(complete);
  });

  it('keeps one pulse per local ISO week, whichever page submits it, and shows the last 8 weeks', async () => {
    const lastWeek = await submitResponse(db, pulse, { ...complete, week_overall: 1 }, profile, { now: new Date(2025, 1, 5, 10) });
    const first = await submitResponse(db, pulse, complete, profile, { now: new Date(2025, 1, 10, 0, 30) }); // Monday, just after midnight
    const again = await submitResponse(db, pulse, { ...complete, week_overall: 5 }, profile, { now: new Date(2025, 1, 16, 23, 30) }); // Sunday night
    expect(again).toMatchObject({ replaced: true, response: { responseId: first.response.responseId, week: '2025-W07' } });
    expect(await db.responses.count()).toBe(2);
    const weeks = await recentWeeks(db, 'pulse', new Date(2025, 1, 14, 12));
    expect(weeks.map((w) => w.week)).toEqual(['2024-W52', '2025-W01', '2025-W02', '2025-W03', '2025-W04', '2025-W05', '2025-W06', '2025-W07']);
    expect(weeks.map((w) => w.response?.answers.week_overall)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined, 1, 5]);
    expect((await listResponses(db)).map((r) => r.responseId)).toEqual([lastWeek.response.responseId, first.response.responseId]);
    // A questionnaire that is not once a week keeps every response.
    await submitResponse(db, managers, {}, { ...profile, role: 'manager' }, { now: new Date(2025, 1, 12) });
    await submitResponse(db, managers, {}, { ...profile, role: 'manager' }, { now: new Date(2025, 1, 13) });
    expect(await db.responses.where('instrumentId').equals('ofsted-2011-managers').count()).toBe(2);
  });
});

describe('deleting all data', () => {
  async function fill() {
    await saveProfile(db, profile);
    await saveReminder(db, { enabled: true, weekday: 1, time: '09:00' });
    await submitResponse(db, pulse, complete, profile);
    await saveDraft(db, managers, { answers: { sufficient_time: 4 }, sectionIndex: 1 });
    await db.pooled.add({ ...(await db.responses.toArray())[0]!, responseId: 'pooled-1', importIds: [1] });
    await db.imports.add({ fileName: 'team.csv', format: 'canonical CSV', importedAt: '2025-02-12T09:00:00Z', responses: 1, added: 1, instrumentIds: ['pulse'], droppedColumns: [] });
  }

  it('summarises what there is to delete', async () => {
    await fill();
    expect(await summariseData(db)).toEqual({ responses: 1, drafts: ['ofsted-2011-managers'], profile: true, pooled: 1, imports: 1 });
  });

  it("deletes responses, drafts, settings and the dashboard's pool, and leaves the reminder off", async () => {
    await fill();
    await (await loadPool(db, getBuiltinInstrument('pulse'))).saving;
    expect(await db.poolSnapshots.count()).toBe(1);
    await deleteAllData(db);
    expect([await db.responses.count(), await db.drafts.count(), await db.pooled.count(), await db.imports.count(), await db.poolSnapshots.count()]).toEqual([0, 0, 0, 0, 0]);
    expect(await loadProfile(db)).toBeUndefined();
    expect((await db.settings.toArray()).map((s) => s.key)).toEqual(['reminder']);
    expect((await loadReminder(db)).enabled).toBe(false);
  });

  it('deletes nothing, and says so, when the write fails', async () => {
    await fill();
    fillStorage(db.settings);
    await expect(deleteAllData(db)).rejects.toThrow(/^Nothing was deleted, because this browser's storage is full\. All your data is still in this browser\./);
    expect(await summariseData(db)).toEqual({ responses: 1, drafts: ['ofsted-2011-managers'], profile: true, pooled: 1, imports: 1 });
  });
});

describe('drafts', () => {
  it('restores what it can from a corrupt draft and reports the rest', async () => {
    await db.drafts.put({ instrumentId: 'pulse', instrumentVersion: '0.9.0', answers: { week_overall: 7, comment: 'ok' }, sectionIndex: 99, updatedAt: 'x' });
    expect(await loadDraft(db, pulse)).toEqual({ answers: { comment: 'ok' }, sectionIndex: 0, editingResponseId: undefined, dropped: ['week_overall'], unreadable: false });
    await db.drafts.put({ instrumentId: 'pulse', answers: null } as never);
    expect(await loadDraft(db, pulse)).toMatchObject({ answers: {}, dropped: [], unreadable: true });
    await db.drafts.delete('pulse');
    expect(await loadDraft(db, pulse)).toBeUndefined();
  });

  it('says that the latest change is only on the page when a draft cannot be saved', async () => {
    await saveDraft(db, pulse, { answers: { week_overall: 2 }, sectionIndex: 0 });
    fillStorage(db.drafts);
    await expect(saveDraft(db, pulse, { answers: { week_overall: 3 }, sectionIndex: 0 })).rejects.toThrow(
      /^Your latest changes are not saved yet, because this browser's storage is full\. They are still on this page, but they will be lost if you close it\./,
    );
    expect((await loadDraft(db, pulse))?.answers).toEqual({ week_overall: 2 });
  });
});
