/**
 * Benchmark: the dashboard with 100,000 pooled responses, in Debian's Chromium with the built
 * extension. Imports a generated canonical CSV through the page (as a manager would), then times
 * how long the table and both charts for one authority take to appear after it is chosen.
 * Target: within one second. Prints the figures; it is a benchmark, not a test.
 *
 * Run: npx wxt build && npx tsx bench/dashboard-in-chromium.ts [responses]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median } from 'simple-statistics';
import { writeDemoCsv } from '../analysis/demo/write-demo-csv';
import { getBuiltinInstrument } from '../lib/instruments/builtin';
import { launchExtension } from '../test/e2e/support/extension';

const responses = Number(process.argv[2] ?? 100_000);
const instrument = getBuiltinInstrument('ofsted-2011-social-workers');
const dir = mkdtempSync(join(tmpdir(), 'pulse-bench-'));
const file = join(dir, 'pool.csv');

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

try {
  const bytes = await writeDemoCsv(file, instrument, { seed: 11, responses, authorities: 40, weeks: 26 });
  console.log(`Generated ${responses.toLocaleString('en-GB')} responses (${(bytes / 1e6).toFixed(1)} MB).`);
  const ext = await launchExtension();
  try {
    const page = await ext.openPage('dashboard.html');
    let start = Date.now();
    await page.locator('#import-files').setInputFiles(file);
    await page.locator('.import-done').waitFor({ timeout: 600_000 });
    console.log(`Import through the page (parse in a worker, store in IndexedDB): ${seconds(Date.now() - start)}`);
    await page.locator('#scan-status').waitFor({ timeout: 600_000 });
    console.log(`First reading of the pool: ${await page.locator('#scan-status').textContent()}`);

    const codes = await page.locator('#filter-authority option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter((v) => v !== 'all'));
    const times: number[] = [];
    for (const code of codes.slice(0, 7)) {
      start = Date.now();
      await page.getByLabel('Authority', { exact: true }).selectOption(code);
      await page.waitForFunction(
        (chosen) => {
          const heading = document.querySelector('#table-title')?.textContent ?? '';
          const select = document.querySelector<HTMLSelectElement>('#filter-authority');
          const charts = document.querySelectorAll('figure.chart canvas').length;
          return select?.value === chosen && heading.startsWith('Results for') && charts >= 2;
        },
        code,
        { timeout: 60_000, polling: 'raf' },
      );
      times.push(Date.now() - start);
    }
    console.log(`Choosing an authority until its table and both charts are drawn (${times.length} authorities): median ${seconds(median(times))}, slowest ${seconds(Math.max(...times))}.`);
    console.log(`Target: within 1 s. ${Math.max(...times) <= 1000 ? 'Met.' : 'NOT met.'}`);
  } finally {
    await ext.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
