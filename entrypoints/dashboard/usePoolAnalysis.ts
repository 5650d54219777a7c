import { useEffect, useState } from 'preact/hooks';
import { addResponse, createAccumulator, type CountsAccumulator } from '@/analysis/group-counts';
import { TrendCounts } from '@/analysis/trends';
import type { PulseDatabase } from '@/lib/db/database';
import { pooledResponses } from '@/lib/db/pool';
import { allItems } from '@/lib/instruments/items';
import type { Instrument } from '@/lib/instruments/schema';
import { matchesFilters, type DashboardFilters } from './filters';

/** Counts of the pooled responses in the chosen role group and period, by authority. */
export interface PoolCounts {
  accumulator: CountsAccumulator;
  /** Every role (the role filter aside), by authority and role: to check what a role filter leaves out. */
  byRole: CountsAccumulator;
  trends: TrendCounts;
  /** Trend counts of every role (the role filter aside), to check what a role filter leaves out. */
  trendsAnyRole: TrendCounts;
  responses: number;
  /** How long the scan took, in milliseconds (shown to the user, and read by the benchmark). */
  scanMs: number;
}

/** Items that get a percentage row and a trend: single-answer scaled items. */
export function trendItems(instrument: Instrument) {
  return allItems(instrument).filter((item) => item.type === 'likert' || item.type === 'rating' || item.type === 'single');
}

/**
 * Scans the pool once per instrument, role group, period and interval, counting by authority.
 * Choosing an authority or an item afterwards needs no new scan, so it shows at once.
 */
export function usePoolAnalysis(db: PulseDatabase, instrument: Instrument, filters: DashboardFilters, poolVersion: number) {
  const [counts, setCounts] = useState<PoolCounts>();
  const [error, setError] = useState<string>();
  const { role, from, to, interval } = filters;
  useEffect(() => {
    let current = true;
    setCounts(undefined); // never show counts of another filter while scanning
    const started = performance.now();
    const accumulator = createAccumulator(instrument, { groupBy: ['authority'] });
    const byRole = createAccumulator(instrument, { groupBy: ['authority', 'role'] });
    const anyRole = { ...filters, role: 'all' as const };
    const trendIds = trendItems(instrument).map((item) => item.id);
    const trends = new TrendCounts(interval, trendIds);
    const trendsAnyRole = new TrendCounts(interval, trendIds);
    let responses = 0;
    // toArray reads in bulk (IndexedDB getAll), far faster than a cursor over 100,000 rows.
    pooledResponses(db, instrument.id)
      .toArray((rows) => rows.forEach((response) => {
        if (!matchesFilters(response, anyRole)) return;
        addResponse(byRole, response);
        trendsAnyRole.add({ submittedAt: response.submittedAt, group: response.authorityCode, answers: response.answers });
        if (!matchesFilters(response, filters)) return;
        responses += 1;
        addResponse(accumulator, response);
        trends.add({ submittedAt: response.submittedAt, group: response.authorityCode, answers: response.answers });
      }))
      .then(
        () => current && setCounts({ accumulator, byRole, trends, trendsAnyRole, responses, scanMs: performance.now() - started }),
        (e: Error) => current && setError(`The pooled responses could not be read: ${e.message}`),
      );
    return () => {
      current = false;
    };
    // Authority and trend item are left out on purpose: they need no new scan.
  }, [db, instrument, role, from, to, interval, poolVersion]);
  return { counts, error };
}
