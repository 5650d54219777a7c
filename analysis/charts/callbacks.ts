import type { TooltipItem } from 'chart.js';
import type { DivergingBarChartConfig } from './diverging-bar-chart';
import { TREND_DATASET_LABELS, type TrendLineChartConfig } from './trend-line-chart';

/**
 * Adds display functions to a trend line chart configuration: "%" on the y ticks, one legend entry
 * and one tooltip line for the interval band ("95% interval: 41.2–88.4%") instead of one per limit
 * (whiskers of isolated points read the same and share the band's legend entry), and "%" after
 * tooltip values (the tooltip title already holds the period and n). Returns a new
 * configuration; the input is unchanged. Functions do not survive JSON: serialise the plain
 * configuration and call this where the chart is drawn.
 *
 * @example
 * new Chart(canvas, withTrendLineCallbacks(trendLineChartConfig(series)))
 */
export function withTrendLineCallbacks(config: TrendLineChartConfig): TrendLineChartConfig {
  const options = config.options ?? {};
  return {
    ...config,
    options: {
      ...options,
      scales: {
        ...options.scales,
        y: { ...options.scales?.y, ticks: { ...options.scales?.y?.ticks, callback: (value) => `${value}%` } },
      },
      plugins: {
        ...options.plugins,
        legend: {
          ...options.plugins?.legend,
          labels: {
            ...options.plugins?.legend?.labels,
            filter: (item) => item.text !== TREND_DATASET_LABELS.lower && item.text !== TREND_DATASET_LABELS.whisker,
          },
        },
        tooltip: {
          ...options.plugins?.tooltip,
          filter: (item: TooltipItem<'line' | 'bar'>) => item.dataset.label !== TREND_DATASET_LABELS.lower,
          callbacks: {
            ...options.plugins?.tooltip?.callbacks,
            label: (item: TooltipItem<'line' | 'bar'>) => {
              if (item.dataset.label === TREND_DATASET_LABELS.whisker) {
                const [lower, upper] = item.raw as [number, number];
                return `${TREND_DATASET_LABELS.upper}: ${lower}–${upper}%`;
              }
              if (item.dataset.label !== TREND_DATASET_LABELS.upper) return `${item.dataset.label ?? ''}: ${item.formattedValue}%`;
              const lower = item.chart.data.datasets.find((d) => d.label === TREND_DATASET_LABELS.lower)?.data[item.dataIndex];
              return `${item.dataset.label}: ${String(lower)}–${item.formattedValue}%`;
            },
          },
        },
      },
    },
  };
}

/**
 * Adds display functions to a diverging bar chart configuration: x ticks as unsigned percentages
 * (the left side is drawn with negative numbers), a darker grid line at zero, and tooltips giving
 * each option's percentage (the segment's width) rounded to a whole number, as in the tables.
 * Returns a new configuration; the input is unchanged.
 *
 * @example
 * new Chart(canvas, withDivergingBarCallbacks(divergingBarChartConfig(rows, scale)))
 */
export function withDivergingBarCallbacks(config: DivergingBarChartConfig): DivergingBarChartConfig {
  const options = config.options ?? {};
  return {
    ...config,
    options: {
      ...options,
      scales: {
        ...options.scales,
        x: {
          ...options.scales?.x,
          ticks: { ...options.scales?.x?.ticks, callback: (value) => `${Math.abs(Number(value))}%` },
          grid: { ...options.scales?.x?.grid, color: (context) => (context.tick?.value === 0 ? '#666666' : 'rgba(0, 0, 0, 0.1)') },
        },
      },
      plugins: {
        ...options.plugins,
        tooltip: {
          ...options.plugins?.tooltip,
          callbacks: {
            ...options.plugins?.tooltip?.callbacks,
            label: (item: TooltipItem<'bar'>) => {
              const raw = item.raw as [number, number] | null;
              return raw ? `${item.dataset.label ?? ''}: ${Math.round(raw[1] - raw[0])}%` : '';
            },
          },
        },
      },
    },
  };
}
