import { validateAnswers, type AnswerError, type Answers } from '../instruments/answers';
import { allItems } from '../instruments/items';
import type { Profile } from '../instruments/response';
import { ROLE_LABELS } from '../instruments/roles';
import type { Instrument } from '../instruments/schema';
import type { PulseDatabase, StoredResponse } from './database';
import { localWeekKey } from './local-week';
import { requestPersistentStorage } from './persistent-storage';
import { loadInstallId } from './settings';
import { guardWrite } from './write-error';

/** The answers are incomplete or invalid; `errors` names each question. Nothing was saved. */
export class InvalidAnswersError extends Error {
  constructor(readonly errors: AnswerError[]) {
    super(`There is a problem with ${errors.length} answer(s): ${errors.map((e) => e.message).join('; ')}`);
    this.name = 'InvalidAnswersError';
  }
}

/** The questionnaire is for another role than the worker's. Nothing was saved. */
export class WrongRoleError extends Error {
  constructor(instrument: Instrument, role: Profile['role']) {
    super(`"${instrument.title}" is for ${instrument.groupLabel}, and your profile gives your role as "${ROLE_LABELS[role]}". Nothing was submitted.`);
    this.name = 'WrongRoleError';
  }
}

export interface Submitted {
  response: StoredResponse;
  /** True when this replaced an earlier response of the same week (a once-a-week instrument). */
  replaced: boolean;
  /** Whether the browser keeps this extension's storage under storage pressure (asked after saving). */
  persistent: boolean;
}

/**
 * Submits a worker's answers: checks them once, then in one transaction makes the install id (on
 * first use), saves the response and removes the draft; then asks for persistent storage. If any
 * write fails nothing is saved, the draft is still there, and a {@link WriteError} says so.
 *
 * A once-a-week instrument (the pulse) keeps one response per local ISO week, whichever page it
 * comes from: a second response that week replaces the first (it keeps its response id).
 */
export async function submitResponse(
  db: PulseDatabase,
  instrument: Instrument,
  answers: Answers,
  profile: Profile,
  options: { now?: Date } = {},
): Promise<Submitted> {
  if (!instrument.roles.includes(profile.role)) throw new WrongRoleError(instrument, profile.role);
  const errors = validateAnswers(instrument, allItems(instrument), answers, profile.role);
  if (errors.length > 0) throw new InvalidAnswersError(errors);
  const now = options.now ?? new Date();
  const week = localWeekKey(now);
  const { response, replaced } = await guardWrite(
    () =>
      db.transaction('rw', db.settings, db.responses, db.drafts, async () => {
        const installId = await loadInstallId(db);
        const sameWeek = instrument.oncePerWeek
          ? await db.responses.where('[instrumentId+week]').equals([instrument.id, week]).sortBy('submittedAt')
          : [];
        const earlier = sameWeek.at(-1);
        const response: StoredResponse = {
          responseId: earlier?.responseId ?? crypto.randomUUID(),
          instrumentId: instrument.id,
          instrumentVersion: instrument.version,
          submittedAt: now.toISOString(),
          week,
          authorityCode: profile.authorityCode,
          authorityName: profile.authorityName,
          role: profile.role,
          team: profile.team,
          answers,
          installId,
        };
        await db.responses.put(response);
        await db.drafts.delete(instrument.id);
        return { response, replaced: earlier !== undefined };
      }),
    'submit',
  );
  return { response, replaced, persistent: await requestPersistentStorage() };
}
