import type { PulseDatabase } from '../db/database';
import { InvalidAnswersError, submitResponse, type Submitted } from '../db/submit-response';
import type { AnswerError } from '../instruments/answers';
import type { Profile } from '../instruments/response';
import type { Instrument } from '../instruments/schema';
import type { DraftState } from './useDraft';

export interface SubmitOutcome {
  saved: boolean;
  submitted?: Submitted;
  /** Questions to fix (shown in the error summary); empty when the answers were accepted. */
  errors: AnswerError[];
  /** Why the answers could not be saved (a write error, a wrong role), in the worker's words. */
  failure?: string;
}

/**
 * Submits the answers on a page: on success the draft's answers are forgotten (the stored draft
 * went with the submission); otherwise they stay on the page and the outcome says why.
 */
export async function submitDraft(db: PulseDatabase, instrument: Instrument, draft: DraftState, profile: Profile): Promise<SubmitOutcome> {
  try {
    const submitted = await submitResponse(db, instrument, draft.answers, profile);
    draft.forget();
    return { saved: true, submitted, errors: [] };
  } catch (error) {
    if (error instanceof InvalidAnswersError) return { saved: false, errors: error.errors };
    return { saved: false, errors: [], failure: (error as Error).message };
  }
}
