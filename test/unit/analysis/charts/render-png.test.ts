// @vitest-environment node
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import type { ChartConfiguration } from 'chart.js';
import { describe, expect, it } from 'vitest';
import {
  divergingBarChartConfig,
  trendLineChartConfig,
  withDivergingBarCallbacks,
  withTrendLineCallbacks,
} from '../../../../analysis/charts';
import { renderChartToPng } from '../../../../analysis/charts/render-png';
import { agreeWithDontKnow, counts, series } from './fixtures';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const outDir = path.join(repoRoot, 'test-results', 'charts');

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** How many pixels of the decoded PNG are (nearly) the given colour. */
async function pixelsOf(png: Buffer, hex: string): Promise<number> {
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  const { data } = context.getImageData(0, 0, image.width, image.height);
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
  let count = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (Math.abs(data[i]! - r) <= 6 && Math.abs(data[i + 1]! - g) <= 6 && Math.abs(data[i + 2]! - b) <= 6) count++;
  }
  return count;
}

describe('renderChartToPng (Node)', () => {
  it('renders the trend line chart with its band to a PNG of the requested size', async () => {
    const config = withTrendLineCallbacks(trendLineChartConfig(series, { itemLabel: 'My workload this week was manageable.', groupLabel: 'Camden' }));
    const png = renderChartToPng(config as unknown as ChartConfiguration, { width: 900, height: 450 });
    expect(pngSize(png)).toEqual({ width: 900, height: 450 });
    mkdirSync(outDir, { recursive: true });
    writeFileSync(path.join(outDir, 'trend-line.png'), png);
    expect(await pixelsOf(png, '#FFFFFF')).toBeGreaterThan(900 * 450 * 0.4); // white background
    expect(await pixelsOf(png, '#364B9A')).toBeGreaterThan(500); // the line and its points
    // The band: #6EA6CD at 35% over white ≈ #CFE3F0.
    expect(await pixelsOf(png, '#CFE3F0')).toBeGreaterThan(10_000);
  });

  it('renders the diverging bar chart in all five colours', async () => {
    const rows = [
      { label: 'My workload this week was manageable.', counts: counts([[5, 10], [4, 30], [3, 20], [2, 25], [1, 15]]) },
      { label: 'I had enough time for direct work with children and families.', counts: counts([[5, 5], [4, 15], [3, 10], [2, 40], [1, 30], [9, 10]]) },
      { label: 'A small team', counts: counts([[5, 2], [4, 2]]) },
    ];
    const config = withDivergingBarCallbacks(divergingBarChartConfig(rows, agreeWithDontKnow, { title: 'This week, all authorities' }));
    const png = renderChartToPng(config as unknown as ChartConfiguration, { width: 900, height: 420 });
    expect(pngSize(png)).toEqual({ width: 900, height: 420 });
    mkdirSync(outDir, { recursive: true });
    writeFileSync(path.join(outDir, 'diverging-bars.png'), png);
    for (const colour of ['#F67E4B', '#FDB366', '#DDDDDD', '#6EA6CD', '#364B9A']) {
      expect(await pixelsOf(png, colour), colour).toBeGreaterThan(300);
    }
  });

  it('is deterministic: the same configuration gives the same bytes', () => {
    const config = trendLineChartConfig(series) as unknown as ChartConfiguration;
    expect(renderChartToPng(config, { width: 400, height: 300 }).equals(renderChartToPng(config, { width: 400, height: 300 }))).toBe(true);
  });
});

describe('browser safety', () => {
  it('keeps @napi-rs/canvas and Node built-ins out of everything but render-png', () => {
    for (const dir of ['charts', 'statistics', 'trends']) {
      const folder = path.join(repoRoot, 'analysis', dir);
      for (const file of readdirSync(folder).filter((f) => f.endsWith('.ts') && f !== 'render-png.ts')) {
        const source = readFileSync(path.join(folder, file), 'utf8');
        expect(source, `${dir}/${file}`).not.toMatch(/from '(@napi-rs\/canvas|node:[a-z]+|fs|path|[./]*render-png)'/);
        expect(source, `${dir}/${file}`).not.toMatch(/\bdocument\.|\bwindow\./);
      }
    }
  });
});
