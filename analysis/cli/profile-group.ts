import { ROLE_LABELS, isRole } from '../../lib/instruments/roles';
import type { DecodedResponse } from '../../lib/io/canonical-csv-reader';
import type { ParsedArgs } from './command';
import { UsageError } from './exit-codes';
import { stringOption } from './option-values';

/** A copy that does not keep the (large) chunk of input it was cut from alive. */
function detach(text: string): string {
  return (' ' + text).slice(1);
}

/** Profile columns a trend or a theme count can be broken down by. */
const PROFILE_BREAKDOWNS = ['authority', 'authority_code', 'authority_name', 'role', 'team', 'none'] as const;
export type ProfileBreakdown = (typeof PROFILE_BREAKDOWNS)[number];

/**
 * Groups rows by one profile column and remembers a readable label for each group (the
 * authority's name for `authority`, the role's label for `role`).
 *
 * @example
 * const groups = new ProfileGroups('authority');
 * groups.of(row) // 'WRD'; groups.label('WRD') // 'Wrendale'
 */
export class ProfileGroups {
  private readonly labels = new Map<string, string>();

  constructor(readonly column: ProfileBreakdown) {}

  /** The row's group (its authority code, role id, …; '' for `none`). */
  of(row: DecodedResponse): string {
    switch (this.column) {
      case 'authority':
      case 'authority_code': {
        const code = row.authorityCode;
        if (!this.labels.has(code)) this.labels.set(detach(code), detach(this.column === 'authority' ? row.authorityName || code : code));
        return code;
      }
      case 'authority_name':
        return row.authorityName;
      case 'role':
        return row.role;
      case 'team':
        return row.team;
      case 'none':
        return '';
    }
  }

  /** A group's label for people. */
  label(group: string): string {
    if (this.column === 'role' && isRole(group)) return ROLE_LABELS[group];
    const label = this.labels.get(group) ?? group;
    return label === '' ? `(no ${this.column.replace('_', ' ')})` : label;
  }
}

/**
 * The `--by` option of a command that breaks down by one profile column.
 *
 * @example
 * profileBreakdownOption(args, 'authority') // 'authority' when --by is not given
 */
export function profileBreakdownOption(args: ParsedArgs, fallback: ProfileBreakdown): ProfileBreakdown {
  const value = stringOption(args, 'by') ?? fallback;
  if (!(PROFILE_BREAKDOWNS as readonly string[]).includes(value)) {
    throw new UsageError(`--by must be one of ${PROFILE_BREAKDOWNS.join(', ')}, not "${value}"`, args.command);
  }
  return value as ProfileBreakdown;
}
