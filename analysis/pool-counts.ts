import type { Answer } from '../lib/instruments/answers';
import { allItems } from '../lib/instruments/items';
import type { Instrument } from '../lib/instruments/schema';
import { dayNumber, type CompactPool } from './compact-pool';
import { trendItems } from './trend-items';
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
  /** The roles: the questionnaire's, then any others found in the pool. */
  roles: string[];
  /** One role on its own, by authority; counted on first use (a role filter is not always chosen). */
  byRole(role: string): CountsAccumulator;
  /** The trend item's answers (every role) by authority code and period. */
  trend: TrendCounts;
  /** Responses in the period. */
  responses: number;
}

/**
 * Counts the pool for a period: one pass over the compact responses counts every role together
 * by authority, and the trend item by authority and period. The counts of each role are made in
 * one more pass the first time a role is asked for (none when the questionnaire and the pool have
 * one role: its counts are those of everyone). Choosing an authority needs no new count.
 *
 * @example
 * const counts = countPool(pool, { from: '2025-01-01', to: '', interval: 'week', trendItemId: 'workload_manageable' });
 * counts.byRole('manager') // counts of the managers, by authority
 */
export function countPool(pool: CompactPool, filters: PoolCountFilters): PoolCounts {
  const instrument: Instrument = pool.instrument;
  const items = allItems(instrument);
  const trendItem = trendItems(instrument).find((item) => item.id === filters.trendItemId);
  if (!trendItem) throw new RangeError(`"${filters.trendItemId}" is not a single-answer item of ${instrument.id}`);
  const trendIndex = items.indexOf(trendItem);
  const first = filters.from ? dayNumber(filters.from) : -Infinity;
  const last = filters.to ? dayNumber(filters.to) : Infinity;
  const inPeriod = (i: number) => {
    const day = pool.dayOf(i);
    return day >= first && day <= last;
  };
  const roles = [...new Set([...instrument.roles, ...pool.roles])];
  // One profile object per authority and role: the accumulators read only these fields.
  const profiles = pool.authorities.map((a) =>
    pool.roles.map((role): ResponseProfile => ({ authorityCode: a.code, authorityName: a.name, role, team: '', instrumentVersion: '', submittedAt: '' })),
  );
  const values: (Answer | undefined)[] = new Array(items.length);
  const newAccumulator = () => createAccumulator(instrument, { groupBy: ['authority'] });

  const all = newAccumulator();
  const periods = filters.interval === 'week' ? pool.weeks : pool.months;
  const trendCells: ItemCounts[][] = pool.authorities.map(() => []);
  let responses = 0;
  for (let i = 0; i < pool.size; i++) {
    if (!inPeriod(i)) continue;
    responses += 1;
    const authority = pool.authorityOf(i);
    pool.answersOf(i, values);
    addAnswerValues(all, profiles[authority]![pool.roleOf(i)]!, values);
    // (answersOf has just written the trend item's code, a single answer, into values.)
    addAnswer((trendCells[authority]![pool.periodOf(i, filters.interval)] ??= emptyItemCounts()), values[trendIndex] as number | undefined);
  }
  const trend = new TrendCounts(filters.interval, [trendItem.id]);
  trendCells.forEach((byPeriod, authority) =>
    byPeriod.forEach((counts, period) => counts && trend.addCounts(pool.authorities[authority]!.code, periods[period]!, trendItem.id, counts)),
  );

  let byRole: Map<string, CountsAccumulator> | undefined;
  const countRoles = () => {
    if (roles.length === 1) return new Map([[roles[0]!, all]]);
    const counted = new Map(roles.map((role) => [role, newAccumulator()]));
    const ofIndex = pool.roles.map((role) => counted.get(role)!);
    for (let i = 0; i < pool.size; i++) {
      if (!inPeriod(i)) continue;
      const role = pool.roleOf(i);
      pool.answersOf(i, values);
      addAnswerValues(ofIndex[role]!, profiles[pool.authorityOf(i)]![role]!, values);
    }
    return counted;
  };
  return {
    all,
    roles,
    byRole(role) {
      byRole ??= countRoles();
      const counted = byRole.get(role);
      if (!counted) throw new RangeError(`No role "${role}" in these counts`);
      return counted;
    },
    trend,
    responses,
  };
}
