// The worker's week is their local ISO week: run in a zone whose summer time is ahead of UTC.
process.env.TZ = 'Europe/London';

import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { isoWeekKey } from '../../../analysis/periods';
import { PulseDatabase } from '../../../lib/db/database';
import { localWeekKey, recentLocalWeekKeys } from '../../../lib/db/local-week';
import { recentWeeks } from '../../../lib/db/responses';
import { submitResponse } from '../../../lib/db/submit-response';
import { getBuiltinInstrument } from '../../../lib/instruments/builtin';

// ISO weeks from Python's date.isocalendar(): 2025-06-09 (a Monday) is (2025, 24, 1); 2025-06-08 is (2025, 23, 7).
const mondayJustAfterMidnight = new Date(2025, 5, 9, 0, 30); // 23:30 on Sunday 8 June in UTC

describe("the worker's local ISO week", () => {
  it('is the week of the local calendar date, not of the UTC one', () => {
    expect(mondayJustAfterMidnight.toISOString()).toBe('2025-06-08T23:30:00.000Z');
    expect(isoWeekKey(mondayJustAfterMidnight)).toBe('2025-W23');
    expect(localWeekKey(mondayJustAfterMidnight)).toBe('2025-W24');
    expect(localWeekKey(new Date(2025, 5, 8, 23, 59))).toBe('2025-W23');
  });

  it('counts recent weeks back in local calendar weeks, across a year end', () => {
    // 2024-12-29 is (2024, 52, 7); 2024-12-30 is (2025, 1, 1).
    expect(recentLocalWeekKeys(new Date(2025, 0, 6, 0, 10), 3)).toEqual(['2024-W52', '2025-W01', '2025-W02']);
  });

  it("files a pulse submitted on Monday just after midnight under that Monday's week", async () => {
    const db = new PulseDatabase(`local-week-${Math.random()}`);
    const pulse = getBuiltinInstrument('pulse');
    const answers = { week_overall: 3, workload_manageable: 3, direct_work_time: 3, support_when_needed: 3, emotional_support: 3, decision_confidence: 3 };
    const profile = { authorityCode: 'X', authorityName: 'Y', role: 'social_worker' as const, team: '' };
    const { response } = await submitResponse(db, pulse, answers, profile, { now: mondayJustAfterMidnight });
    expect(response.week).toBe('2025-W24');
    const weeks = await recentWeeks(db, 'pulse', new Date(2025, 5, 12), 2);
    expect(weeks.map((w) => [w.week, w.response?.responseId])).toEqual([
      ['2025-W23', undefined],
      ['2025-W24', response.responseId],
    ]);
    db.close();
    await Dexie.delete(db.name);
  });
});
