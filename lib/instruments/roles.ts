/** The roles a respondent can have. Ofsted's 2011 "managers" group also took in senior practitioners. */
export const ROLES = ['social_worker', 'manager'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  social_worker: 'Social worker',
  manager: 'Manager, supervisor or senior practitioner',
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
