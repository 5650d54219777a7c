import { useEffect, useMemo, useState } from 'preact/hooks';
import { authoritiesOf } from '@/analysis/authority-report';
import { withDivergingBarCallbacks, withTrendLineCallbacks, divergingBarChartConfig, trendLineChartConfig } from '@/analysis/charts';
import { suppressedText } from '@/analysis/disclosure';
import { revealsSmallComplement } from '@/analysis/filter-complement';
import { respondentsAnswering, sortedGroups, totalCounts } from '@/analysis/group-counts';
import { emptyItemCounts } from '@/analysis/item-counts';
import { hideCells } from '@/analysis/hide-cells';
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
const hiddenPoint = { suppressed: true, suppression: 'complementary', n: null, percentPositive: null, lower: null, upper: null, mean: null, meanN: null } as const;

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
  const analysis = usePoolAnalysis(db, instrument, filters, poolVersion);
  const error = analysis.error;
  // Until the new scan is done, counts may belong to the instrument chosen before: never mix them.
  const counts = analysis.counts?.accumulator.instrument.id === instrument.id ? analysis.counts : undefined;

  useEffect(() => void listImports(db).then(setImports), [poolVersion]);
  const changed = () => setPoolVersion((v) => v + 1);

  const table = useMemo(() => {
    if (!counts) return undefined;
    const whole = percentageTable(counts.accumulator, { net: true, benchmark: 'auto' });
    if (filters.role === 'all') return whole;
    // A role filter leaves the other roles out: hide figures whose left-out part is a small group.
    const others = sortedGroups(counts.byRole).filter((g) => g.values[1] !== filters.role);
    const reveals = (itemId: string, authorityCode: string | null) => {
      const item = findItem(instrument, itemId)!;
      const left = others.filter((g) => authorityCode === null || g.values[0] === authorityCode).reduce((sum, g) => sum + respondentsAnswering(g, item), 0);
      return revealsSmallComplement(left, whole.settings.minGroupSize);
    };
    return hideCells(whole, reveals, suppressedText(whole.settings.minGroupSize));
  }, [counts, filters.role, instrument]);
  const authorities = useMemo(() => (table ? authoritiesOf(table) : []), [table]);
  const authority = authorities.some((a) => a.code === filters.authority) ? filters.authority : TOTAL;
  const view = useMemo(() => (table ? tableView(table, authority) : undefined), [table, authority]);
  const column = table?.columns.find((c) => c.values[0] === authority);
  // Items whose figures for the chosen group are hidden: no sentence and no bar may give them away.
  const hidden = useMemo(
    () => new Set(view?.sections.flatMap((s) => s.rows.filter((r) => r.lines[0]!.cell.suppressed).map((r) => r.itemId)) ?? []),
    [view],
  );
  const narrative = useMemo(
    () => (table ? tableNarrative(table, {}, column?.key).filter((sentence) => !hidden.has(sentence.itemId)) : []),
    [table, column, hidden],
  );

  const trendItem = findItem(instrument, filters.trendItemId) ?? trendItems(instrument)[0]!;
  const bars = useMemo(() => {
    if (!table || !counts) return undefined;
    const rows = table.sections.flatMap((s) => s.rows).filter((r) => r.type === 'likert' || r.type === 'rating');
    const scale = rows[0] && scaleOf(instrument, findItem(instrument, rows[0].itemId)!);
    if (!scale) return undefined;
    const group = authority === TOTAL ? totalCounts(counts.accumulator) : sortedGroups(counts.accumulator).find((g) => g.key === column!.key)!;
    return withDivergingBarCallbacks(
      divergingBarChartConfig(
        rows.filter((r) => r.scaleId === scale.id).map((row) => ({
          label: row.statement,
          counts: group.items.get(row.itemId) ?? emptyItemCounts(),
          suppressed: hidden.has(row.itemId),
        })),
        scale,
        { title: view?.heading },
      ),
    );
  }, [table, counts, authority, column, instrument, view, hidden]);

  const trend = useMemo(() => {
    if (!counts) return undefined;
    const scale = scaleOf(instrument, trendItem)!;
    const options = { totalGroup: TOTAL };
    const series = trendSeries(counts.trends, trendItem.id, scale, options).find((s) => s.group === authority);
    if (!series || filters.role === 'all') return series;
    // As in the table: hide a point whose left-out roles are a small group.
    const anyRole = trendSeries(counts.trendsAnyRole, trendItem.id, scale, { ...options, periods: series.points.map((p) => p.period) }).find((s) => s.group === authority);
    return {
      ...series,
      points: series.points.map((point, index) => {
        const whole = anyRole?.points[index];
        const left = point.n !== null && whole?.n != null ? whole.n - point.n : 0;
        return revealsSmallComplement(left, series.definitions.minGroupSize) ? { ...hiddenPoint, period: point.period } : point;
      }),
    };
  }, [counts, trendItem, instrument, authority, filters.role]);

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
              <p class="muted no-print" id="scan-status">
                {counts.responses.toLocaleString('en-GB')} pooled responses match these filters (read in {(counts.scanMs / 1000).toFixed(1)} s).
              </p>
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
