import { Chart, registerables, type ChartConfiguration } from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';
import { chartBackground } from '@/analysis/charts';
import { downloadUrl } from '@/lib/ui/download';

Chart.register(...registerables);
// Large enough to read when a chart is printed at the width of an A4 page.
Chart.defaults.font.size = 13;
Chart.defaults.color = '#1b1b1b';

interface Props {
  config: ChartConfiguration;
  /** What the chart shows, for screen readers (the numbers are in the table beside it). */
  description: string;
  /** A short name for the chart, to tell its "Save chart as PNG" button from the others. */
  title: string;
  fileName: string;
  /** Height in CSS pixels; the width is the page's. */
  height: number;
  /** Written to `data-drawn` once the chart is drawn, so that tests and benchmarks can wait for this view. */
  viewKey: string;
}

/** Draws the chart again on a detached canvas at twice the resolution, on white, and returns a PNG data URL. */
function toPng(config: ChartConfiguration, width: number, height: number): string {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  canvas.style.cssText = `position:absolute;left:-100000px;width:${width}px;height:${height}px`;
  document.body.append(canvas);
  const copy = new Chart(canvas, {
    ...config,
    plugins: [...(config.plugins ?? []), chartBackground()],
    options: { ...config.options, animation: false, responsive: false, maintainAspectRatio: false, devicePixelRatio: 2 },
  } as ChartConfiguration);
  try {
    return copy.toBase64Image('image/png', 1);
  } finally {
    copy.destroy();
    canvas.remove();
  }
}

/** A Chart.js chart with a text alternative and "Save chart as PNG" (white, at twice the pixels). */
export function ChartCanvas({ config, description, title, fileName, height, viewKey }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const figure = useRef<HTMLElement>(null);
  const chart = useRef<Chart>();
  useEffect(() => {
    chart.current = new Chart(canvas.current!, {
      ...config,
      options: { ...config.options, animation: false, responsive: true, maintainAspectRatio: false },
    } as ChartConfiguration);
    figure.current!.dataset['drawn'] = viewKey;
    return () => chart.current?.destroy();
  }, [config, viewKey]);
  const save = () => {
    const box = canvas.current!.getBoundingClientRect();
    downloadUrl(fileName, toPng(config, Math.round(box.width), Math.round(box.height)));
  };
  return (
    <figure class="chart" ref={figure}>
      <div class="chart-box" style={{ height: `${height}px` }}>
        <canvas ref={canvas} role="img" aria-label={description} />
      </div>
      <figcaption class="actions no-print">
        <button type="button" class="secondary" onClick={save}>
          Save chart as PNG<span class="visually-hidden">: {title}</span>
        </button>
      </figcaption>
    </figure>
  );
}
