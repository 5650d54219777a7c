/**
 * Node only: renders a Chart.js configuration to a PNG with @napi-rs/canvas. Never import this
 * file from browser code (the dashboard draws charts on a real canvas instead).
 */
import { createCanvas } from '@napi-rs/canvas';
import { BasicPlatform, Chart, registerables, type ChartConfiguration, type ChartType, type DefaultDataPoint } from 'chart.js';
import { chartBackground } from './background';

Chart.register(...registerables);

export interface PngOptions {
  /** Pixels. Default 900 × 500. */
  width?: number;
  height?: number;
  /** Fill behind the chart (PNG is otherwise transparent). Default white. */
  background?: string;
  /** Font family for every text. Default 'DejaVu Sans, Liberation Sans, Arial, sans-serif'. */
  fontFamily?: string;
}

/**
 * Draws a chart configuration (e.g. from `trendLineChartConfig`, with or without its callbacks) on
 * an off-screen canvas and returns the PNG bytes. Rendering is synchronous and deterministic:
 * Chart.js runs on its BasicPlatform (no DOM events) with animation off, responsive off and a
 * device pixel ratio of 1, so the image is exactly width × height pixels.
 *
 * @example
 * writeFileSync('trend.png', renderChartToPng(withTrendLineCallbacks(trendLineChartConfig(series)), { width: 900, height: 450 }))
 */
export function renderChartToPng<T extends ChartType, D = DefaultDataPoint<T>, L = unknown>(config: ChartConfiguration<T, D, L>, options: PngOptions = {}): Buffer {
  const width = options.width ?? 900;
  const height = options.height ?? 500;
  const canvas = createCanvas(width, height);
  const background = chartBackground(options.background);
  const previousFont = Chart.defaults.font.family;
  Chart.defaults.font.family = options.fontFamily ?? 'DejaVu Sans, Liberation Sans, Arial, sans-serif';
  let chart: Chart | undefined;
  try {
    chart = new Chart(canvas as unknown as HTMLCanvasElement, {
      ...config,
      platform: BasicPlatform,
      plugins: [...(config.plugins ?? []), background],
      options: { ...config.options, animation: false, responsive: false, maintainAspectRatio: false, devicePixelRatio: 1 },
    } as ChartConfiguration);
    return canvas.toBuffer('image/png');
  } finally {
    chart?.destroy();
    Chart.defaults.font.family = previousFont;
  }
}
