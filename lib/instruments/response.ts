import type { Answers } from './answers';
import type { Role } from './roles';

/** Who answered, as far as anybody is told: an authority, a role and an optional team. Never a name. */
export interface Profile {
  authorityCode: string;
  authorityName: string;
  role: Role;
  team: string;
}

/** One submitted set of answers to an instrument. */
export interface SurveyResponse extends Profile {
  responseId: string;
  instrumentId: string;
  instrumentVersion: string;
  /** ISO 8601 timestamp with time zone. */
  submittedAt: string;
  answers: Answers;
}
