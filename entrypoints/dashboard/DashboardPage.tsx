import { useEffect, useMemo, useState } from 'preact/hooks';
import { authoritiesOf } from '@/analysis/authority-report';
import { withDivergingBarCallbacks, withTrendLineCallbacks, divergingBarChartConfig, trendLineChartConfig } from '@/analysis/charts';
import { sortedGroups, totalCounts } from '@/analysis/group-counts';
import { emptyItemCounts } from '@/analysis/item-counts';
import { tableNarrative } from '@/analysis/narrative';
import { percentageTable } from '@/analysis/percentage-table';
import { trendSeries } from '@/analysis/trends';
import { getDatabase, type ImportRecord } from '@/lib/db/database';
import { listImports, removeImport } from '@/lib/db/pool';
import { getBuiltinInstrument } from '@/lib/instruments/builtin';
import { findItem, scaleOf, statement } from '@/lib/instruments/items';
import type { ChartConfiguration } from 'chart.js';
import { Notice } from '@/lib/ui/Notice';
import { ChartCanvas } from './ChartCanvas';
import { ExportButtons } from './ExportButtons';
import type { DashboardFilters } from './filters';
import { Filters } from './Filters';
import { ImportList } from './ImportList';
import { ImportPanel } from './ImportPanel';
import { ResultsTable } from './ResultsTable';
import { tableView, viewScales } from './table-view';
import { TrendTable } from './TrendTable';
import { trendItems, usePoolAnalysis } from './usePoolAnalysis';

const db = getDatabase();
const TOTAL = 'all';

/** Pool workers' exports, look at Ofsted-style tables and trends, take them away. */
export function DashboardPage() {
  const [filters, setFilters] = useState<DashboardFilters>({
    instrumentId: 'ofsted-2011-social-workers',
    role: 'all',
    from: '',
    to: '',
    authority: TOTAL,
    interval: 'week',
    trendItemId: '',
  });
  const [poolVersion, setPoolVersion] = useState(0);
  const [imports, setImports] = useState<ImportRecord[]>([]);
  const instrument = useMemo(() => getBuiltinInstrument(filters.instrumentId), [filters.instrumentId]);
  const { counts, error } = usePoolAnalysis(db, instrument, filters, poolVersion);

  useEffect(() => void listImports(db).then(setImports), [poolVersion]);
  const changed = () => setPoolVersion((v) => v + 1);

  const table = useMemo(() => (counts ? percentageTable(counts.accumulator, { net: true, benchmark: 'auto' }) : undefined), [counts]);
  const authorities = useMemo(() => (table ? authoritiesOf(table) : []), [table]);
  const authority = authorities.some((a) => a.code === filters.authority) ? filters.authority : TOTAL;
  const view = useMemo(() => (table ? tableView(table, authority) : undefined), [table, authority]);
  const column = table?.columns.find((c) => c.values[0] === authority);
  const narrative = useMemo(() => (table ? tableNarrative(table, {}, column?.key) : []), [table, column]);

  const trendItem = findItem(instrument, filters.trendItemId) ?? trendItems(instrument)[0]!;
  const bars = useMemo(() => {
    if (!table || !counts) return undefined;
    const rows = table.sections.flatMap((s) => s.rows).filter((r) => r.type === 'likert' || r.type === 'rating');
    const scale = rows[0] && scaleOf(instrument, findItem(instrument, rows[0].itemId)!);
    if (!scale) return undefined;
    const cellOf = (row: (typeof rows)[number]) => (authority === TOTAL ? row.total : row.cells[table.columns.indexOf(column!)]!);
    const group = authority === TOTAL ? totalCounts(counts.accumulator) : sortedGroups(counts.accumulator).find((g) => g.key === column!.key)!;
    return withDivergingBarCallbacks(
      divergingBarChartConfig(
        rows.filter((r) => r.scaleId === scale.id).map((row) => ({
          label: row.statement,
          counts: group.items.get(row.itemId) ?? emptyItemCounts(),
          suppressed: cellOf(row).suppressed,
        })),
        scale,
        { title: view?.heading },
      ),
    );
  }, [table, counts, authority, column, instrument, view]);

  const trend = useMemo(() => {
    if (!counts) return undefined;
    const scale = scaleOf(instrument, trendItem)!;
    const all = trendSeries(counts.trends, trendItem.id, scale, { totalGroup: TOTAL });
    return all.find((s) => s.group === authority);
  }, [counts, trendItem, instrument, authority]);

  const authorityName = authority === TOTAL ? 'All authorities' : authorities.find((a) => a.code === authority)!.name;
  return (
    <main class="dashboard">
      <h1>Frontline Pulse dashboard</h1>
      <p class="muted no-print">
        Pooled answers, shown only as percentages of groups of at least 5 (comments: 10). No rankings, no ratings: each
        figure shows its base.
      </p>
      <div class="no-print">
        <ImportPanel db={db} onImported={changed} />
        <ImportList
          imports={imports}
          onRemove={(id) => void removeImport(db, id).then(changed)}
        />
      </div>
      <section aria-labelledby="results-title">
        <h2 id="results-title">Results</h2>
        <Filters filters={filters} instrument={instrument} authorities={authorities} onChange={(change) => setFilters((f) => ({ ...f, ...change }))} />
        {error && <Notice kind="error">{error}</Notice>}
        {counts && view && table ? (
          counts.responses === 0 ? (
            <p>No pooled responses to {instrument.title} match these filters yet. Import some files above.</p>
          ) : (
            <div class="results-body">
              <h3 id="table-title">{view.heading}</h3>
              {viewScales(view).map((scaleId, index) => (
                <ResultsTable key={scaleId} view={view} scaleId={scaleId} showNotes={index === viewScales(view).length - 1} />
              ))}
              <ExportButtons table={table} authority={authority} fileStem={`${instrument.id}-${authority}`} />
              <h3>What the figures say</h3>
              <ul class="narrative">
                {narrative.map((sentence) => (
                  <li key={sentence.itemId}>{sentence.text}</li>
                ))}
              </ul>
              {bars && (
                <section class="print-page" aria-labelledby="bars-title">
                  <h3 id="bars-title">All statements at a glance: {authorityName}</h3>
                  <ChartCanvas
                    config={bars as unknown as ChartConfiguration}
                    description={`Diverging stacked bar chart of the statements for ${authorityName}: disagreement to the left, agreement to the right. The figures are in the table above.`}
                    fileName={`${instrument.id}-${authority}-statements.png`}
                    height={Math.max(240, 46 * (bars.data.labels?.length ?? 1) + 120)}
                  />
                </section>
              )}
              {trend && (
                <section class="print-page" aria-labelledby="trend-title">
                  <h3 id="trend-title">
                    Trend by {filters.interval}: {statement(trendItem)} ({authorityName})
                  </h3>
                  <ChartCanvas
                    config={withTrendLineCallbacks(trendLineChartConfig(trend, { itemLabel: statement(trendItem), groupLabel: authorityName })) as unknown as ChartConfiguration}
                    description={`Line chart of the percentage agreeing, by ${filters.interval}, with its 95% interval, for ${authorityName}. The figures are in the table below.`}
                    fileName={`${instrument.id}-${authority}-${trendItem.id}-trend.png`}
                    height={360}
                  />
                  <TrendTable series={trend} />
                </section>
              )}
            </div>
          )
        ) : (
          <p aria-busy="true">Reading the pool…</p>
        )}
      </section>
    </main>
  );
}
