// @vitest-environment node
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { pulse, readCsv, tempDir } from './helpers';

const AGREE5: Record<string, number> = { 'strongly agree': 5, agree: 4, 'neither agree nor disagree': 3, disagree: 2, 'strongly disagree': 1 };
const Z = 1.959963984540054;

/** ISO 8601 week of a UTC timestamp ("2025-W07"), written out here from the definition (week 1 holds the first Thursday). */
function isoWeek(timestamp: string): string {
  const date = new Date(timestamp);
  const day = (date.getUTCDay() + 6) % 7;
  const thursday = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() - day + 3);
  const year = new Date(thursday).getUTCFullYear();
  const week = 1 + Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Wilson score interval (Wilson 1927), in percent. */
function wilson(x: number, n: number): [number, number] {
  const p = x / n;
  const centre = (p + (Z * Z) / (2 * n)) / (1 + (Z * Z) / n);
  const half = (Z / (1 + (Z * Z) / n)) * Math.sqrt((p * (1 - p)) / n + (Z * Z) / (4 * n * n));
  return [100 * (centre - half), 100 * (centre + half)];
}

describe('pulse trend', () => {
  let demo: string;
  let rows: Record<string, string>[];
  beforeAll(async () => {
    demo = `${tempDir()}/pulse.csv`;
    expect((await pulse(['demo', '--instrument', 'pulse', '--seed', '4', '--responses', '1500', '--authorities', '5', '--weeks', '6', '-o', demo])).code).toBe(0);
    rows = readCsv(demo);
  });

  it('writes the documented JSON, with points counted independently from the file', async () => {
    const result = await pulse(['trend', demo, '--instrument', 'pulse', '--item', 'workload_manageable', '--by', 'authority', '--interval', 'week', '--format', 'json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(Object.keys(json)).toEqual(['format', 'formatVersion', 'run', 'instrument', 'item', 'interval', 'groupBy', 'definitions', 'periods', 'series', 'notes']);
    expect(json.format).toBe('frontline-pulse/trend');
    expect(json.formatVersion).toBe(1);
    expect(json.item.id).toBe('workload_manageable');
    expect(json.interval).toBe('week');
    expect(json.groupBy).toBe('authority');
    expect(json.definitions).toMatchObject({ base: 'answered', baseCodes: [5, 4, 3, 2, 1], positiveCodes: [5, 4], meanCodes: [5, 4, 3, 2, 1], minGroupSize: 5, z: Z });
    const weeks = [...new Set(rows.map((r) => isoWeek(r.submitted_at!)))].sort();
    expect(json.periods).toEqual(weeks);
    const authorities = [...new Set(rows.map((r) => r.authority_code!))].sort();
    expect(json.series.map((s: { group: string | null }) => s.group)).toEqual([...authorities, null]);
    expect(json.series.at(-1)).toMatchObject({ label: 'All authorities', total: true });

    let checked = 0;
    for (const series of json.series) {
      expect(Object.keys(series)).toEqual(['group', 'label', 'total', 'points']);
      for (const point of series.points) {
        expect(Object.keys(point)).toEqual(['period', 'suppressed', 'text', 'n', 'percentPositive', 'lower', 'upper', 'mean', 'sd', 'meanN']);
        const answers = rows
          .filter((r) => (series.group === null || r.authority_code === series.group) && isoWeek(r.submitted_at!) === point.period)
          .map((r) => AGREE5[r.workload_manageable!.toLowerCase()]!);
        const n = answers.length;
        if (n < 5) expect(point.suppressed).toBe(true);
        if (point.suppressed) {
          expect(point).toEqual({ period: point.period, suppressed: true, text: 'fewer than 5 responses', n: null, percentPositive: null, lower: null, upper: null, mean: null, sd: null, meanN: null });
          continue;
        }
        const positive = answers.filter((code) => code >= 4).length;
        const [lower, upper] = wilson(positive, n);
        expect(point.n).toBe(n);
        expect(point.percentPositive).toBeCloseTo((100 * positive) / n, 10);
        expect(point.lower).toBeCloseTo(lower, 10);
        expect(point.upper).toBeCloseTo(upper, 10);
        const mean = answers.reduce((a, b) => a + b, 0) / n;
        expect(point.mean).toBeCloseTo(mean, 10);
        // Sample SD, written out: sqrt(Σ (x − mean)² / (n − 1)).
        expect(point.sd).toBeCloseTo(Math.sqrt(answers.reduce((sum, x) => sum + (x - mean) ** 2, 0) / (n - 1)), 10);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('gives byte-identical output across runs, and months as YYYY-MM', async () => {
    for (const format of ['json', 'md', 'csv']) {
      const args = ['trend', demo, '--instrument', 'pulse', '--item', 'week_overall', '--interval', 'month', '--format', format];
      const first = await pulse(args);
      expect(first.code).toBe(0);
      expect((await pulse(args)).stdout).toBe(first.stdout);
    }
    const json = JSON.parse((await pulse(['trend', demo, '--instrument', 'pulse', '--item', 'week_overall', '--interval', 'month', '--by', 'none', '--format', 'json'])).stdout);
    expect(json.periods.every((p: string) => /^\d{4}-\d{2}$/.test(p))).toBe(true);
    expect(json.series).toHaveLength(1);
    expect(json.groupBy).toBeNull();
  });

  it('writes CSV as a plain table with the SD, and its run record beside it (a file, or stderr)', async () => {
    const dir = tempDir();
    const args = ['trend', demo, '--instrument', 'pulse', '--item', 'workload_manageable', '--format', 'csv'];
    const written = await pulse([...args, '-o', `${dir}/trend.csv`]);
    expect(written.code).toBe(0);
    const csv = readCsv(`${dir}/trend.csv`);
    expect(Object.keys(csv[0]!)).toEqual(['group', 'label', 'period', 'status', 'n', 'percent_positive', 'lower', 'upper', 'mean', 'sd', 'mean_n']);
    const record = JSON.parse(readFileSync(`${dir}/trend.csv.run.json`, 'utf8'));
    expect(record).toMatchObject({ tool: 'frontline-pulse', command: 'trend', options: { format: 'csv', output: `${dir}/trend.csv` } });
    const printed = await pulse(args);
    expect(printed.stdout.startsWith('group,label,period,')).toBe(true);
    expect(JSON.parse(printed.stderr)).toMatchObject({ command: 'trend', inputs: [{ role: 'data', file: demo }], options: { format: 'csv', output: null } });
  });
});
