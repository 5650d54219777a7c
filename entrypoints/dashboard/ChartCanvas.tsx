import { Chart, registerables, type ChartConfiguration } from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';
import { downloadUrl } from '@/lib/ui/download';

Chart.register(...registerables);

interface Props {
  config: ChartConfiguration;
  /** What the chart shows, for screen readers (the numbers are in the table beside it). */
  description: string;
  fileName: string;
  height: number;
}

/** A Chart.js chart with a text alternative and "Save chart as PNG". */
export function ChartCanvas({ config, description, fileName, height }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart>();
  useEffect(() => {
    chart.current = new Chart(canvas.current!, {
      ...config,
      options: { ...config.options, animation: false, responsive: true, maintainAspectRatio: false },
    } as ChartConfiguration);
    return () => chart.current?.destroy();
  }, [config]);
  return (
    <figure class="chart">
      <div class="chart-box" style={{ height: `${height}px` }}>
        <canvas ref={canvas} role="img" aria-label={description} />
      </div>
      <figcaption class="actions no-print">
        <button type="button" class="secondary" onClick={() => chart.current && downloadUrl(fileName, chart.current.toBase64Image('image/png', 1))}>
          Save chart as PNG
        </button>
      </figcaption>
    </figure>
  );
}
