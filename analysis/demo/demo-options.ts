import type { Role } from '../../lib/instruments/roles';

/** What synthetic data to make. Every field has a documented default; the seed decides the rest. */
export interface DemoOptions {
  /** Same seed, same options → identical output. Default 1. */
  seed: number;
  /** How many responses. Default 5,000. */
  responses: number;
  /** How many fictional authorities. Default 12. */
  authorities: number;
  /** How many consecutive ISO weeks the responses spread over, in order. Default 26. */
  weeks: number;
  /** A date in the first week (`YYYY-MM-DD`); responses start on that week's Monday. Default 2025-01-06. */
  startDate: string;
  /** Share of managers where the instrument has both roles. Default 0.2. */
  managerShare: number;
  /**
   * Wanted proportions of the substantive options, per scale id, keyed by option label (every
   * substantive label of that scale, summing to about 1; normalised). Default: mildly positive
   * (for five options, lowest to highest code: 6%, 14%, 19%, 45%, 16%).
   */
  proportions: Record<string, Record<string, number>>;
  /** Share of answers that are a non-substantive option ("Don't know") where the scale has one. Default 0.03. */
  dontKnowRate: number;
  /** Share of blank answers to items that are not required. Default 0.03. */
  blankRate: number;
  /** Share of respondents who write a comment in a text item. Default 0.15. */
  commentRate: number;
  /**
   * Spread (standard deviations on the latent scale) of authority, authority × item and
   * authority × week differences, and of each authority's drift over the whole period.
   * Defaults 0.25, 0.15, 0.1, 0.3.
   */
  variation: { authority: number; authorityItem: number; week: number; drift: number };
  /** Correlation of one respondent's answers across items (latent). Default 0.5. */
  itemCorrelation: number;
  /** Restrict roles; default: the instrument's roles. */
  roles?: Role[];
}

export const DEFAULT_DEMO_OPTIONS: DemoOptions = {
  seed: 1,
  responses: 5000,
  authorities: 12,
  weeks: 26,
  startDate: '2025-01-06',
  managerShare: 0.2,
  proportions: {},
  dontKnowRate: 0.03,
  blankRate: 0.03,
  commentRate: 0.15,
  variation: { authority: 0.25, authorityItem: 0.15, week: 0.1, drift: 0.3 },
  itemCorrelation: 0.5,
};

/**
 * Options with defaults filled in and checked.
 *
 * @example
 * resolveDemoOptions({ seed: 7 }).responses // 5000
 */
export function resolveDemoOptions(options: Partial<DemoOptions> = {}): DemoOptions {
  const resolved: DemoOptions = {
    ...DEFAULT_DEMO_OPTIONS,
    ...options,
    variation: { ...DEFAULT_DEMO_OPTIONS.variation, ...options.variation },
  };
  const problems: string[] = [];
  if (!Number.isInteger(resolved.seed)) problems.push('seed must be a whole number');
  if (!Number.isInteger(resolved.responses) || resolved.responses < 0) problems.push('responses must be a whole number ≥ 0');
  if (!Number.isInteger(resolved.weeks) || resolved.weeks < 1) problems.push('weeks must be a whole number ≥ 1');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(resolved.startDate) || Number.isNaN(Date.parse(`${resolved.startDate}T00:00:00Z`))) {
    problems.push('startDate must be a date YYYY-MM-DD');
  }
  for (const key of ['managerShare', 'dontKnowRate', 'blankRate', 'commentRate', 'itemCorrelation'] as const) {
    if (!(resolved[key] >= 0 && resolved[key] <= 1)) problems.push(`${key} must be between 0 and 1`);
  }
  for (const [key, value] of Object.entries(resolved.variation)) {
    if (!(value >= 0)) problems.push(`variation.${key} must be ≥ 0`);
  }
  if (problems.length > 0) throw new RangeError(`Invalid demo options: ${problems.join('; ')}`);
  return resolved;
}
