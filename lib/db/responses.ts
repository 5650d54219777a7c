import { isoWeekKey, recentWeekKeys } from '../../analysis/periods';
import { validateAnswers, type Answers, type AnswerError } from '../instruments/answers';
import { allItems } from '../instruments/items';
import type { Profile } from '../instruments/response';
import type { Instrument } from '../instruments/schema';
import type { PulseDatabase, StoredResponse } from './database';
import { guardWrite } from './write-error';

export class InvalidAnswersError extends Error {
  constructor(readonly errors: AnswerError[]) {
    super(`There is a problem with ${errors.length} answer(s): ${errors.map((e) => e.message).join('; ')}`);
    this.name = 'InvalidAnswersError';
  }
}

export interface SubmitOptions {
  installId: string;
  now?: Date;
  /** Replace this earlier response (the worker changed this week's pulse) instead of adding one. */
  replaceResponseId?: string;
}

/**
 * Saves a completed response and removes its draft, in one transaction: if the write fails, the
 * draft is still there and a {@link WriteError} says why.
 */
export async function submitResponse(
  db: PulseDatabase,
  instrument: Instrument,
  answers: Answers,
  profile: Profile,
  options: SubmitOptions,
): Promise<StoredResponse> {
  const errors = validateAnswers(instrument, allItems(instrument), answers, profile.role);
  if (errors.length > 0) throw new InvalidAnswersError(errors);
  const now = options.now ?? new Date();
  const response: StoredResponse = {
    responseId: options.replaceResponseId ?? crypto.randomUUID(),
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    submittedAt: now.toISOString(),
    week: isoWeekKey(now),
    authorityCode: profile.authorityCode,
    authorityName: profile.authorityName,
    role: profile.role,
    team: profile.team,
    answers,
    installId: options.installId,
  };
  await guardWrite(() =>
    db.transaction('rw', db.responses, db.drafts, async () => {
      await db.responses.put(response);
      await db.drafts.delete(instrument.id);
    }),
  );
  return response;
}

/** All stored responses, oldest first, optionally for one instrument. */
export async function listResponses(db: PulseDatabase, instrumentId?: string): Promise<StoredResponse[]> {
  const collection = instrumentId ? db.responses.where('instrumentId').equals(instrumentId) : db.responses.toCollection();
  const responses = await collection.toArray();
  return responses.sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
}

export interface WeekSummary {
  week: string;
  response?: StoredResponse;
}

/** The last `weeks` ISO weeks up to `now`, oldest first, each with its latest response (if any). */
export async function recentWeeks(db: PulseDatabase, instrumentId: string, now: Date, weeks = 8): Promise<WeekSummary[]> {
  const keys = recentWeekKeys(now, weeks);
  const responses = await db.responses
    .where('[instrumentId+week]')
    .between([instrumentId, keys[0]], [instrumentId, keys[keys.length - 1]], true, true)
    .toArray();
  return keys.map((week) => ({
    week,
    response: responses
      .filter((r) => r.week === week)
      .sort((a, b) => a.submittedAt.localeCompare(b.submittedAt))
      .at(-1),
  }));
}

/** Deletes every response, draft and setting (profile, reminder, install id). */
export function deleteAllData(db: PulseDatabase): Promise<void> {
  return guardWrite(() =>
    db.transaction('rw', db.responses, db.drafts, db.settings, async () => {
      await Promise.all([db.responses.clear(), db.drafts.clear(), db.settings.clear()]);
    }),
  );
}
