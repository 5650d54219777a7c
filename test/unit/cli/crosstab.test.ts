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
  let instrument: string;
  const heart = `${externalDir}/pingouin-chi2_independence.csv`;
  beforeAll(() => {
    dir = tempDir();
    instrument = writeFile(dir, 'heart.json', JSON.stringify(heartInstrument));
  });

  it("reads pingouin's plain CSV directly: sex × target, Pearson's chi-square and Cramér's V counted independently", async () => {
    const result = await pulse(['crosstab', heart, '--rows', 'sex', '--cols', 'target', '--format', 'json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    const rows = readCsv(heart);
    const table = ['0', '1'].map((sex) => ['0', '1'].map((target) => rows.filter((r) => r.sex === sex && r.target === target).length));
    expect(table).toEqual([[24, 72], [114, 93]]);
    const statistic = pearson(table);
    expect(json.test.statistic).toBeCloseTo(statistic, 9);
    expect(json.test.df).toBe(1);
    expect(json.test.n).toBe(303);
    expect(json.test.cramersV).toBeCloseTo(Math.sqrt(statistic / 303), 9);
    expect(json.test.groupsTested).toEqual(['0', '1']);
    expect(json.groups.map((g: { n: number }) => g.n)).toEqual([96, 207]); // pingouin: sex value counts 96 and 207
    expect(json.instrument).toBeNull();
    expect(json.groupBy).toBe('sex');
    expect(json.run.options).toMatchObject({ rows: 'sex', cols: 'target', yates: false });
  });

  it("gives pingouin's published figures with Yates' correction (its default for 1 df): χ² 22.717, Cramér's V 0.274, the expected table", async () => {
    const json = JSON.parse((await pulse(['crosstab', heart, '--rows', 'sex', '--cols', 'target', '--yates', '--format', 'json'])).stdout);
    // pingouin.chi2_independence(data, x='sex', y='target'): stats.round(3) pearson chi2 22.717, cramer 0.274;
    // expected [[43.722772, 52.277228], [94.277228, 112.722772]].
    expect(json.test.statistic).toBeCloseTo(22.717, 3);
    expect(json.test.cramersV).toBeCloseTo(0.274, 3);
    expect(json.test.continuityCorrection).toBe(true);
    json.test.expected.flat().forEach((value: number, i: number) => expect(value).toBeCloseTo([43.722772, 52.277228, 94.277228, 112.722772][i]!, 6));
    const md = (await pulse(['crosstab', heart, '--rows', 'sex', '--cols', 'target', '--yates'])).stdout;
    expect(md).toContain("χ²(1) = 22.72, p < 0.001, Cramér's V = 0.274 (n = 303).");
    expect(md).toContain("with Yates' continuity correction");
  });

  it('reads the same figures from a canonical CSV of the same data', async () => {
    // pingouin's file as canonical CSV: one response per patient, "authority" = sex (F = 0, M = 1).
    const lines = readFileSync(heart, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    const header = lines[0]!.split(',');
    const [sex, target] = [header.indexOf('sex'), header.indexOf('target')];
    const out = ['response_id,instrument,instrument_version,submitted_at,authority_code,authority_name,role,team,target'];
    lines.slice(1).forEach((line, i) => {
      const cells = line.split(',');
      const code = cells[sex] === '1' ? 'M' : 'F';
      out.push(`p${i + 1},heart,1.0.0,2020-01-01,${code},${code === 'M' ? 'Male' : 'Female'},social_worker,,${cells[target]}`);
    });
    const canonical = writeFile(dir, 'heart.csv', `${out.join('\n')}\n`);
    const json = JSON.parse((await pulse(['crosstab', canonical, '--instrument', instrument, '--item', 'target', '--format', 'json'])).stdout);
    const plain = JSON.parse((await pulse(['crosstab', heart, '--rows', 'sex', '--cols', 'target', '--format', 'json'])).stdout);
    expect(json.test.statistic).toBe(plain.test.statistic);
    expect(json.test.groupsTested).toEqual(['Female', 'Male']);
    expect(json.run.instrument).toEqual({ id: 'heart', version: '1.0.0', file: instrument });
    const wrong = await pulse(['crosstab', canonical, '--rows', 'sex', '--cols', 'target']);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('--rows and --cols are for a plain CSV');
    expect((await pulse(['crosstab', heart, '--instrument', instrument, '--item', 'target'])).stderr).toContain('is a plain CSV');
  });

  it('prints percentages per group with the test, the same every time, and leaves suppressed groups out of the test', async () => {
    const args = ['crosstab', heart, '--rows', 'sex', '--cols', 'target'];
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

  it('adds the nets with --net in Markdown and CSV; the CSV is a plain table with the test on the total row, its run record beside it', async () => {
    const demo = `${dir}/pulse.csv`;
    await pulse(['demo', '--instrument', 'pulse', '--seed', '2', '--responses', '400', '--authorities', '4', '-o', demo]);
    const rows = readCsv(demo);
    const md = (await pulse(['crosstab', demo, '--instrument', 'pulse', '--item', 'workload_manageable', '--net'])).stdout;
    expect(md).toMatch(/\| Authority \(n\) \| Strongly agree \| Agree \| Neither agree nor disagree \| Disagree \| Strongly disagree \| Net agree \| Net disagree \|/);
    // The total's nets, counted from the file: (Strongly agree + Agree) / n, rounded half up.
    const answers = rows.map((r) => r.workload_manageable!.toLowerCase()).filter((a) => a !== '');
    const agree = answers.filter((a) => a === 'strongly agree' || a === 'agree').length;
    const disagree = answers.filter((a) => a === 'disagree' || a === 'strongly disagree').length;
    const half = (c: number) => Math.floor((200 * c + answers.length) / (2 * answers.length));
    expect(md).toMatch(new RegExp(`\\| All authorities \\(${answers.length}\\) \\|( \\d+ \\|){5} ${half(agree)} \\| ${half(disagree)} \\|`));
    const out = `${dir}/crosstab.csv`;
    const csv = await pulse(['crosstab', demo, '--instrument', 'pulse', '--item', 'workload_manageable', '--net', '--format', 'csv', '-o', out]);
    expect(csv.code).toBe(0);
    const table = readCsv(out);
    expect(Object.keys(table[0]!)).toEqual(['group', 'n', 'Strongly agree (%)', 'Agree (%)', 'Neither agree nor disagree (%)', 'Disagree (%)', 'Strongly disagree (%)', 'Net agree (%)', 'Net disagree (%)', 'chi_square', 'df', 'p_value', 'cramers_v']);
    const total = table.at(-1)!;
    expect(total.group).toBe('All authorities');
    expect(Number(total['Net agree (%)'])).toBe(half(agree));
    const json = JSON.parse((await pulse(['crosstab', demo, '--instrument', 'pulse', '--item', 'workload_manageable', '--format', 'json'])).stdout);
    expect(Number(total.chi_square)).toBeCloseTo(json.test.statistic, 9);
    expect(Number(total.df)).toBe(json.test.df);
    expect(Number(total.cramers_v)).toBeCloseTo(json.test.cramersV, 9);
    expect(table.slice(0, -1).every((row) => row.chi_square === '')).toBe(true);
    expect(JSON.parse(readFileSync(`${out}.run.json`, 'utf8'))).toMatchObject({ command: 'crosstab', options: { net: true, format: 'csv', output: out } });
    const help = (await pulse(['crosstab', '--help'])).stdout;
    expect(help.split('\n\n')[0]).toContain('[--net]'); // the usage line
  });
});
