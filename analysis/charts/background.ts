import type { Plugin } from 'chart.js';

/**
 * A Chart.js plugin that paints the whole canvas one colour before the chart is drawn: canvases
 * are transparent, so a chart saved as PNG would otherwise show whatever lies behind it.
 *
 * @example
 * new Chart(canvas, { ...config, plugins: [chartBackground()] })
 */
export function chartBackground(colour = '#FFFFFF'): Plugin {
  return {
    id: 'frontlinePulseBackground',
    beforeDraw(chart) {
      const context = chart.ctx;
      context.save();
      context.fillStyle = colour;
      context.fillRect(0, 0, chart.width, chart.height);
      context.restore();
    },
  };
}
