import type { ChartConfiguration } from 'chart.js';
import { useMemo, useRef } from 'preact/hooks';
import { TREND_DATASET_LABELS, withDivergingBarCallbacks, withTrendLineCallbacks } from '@/analysis/charts';
import { barChart, type BarChartData, type DashboardResults } from '@/analysis/dashboard-results';
import type { ViewFact } from '@/analysis/view-description';
import { ChartCanvas } from './ChartCanvas';
import { ExportButtons } from './ExportButtons';
import { ResultsTable } from './ResultsTable';
import { tableView } from './table-view';
import { TrendTable } from './TrendTable';
import { useLabelWidth } from './useLabelWidth';

/** A block's diverging bar chart, its labels wrapped to the width there is. */
function BarChart({ data, labelWidth, ...props }: { data: BarChartData; labelWidth: number; description: string; title: string; fileName: string; viewKey: string }) {
  const { config, height } = useMemo(() => barChart(data, labelWidth), [data, labelWidth]);
  const drawable = useMemo(() => withDivergingBarCallbacks(config) as unknown as ChartConfiguration, [config]);
  return <ChartCanvas config={drawable} height={height} {...props} />;
}

interface Props {
  results: DashboardResults;
  authority: { code: string; name: string } | null;
  /** The filters, as printed above the results and written into every export. */
  facts: ViewFact[];
  interval: 'week' | 'month';
  fileStem: string;
  /** Identifies this view; written on each chart once drawn. */
  viewKey: string;
  /** True when a role filter is set: the trend is for all roles. */
  roleFiltered: boolean;
}

/** The table in blocks with their charts, the notes, exports, sentences and the trend. */
export function Results({ results, authority, facts, interval, fileStem, viewKey, roleFiltered }: Props) {
  const { table, blocks, narrative, trend } = results;
  const body = useRef<HTMLDivElement>(null);
  const labelWidth = useLabelWidth(body);
  const view = useMemo(() => tableView(table, authority), [table, authority]);
  const trendConfig = useMemo(() => withTrendLineCallbacks(trend.config) as unknown as ChartConfiguration, [trend.config]);
  const who = authority?.name ?? table.total.label;
  return (
    <div class="results-body" ref={body}>
      <h3 id="table-title">{view.heading}</h3>
      <p class="view-line">
        {facts.map((f) => (
          <span key={f.key}>
            <strong>{f.label}:</strong> {f.value}.{' '}
          </span>
        ))}
      </p>
      {blocks.map((block) => (
        <section class="block" key={block.title} aria-label={block.title}>
          <ResultsTable rows={view.rows.filter((r) => block.itemIds.includes(r.itemId))} header={view.header} nNote={view.nNote} title={block.title} />
          {block.chart?.rows.every((row) => row.suppressed) ? (
            <p class="no-chart">No chart: every figure of these statements is hidden for {who} (see the note on disclosure control below).</p>
          ) : (
            block.chart && (
              <BarChart
                data={block.chart}
                labelWidth={labelWidth}
                description={`Diverging stacked bar chart for ${who}, ${block.title.toLowerCase()}: disagreement to the left of zero, agreement to the right. The figures are in the table above.`}
                title={`${who}, ${block.title}`}
                fileName={`${fileStem}-${blocks.indexOf(block) + 1}.png`}
                viewKey={viewKey}
              />
            )
          )}
        </section>
      ))}
      <ul class="notes">
        {view.notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
      <ExportButtons table={table} authority={authority} facts={facts} fileStem={fileStem} />
      <section aria-labelledby="narrative-title">
        <h3 id="narrative-title">What the figures say</h3>
        {narrative.length > 0 ? (
          <ul class="narrative">
            {narrative.map((sentence) => (
              <li key={sentence.itemId}>{sentence.text}</li>
            ))}
          </ul>
        ) : (
          <p>No sentences: the figures for {who} are not shown for any statement with agree and disagree answers.</p>
        )}
      </section>
      <section class="trend" aria-labelledby="trend-title">
        <h3 id="trend-title">
          Trend by {interval}: {trend.statement} ({who}, all roles)
        </h3>
        <p class="muted">
          {TREND_DATASET_LABELS.value} by {interval === 'week' ? 'ISO week' : 'month'} with its {TREND_DATASET_LABELS.upper} (Wilson), and n for each
          point. Trends are for all roles
          {roleFiltered ? ', whatever the role group chosen above: a trend by role beside the tables by role could give away small groups' : ''}.
        </p>
        {trend.series.points.every((point) => point.suppressed) ? (
          <p class="no-chart">No chart: every {interval} is hidden for {who} (see the table below).</p>
        ) : (
          <ChartCanvas
            config={trendConfig}
            description={`Line chart of the ${TREND_DATASET_LABELS.value} by ${interval}, with its ${TREND_DATASET_LABELS.upper}, for ${who}. The figures are in the table below.`}
            title={`trend for ${who}`}
            fileName={`${fileStem}-trend.png`}
            height={380}
            viewKey={viewKey}
          />
        )}
        <TrendTable series={trend.series} title={`${trend.statement} (${who})`} />
      </section>
    </div>
  );
}
