import { ROLE_LABELS, ROLES, type Role } from '../instruments/roles';
import { foldAnswer } from './imports/normalise-text';

/** Every accepted spelling of a role, folded: the id, its label, and the id with spaces. */
const ROLE_BY_TEXT = new Map<string, Role>(
  ROLES.flatMap((role) => [
    [role, role],
    [foldAnswer(ROLE_LABELS[role]), role],
    [foldAnswer(role.replace(/_/g, ' ')), role],
  ]),
);

/**
 * The role a CSV cell names, compared case- and space-insensitively; undefined if none.
 *
 * @example
 * roleFromText('Social Worker') // 'social_worker'
 */
export function roleFromText(text: string): Role | undefined {
  return ROLE_BY_TEXT.get(foldAnswer(text));
}
