import { recoverAnswers, type Answers, type RecoveredAnswers } from '../instruments/answers';
import type { Instrument } from '../instruments/schema';
import type { Draft, PulseDatabase } from './database';
import { guardWrite } from './write-error';

export interface RestoredDraft extends RecoveredAnswers {
  sectionIndex: number;
  editingResponseId?: string;
}

/**
 * The saved draft for an instrument, keeping only answers that are valid for it. A corrupt draft
 * never stops the page from opening: what can be restored is, and the rest is reported.
 */
export async function loadDraft(db: PulseDatabase, instrument: Instrument): Promise<RestoredDraft | undefined> {
  const stored = (await db.drafts.get(instrument.id)) as Partial<Draft> | undefined;
  if (!stored) return undefined;
  const recovered = recoverAnswers(instrument, stored.answers);
  const lastSection = instrument.sections.length - 1;
  const sectionIndex =
    Number.isInteger(stored.sectionIndex) && stored.sectionIndex! >= 0 ? Math.min(stored.sectionIndex!, lastSection) : 0;
  const editingResponseId = typeof stored.editingResponseId === 'string' ? stored.editingResponseId : undefined;
  return { ...recovered, sectionIndex, editingResponseId };
}

/** Saves the answers in progress; a failure is a {@link WriteError} saying the latest change is only on the page. */
export function saveDraft(
  db: PulseDatabase,
  instrument: Instrument,
  draft: { answers: Answers; sectionIndex: number; editingResponseId?: string },
  now = new Date(),
): Promise<void> {
  return guardWrite(async () => {
    await db.drafts.put({
      instrumentId: instrument.id,
      instrumentVersion: instrument.version,
      answers: draft.answers,
      sectionIndex: draft.sectionIndex,
      editingResponseId: draft.editingResponseId,
      updatedAt: now.toISOString(),
    });
  }, 'draft');
}

/** Throws the draft away (the worker cancelled their changes). */
export function deleteDraft(db: PulseDatabase, instrument: Instrument): Promise<void> {
  return guardWrite(() => db.drafts.delete(instrument.id), 'cancel');
}
