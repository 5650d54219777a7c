// @vitest-environment node
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { externalDir, pulse, readCsv, tempDir, writeFile } from './helpers';

/** A two-option instrument for pingouin's heart data: sex × target, the classic chi-square example. */
const heartInstrument = {
  id: 'heart',
  version: '1.0.0',
  title: 'Heart disease (pingouin example data)',
  roles: ['social_worker'],
  groupLabel: 'patients',
  scales: [{ id: 'target', options: [{ code: 0, label: 'No' }, { code: 1, label: 'Yes' }] }],
  sections: [{ id: 'all', items: [{ id: 'target', type: 'single', scale: 'target', text: 'Heart disease' }] }],
};

/** Pearson's chi-square of a table, written out here from the definition. */
function pearson(table: number[][]): number {
  const n = table.flat().reduce((a, b) => a + b, 0);
  const rows = table.map((r) => r.reduce((a, b) => a + b, 0));
  const columns = table[0]!.map((_, c) => table.reduce((sum, r) => sum + r[c]!, 0));
  let statistic = 0;
  table.forEach((r, i) => r.forEach((o, j) => (statistic += (o - (rows[i]! * columns[j]!) / n) ** 2 / ((rows[i]! * columns[j]!) / n))));
  return statistic;
}

describe('pulse crosstab', () => {
  let dir: string;
  let canonical: string;
  let instrument: string;
  beforeAll(() => {
    dir = tempDir();
    instrument = writeFile(dir, 'heart.json', JSON.stringify(heartInstrument));
    // pingouin's file as canonical CSV: one response per patient, "authority" = sex (F = 0, M = 1).
    const lines = readFileSync(`${externalDir}/pingouin-chi2_independence.csv`, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    const header = lines[0]!.split(',');
    const sex = header.indexOf('sex');
    const target = header.indexOf('target');
    const out = ['response_id,instrument,instrument_version,submitted_at,authority_code,authority_name,role,team,target'];
    lines.slice(1).forEach((line, i) => {
      const cells = line.split(',');
      const code = cells[sex] === '1' ? 'M' : 'F';
      out.push(`p${i + 1},heart,1.0.0,2020-01-01,${code},${code === 'M' ? 'Male' : 'Female'},social_worker,,${cells[target]}`);
    });
    canonical = writeFile(dir, 'heart.csv', `${out.join('\n')}\n`);
  });

  it("gives Pearson's chi-square and Cramér's V for sex × target (pingouin: χ² 23.91 without correction, 1 df)", async () => {
    const result = await pulse(['crosstab', canonical, '--instrument', instrument, '--item', 'target', '--format', 'json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    const rows = readCsv(canonical);
    const table = ['F', 'M'].map((code) => ['0', '1'].map((answer) => rows.filter((r) => r.authority_code === code && r.target === answer).length));
    expect(table).toEqual([[24, 72], [114, 93]]);
    const statistic = pearson(table);
    expect(json.test.statistic).toBeCloseTo(statistic, 9);
    expect(json.test.statistic).toBeCloseTo(23.914, 2);
    expect(json.test.df).toBe(1);
    expect(json.test.n).toBe(303);
    expect(json.test.cramersV).toBeCloseTo(Math.sqrt(statistic / 303), 9);
    expect(json.test.groupsTested).toEqual(['Female', 'Male']);
    expect(json.groups.map((g: { n: number }) => g.n)).toEqual([96, 207]);
    expect(json.run.instrument).toEqual({ id: 'heart', version: '1.0.0', file: instrument });
  });

  it('prints percentages per group with the test, the same every time, and leaves suppressed groups out of the test', async () => {
    const args = ['crosstab', canonical, '--instrument', instrument, '--item', 'target'];
    const md = await pulse(args);
    expect(md.stdout).toContain("χ²(1) = 23.91, p < 0.001, Cramér's V = 0.281");
    expect((await pulse(args)).stdout).toBe(md.stdout);
    const small = writeFile(
      dir,
      'small.csv',
      ['response_id,instrument,instrument_version,submitted_at,authority_code,authority_name,role,team,target', ...Array.from({ length: 36 }, (_, i) => `s${i},heart,1.0.0,2020-01-01,${i < 3 ? 'X' : i < 13 ? 'Y' : i < 24 ? 'Z' : 'W'},,social_worker,,${i % 2}`)].join('\n'),
    );
    const json = JSON.parse((await pulse(['crosstab', small, '--instrument', instrument, '--item', 'target', '--format', 'json'])).stdout);
    // X has 3 responses: hidden; Y (10, the smallest other) is hidden too, or X = total − W − Y − Z.
    expect(json.groups.map((g: { label: string; suppressed: boolean }) => [g.label, g.suppressed])).toEqual([
      ['Authority W', false],
      ['Authority X', true],
      ['Authority Y', true],
      ['Authority Z', false],
    ]);
    expect(json.groups[1].n).toBeNull();
    expect(json.test.groupsLeftOut).toEqual(['Authority X', 'Authority Y']);
    expect(json.test.groupsTested).toEqual(['Authority W', 'Authority Z']);
  });
});
