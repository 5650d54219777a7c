import { useEffect, useMemo, useState } from 'preact/hooks';
import { dashboardResults } from '@/analysis/dashboard-results';
import { countPool } from '@/analysis/pool-counts';
import { trendItems } from '@/analysis/trend-items';
import { viewFacts } from '@/analysis/view-description';
import { getDatabase, type ImportRecord } from '@/lib/db/database';
import { listImports, removeImport } from '@/lib/db/pool';
import { getBuiltinInstrument } from '@/lib/instruments/builtin';
import { Notice } from '@/lib/ui/Notice';
import type { DashboardFilters } from './filters';
import { Filters } from './Filters';
import { ImportList } from './ImportList';
import { ImportPanel } from './ImportPanel';
import { Results } from './Results';
import { usePool } from './usePool';

const db = getDatabase();

/** Pool workers' exports, look at Ofsted-style tables and trends, take them away. */
export function DashboardPage() {
  const [filters, setFilters] = useState<DashboardFilters>({
    instrumentId: 'ofsted-2011-social-workers',
    role: 'all',
    from: '',
    to: '',
    authority: 'all',
    interval: 'week',
    trendItemId: '',
  });
  const [poolVersion, setPoolVersion] = useState(0);
  const [imports, setImports] = useState<ImportRecord[]>([]);
  const instrument = useMemo(() => getBuiltinInstrument(filters.instrumentId), [filters.instrumentId]);
  const { pool, error, readMs, fromCopy, version } = usePool(db, instrument, poolVersion);
  const ready = pool?.instrument.id === instrument.id ? pool : undefined;

  useEffect(() => void listImports(db).then(setImports), [poolVersion]);
  const changed = () => setPoolVersion((v) => v + 1);

  const authorities = useMemo(() => [...(ready?.authorities ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'en-GB') || a.code.localeCompare(b.code)), [ready]);
  const authority = authorities.find((a) => a.code === filters.authority) ?? null;
  // An authority no longer in the pool (its import removed) falls back to all authorities, visibly.
  useEffect(() => {
    if (ready && filters.authority !== 'all' && !authority) setFilters((f) => ({ ...f, authority: 'all' }));
  }, [ready, authority, filters.authority]);
  const trendItemId = filters.trendItemId || trendItems(instrument)[0]!.id;
  const role = instrument.roles.includes(filters.role as never) ? filters.role : 'all';

  const counts = useMemo(
    () => (ready ? countPool(ready, { from: filters.from, to: filters.to, interval: filters.interval, trendItemId }) : undefined),
    [ready, filters.from, filters.to, filters.interval, trendItemId],
  );
  const results = useMemo(() => (counts && counts.responses > 0 ? dashboardResults(counts, { role, authority, trendItemId }) : undefined), [counts, role, authority, trendItemId]);
  const facts = viewFacts({ instrument, role, authority, from: filters.from, to: filters.to });
  // What is drawn: the filters, and which reading of the pool (the one before an import stays until the next is read).
  const viewKey = JSON.stringify([instrument.id, role, authority?.code ?? 'all', filters.from, filters.to, filters.interval, trendItemId, version]);

  return (
    <main class="dashboard">
      <h1>Frontline Pulse dashboard</h1>
      <p class="muted no-print">
        Pooled answers, shown only as percentages of groups of at least 5 (comments: 10). No rankings, no ratings: each figure shows its base.
      </p>
      <div class="no-print">
        <ImportPanel db={db} onImported={changed} />
        <ImportList imports={imports} onRemove={(id) => void removeImport(db, id).then(changed)} />
      </div>
      <section aria-labelledby="results-title" data-view={results ? viewKey : ''}>
        <h2 id="results-title">Results</h2>
        <Filters filters={filters} instrument={instrument} authorities={authorities} trendItemId={trendItemId} onChange={(change) => setFilters((f) => ({ ...f, ...change }))} />
        {error ? (
          <Notice kind="error">{error}</Notice>
        ) : !ready || !counts ? (
          <p aria-busy="true">Reading the pool…</p>
        ) : ready.size === 0 ? (
          <p>No responses to {instrument.title} have been imported yet. Import some files above.</p>
        ) : !results ? (
          <p>None of the {ready.size.toLocaleString('en-GB')} pooled responses to {instrument.title} fall in this period.</p>
        ) : (
          <>
            <p class="muted no-print" id="scan-status">
              {counts.responses.toLocaleString('en-GB')} of {ready.size.toLocaleString('en-GB')} pooled responses fall in this period
              {readMs !== undefined ? ` (pool read in ${(readMs / 1000).toFixed(1)} s${fromCopy ? ', from its saved copy' : ''})` : ''}.
            </p>
            <Results
              results={results}
              authority={authority}
              facts={facts}
              interval={filters.interval}
              fileStem={`${instrument.id}-${role}-${authority?.code ?? 'all'}`}
              viewKey={viewKey}
              roleFiltered={role !== 'all'}
            />
          </>
        )}
      </section>
    </main>
  );
}
