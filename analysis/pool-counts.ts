import type { Answer } from '../lib/instruments/answers';
import { allItems } from '../lib/instruments/items';
import type { Instrument } from '../lib/instruments/schema';
import { dayNumber, type CompactPool } from './compact-pool';
import { addAnswerValues, createAccumulator, type CountsAccumulator, type ResponseProfile } from './group-counts';
import { addAnswer, emptyItemCounts, type ItemCounts } from './item-counts';
import { TrendCounts, type TrendInterval } from './trends';

/** The period and trend chosen on the dashboard. The role filter needs no counting of its own. */
export interface PoolCountFilters {
  /** Inclusive UTC days `YYYY-MM-DD`, or '' for open-ended. */
  from: string;
  to: string;
  interval: TrendInterval;
  /** A single-answer item of the questionnaire. */
  trendItemId: string;
}

/** Counts of the responses in the period, ready for every view of the role filter. */
export interface PoolCounts {
  /** Every role, by authority. */
  all: CountsAccumulator;
  /** Each role on its own, by authority: the questionnaire's roles, then any others found. */
  byRole: Map<string, CountsAccumulator>;
  /** The trend item's answers (every role) by authority code and period. */
  trend: TrendCounts;
  /** Responses in the period. */
  responses: number;
}

/**
 * Counts the pool for a period: one pass over the compact responses fills the counts of every
 * role together and of each role, by authority, and the trend item's counts by authority and
 * period. Choosing a role or an authority afterwards needs no new count.
 *
 * @example
 * const counts = countPool(pool, { from: '2025-01-01', to: '', interval: 'week', trendItemId: 'workload_manageable' });
 * counts.byRole.get('manager') // counts of the managers, by authority
 */
export function countPool(pool: CompactPool, filters: PoolCountFilters): PoolCounts {
  const instrument: Instrument = pool.instrument;
  const items = allItems(instrument);
  const trendIndex = items.findIndex((item) => item.id === filters.trendItemId);
  const trendItem = items[trendIndex];
  if (!trendItem || !(trendItem.type === 'likert' || trendItem.type === 'rating' || trendItem.type === 'single')) {
    throw new RangeError(`"${filters.trendItemId}" is not a single-answer item of ${instrument.id}`);
  }
  const first = filters.from ? dayNumber(filters.from) : -Infinity;
  const last = filters.to ? dayNumber(filters.to) : Infinity;
  const roles = [...new Set([...instrument.roles, ...pool.roles])];
  const all = createAccumulator(instrument, { groupBy: ['authority'] });
  const byRole = new Map(roles.map((role) => [role, createAccumulator(instrument, { groupBy: ['authority'] })]));
  const roleCounts = pool.roles.map((role) => byRole.get(role)!);
  // One profile object per authority and role: the accumulators read only these fields.
  const profiles = pool.authorities.map((a) =>
    pool.roles.map((role): ResponseProfile => ({ authorityCode: a.code, authorityName: a.name, role, team: '', instrumentVersion: '', submittedAt: '' })),
  );
  const periods = filters.interval === 'week' ? pool.weeks : pool.months;
  const trendCells: ItemCounts[][] = pool.authorities.map(() => []);
  const values: (Answer | undefined)[] = new Array(items.length);
  let responses = 0;
  for (let i = 0; i < pool.size; i++) {
    const day = pool.dayOf(i);
    if (day < first || day > last) continue;
    responses += 1;
    const authority = pool.authorityOf(i);
    const role = pool.roleOf(i);
    pool.answersOf(i, values);
    const profile = profiles[authority]![role]!;
    addAnswerValues(all, profile, values);
    addAnswerValues(roleCounts[role]!, profile, values);
    const period = pool.periodOf(i, filters.interval);
    addAnswer((trendCells[authority]![period] ??= emptyItemCounts()), pool.codeOf(i, trendIndex));
  }
  const trend = new TrendCounts(filters.interval, [trendItem.id]);
  trendCells.forEach((byPeriod, authority) =>
    byPeriod.forEach((counts, period) => counts && trend.addCounts(pool.authorities[authority]!.code, periods[period]!, trendItem.id, counts)),
  );
  return { all, byRole, trend, responses };
}
