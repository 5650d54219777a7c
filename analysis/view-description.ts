import { ROLE_LABELS, isRole } from '../lib/instruments/roles';

/** What a dashboard view is of: the filters a table or chart was made with. */
export interface ViewFilters {
  instrument: { id: string; version: string; title: string };
  /** 'all' or a role id. */
  role: string;
  /** The authority shown beside all authorities, or null for all authorities alone. */
  authority: { code: string; name: string } | null;
  /** Inclusive UTC days `YYYY-MM-DD`, or '' for open-ended. */
  from: string;
  to: string;
}

/** One line of a description: a name for machines, a label for people, and the value. */
export interface ViewFact {
  key: 'questionnaire' | 'role_group' | 'authority' | 'period';
  label: string;
  value: string;
}

function period(from: string, to: string): string {
  if (from && to) return `${from} to ${to}`;
  if (from) return `from ${from}`;
  if (to) return `up to ${to}`;
  return 'all dates';
}

/**
 * The filters of a view as facts, to print above a table and to put in every export, so that a
 * table taken away still says what it is of. Dates stay ISO 8601, unambiguous in any country.
 *
 * @example
 * viewFacts({ instrument: pulse, role: 'manager', authority: { code: 'NSH', name: 'Northshire' }, from: '2025-01-06', to: '' })
 * // [{ key: 'questionnaire', label: 'Questionnaire', value: 'Weekly pulse (pulse, version 1.0.0)' },
 * //  { key: 'role_group', label: 'Role group', value: 'Manager, supervisor or senior practitioner' },
 * //  { key: 'authority', label: 'Authority', value: 'Northshire (NSH) beside all authorities' },
 * //  { key: 'period', label: 'Period', value: 'from 2025-01-06' }]
 */
export function viewFacts(filters: ViewFilters): ViewFact[] {
  const { instrument, role, authority } = filters;
  return [
    { key: 'questionnaire', label: 'Questionnaire', value: `${instrument.title} (${instrument.id}, version ${instrument.version})` },
    { key: 'role_group', label: 'Role group', value: role === 'all' ? 'All roles' : isRole(role) ? ROLE_LABELS[role] : role },
    { key: 'authority', label: 'Authority', value: authority ? `${authority.name} (${authority.code}) beside all authorities` : 'All authorities' },
    { key: 'period', label: 'Period', value: period(filters.from, filters.to) },
  ];
}

/**
 * The facts as one line.
 *
 * @example
 * viewLine(viewFacts(filters)) // 'Questionnaire: Weekly pulse (pulse, version 1.0.0). Role group: All roles. Authority: All authorities. Period: all dates.'
 */
export function viewLine(facts: readonly ViewFact[]): string {
  return facts.map((f) => `${f.label}: ${f.value}.`).join(' ');
}
