import { ROLE_LABELS, ROLES, type Role } from '../../instruments/roles';
import { normaliseText } from './normalise-text';

/** Words that name a role in exports, normalised, beside the role ids and labels. */
const ROLE_WORDS = new Map<string, Role>([
  ['social worker', 'social_worker'],
  ['sw', 'social_worker'],
  ['practitioner', 'social_worker'],
  ['manager', 'manager'],
  ['team manager', 'manager'],
  ['supervisor', 'manager'],
  ['practice supervisor', 'manager'],
  ['senior practitioner', 'manager'],
  ['manager or supervisor', 'manager'],
]);

/**
 * A role named in an export: a role id (`social_worker`), its label, or a common word for it
 * ("Social worker", "Team manager", "Senior practitioner"), case and punctuation ignored.
 * Ofsted's 2011 managers' group took in senior practitioners, hence that word.
 *
 * @example
 * parseRole('Team Manager') // 'manager'
 * parseRole('student') // undefined
 */
export function parseRole(text: string): Role | undefined {
  const normalised = normaliseText(text);
  for (const role of ROLES) {
    if (normalised === normaliseText(role) || normalised === normaliseText(ROLE_LABELS[role])) return role;
  }
  return ROLE_WORDS.get(normalised);
}
