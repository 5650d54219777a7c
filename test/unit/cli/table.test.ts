// @vitest-environment node
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate, longCsv, publishedRows, publishedTotal, wideCsv } from '../analysis/helpers/annex-a-respondents';
import { halfUp, packageVersion, pulse, readCsv, sha256, tempDir, writeFile } from './helpers';
import { wilsonPercent } from '../analysis/helpers/wilson-percent';

/** The Ofsted scale as printed in Annex A, in column order, with its codes (independent of the code under test). */
const LABELS = ['Strongly agree', 'Agree', 'Neither agree or disagree', 'Disagree', 'Strongly disagree', "Don't know"];
const CODES = [5, 4, 3, 2, 1, 9];
const SW = 'ofsted-2011-social-workers';

/** The substantive codes of one item in the rows ("Don't know" and blanks left out), from the raw cells. */
function substantiveCodes(rows: Record<string, string>[], item: string): number[] {
  return rows.flatMap((row) => {
    const cell = row[item]!.trim().toLowerCase();
    const index = LABELS.findIndex((label) => label.toLowerCase() === cell);
    const code = index === -1 ? Number(cell) : CODES[index]!;
    return cell === '' || code === 9 ? [] : [code];
  });
}

/** Mean, sample SD and median, written out from their definitions. */
function describe3(values: number[]): { n: number; mean: number; sd: number; median: number } {
  const n = values.length;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(values.reduce((sum, x) => sum + (x - mean) ** 2, 0) / (n - 1));
  const sorted = [...values].sort((a, b) => a - b);
  const median = n % 2 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
  return { n, mean, sd, median };
}


/** Counts per option (in scale order) of one item in a demo CSV, from the raw cells. */
function countOptions(rows: Record<string, string>[], item: string): number[] {
  const counts = LABELS.map(() => 0);
  for (const row of rows) {
    const cell = row[item]!.trim();
    if (cell === '') continue;
    const index = LABELS.findIndex((label) => label.toLowerCase() === cell.toLowerCase());
    counts[index === -1 ? CODES.indexOf(Number(cell)) : index]! += 1;
  }
  return counts;
}

describe('pulse table', () => {
  let dir: string;
  let demo: string;
  let rows: Record<string, string>[];
  beforeAll(async () => {
    dir = tempDir();
    demo = `${dir}/demo.csv`;
    const made = await pulse(['demo', '--instrument', SW, '--seed', '3', '--responses', '900', '--authorities', '7', '--weeks', '6', '-o', demo]);
    expect(made.code).toBe(0);
    rows = readCsv(demo);
  });

  it('writes the documented JSON: every key, every cell shape', async () => {
    const result = await pulse(['table', demo, '--instrument', SW, '--by', 'authority', '--net', '--benchmark', '--format', 'json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(Object.keys(json)).toEqual([
      'format', 'formatVersion', 'run', 'instrument', 'groupBy', 'header', 'nNote', 'settings', 'total', 'groups', 'authority', 'sections', 'omittedItems', 'notes', 'responseRates',
    ]);
    expect(json.format).toBe('frontline-pulse/table');
    expect(json.formatVersion).toBe(1);
    expect(Object.keys(json.run)).toEqual(['tool', 'toolVersion', 'command', 'inputs', 'instrument', 'options', 'commandLine']);
    expect(json.instrument).toEqual({ id: SW, version: '1.0.0', title: 'Ofsted 2011 staff questionnaire: social workers', groupLabel: 'social workers' });
    expect(json.groupBy).toEqual(['authority']);
    expect(json.settings).toEqual({ rounding: 'half-up', decimals: 0, base: 'answered', net: true, minGroupSize: 5, benchmark: 'social workers' });
    expect(Object.keys(json.total)).toEqual(['values', 'labels', 'label', 'heading', 'respondents', 'suppressed']);
    expect(json.total.respondents).toBe(900);
    expect(json.header).toBe('A total of 900 social workers responded to the questionnaire');
    expect(json.authority).toBeNull();
    const items = json.sections.flatMap((s: { items: unknown[] }) => s.items);
    expect(items).toHaveLength(40);
    for (const item of items) {
      expect(Object.keys(item)).toEqual(['id', 'type', 'stem', 'text', 'statement', 'scale', 'multiple', 'options', 'net', 'total', 'groups', 'benchmark', 'statistics']);
      expect(item.statistics).toBeNull();
      expect(item.groups).toHaveLength(json.groups.length);
      for (const cell of [item.total, ...item.groups]) {
        expect(Object.keys(cell)).toEqual(['suppressed', 'text', 'n', 'counts', 'percents', 'netPositive', 'netNegative']);
      }
    }
    const lmCpd = items.find((i: { id: string }) => i.id === 'lm_cpd');
    expect(lmCpd.options.map((o: { label: string }) => o.label)).toEqual(LABELS);
    expect(lmCpd.benchmark).toMatchObject({ group: 'social workers', n: 445, percents: [22, 55, 15, 7, 1, 1] }); // Annex A, as published
    expect(json.notes.join(' ')).toContain('rounded half up');
  });

  it('gives n and half-up percentages counted independently from the file, per authority too', async () => {
    const json = JSON.parse((await pulse(['table', demo, '--instrument', SW, '--by', 'authority', '--format', 'json'])).stdout);
    const items = json.sections.flatMap((s: { items: unknown[] }) => s.items);
    for (const id of ['induction_safeguarding', 'lm_cpd', 'support_vital_outcomes']) {
      const item = items.find((i: { id: string }) => i.id === id);
      const counts = countOptions(rows, id);
      const n = counts.reduce((a, b) => a + b, 0);
      expect(item.total).toEqual({ suppressed: false, text: null, n, counts, percents: counts.map((c) => halfUp(c, n)), netPositive: null, netNegative: null });
      json.groups.forEach((group: { values: string[]; respondents: number | null }, g: number) => {
        const mine = rows.filter((r) => r.authority_code === group.values[0]);
        expect(group.respondents).toBe(mine.length);
        const groupCounts = countOptions(mine, id);
        expect(item.groups[g].counts).toEqual(groupCounts);
      });
    }
    expect(json.groups.map((g: { values: string[] }) => g.values[0]).sort()).toEqual([...new Set(rows.map((r) => r.authority_code))].sort());
  });

  it('records what is needed to rerun it: version, instrument, SHA-256 of the input, every option', async () => {
    const json = JSON.parse((await pulse(['table', demo, '--instrument', SW, '--by', 'authority,role', '--format', 'json'])).stdout);
    expect(json.run).toEqual({
      tool: 'frontline-pulse',
      toolVersion: packageVersion(),
      command: 'table',
      inputs: [{ role: 'data', file: demo, sha256: sha256(demo), bytes: readFileSync(demo).length }],
      instrument: { id: SW, version: '1.0.0', file: null },
      options: { instrument: SW, by: ['authority', 'role'], rounding: 'half-up', base: 'answered', net: false, minGroup: 5, authority: null, benchmark: false, stats: false, invited: null, format: 'json', output: null },
      commandLine: `pulse table ${demo} --instrument ${SW} --by authority,role --format json`,
    });
  });

  it('gives byte-identical output for the same input and options, in every format', async () => {
    for (const format of ['json', 'md', 'csv', 'html']) {
      const args = ['table', demo, '--instrument', SW, '--by', 'authority', '--net', '--format', format];
      const first = await pulse(args);
      const second = await pulse(args);
      expect(first.code).toBe(0);
      expect(second.stdout).toBe(first.stdout);
    }
  });

  it('reproduces the published Annex A percentages from respondent-level data (wide and long files)', async () => {
    const data = generate('social workers');
    for (const [name, text] of [['annex-wide.csv', wideCsv(data)], ['annex-long.csv', longCsv(data)]] as const) {
      const file = writeFile(dir, name, text);
      const json = JSON.parse((await pulse(['table', file, '--instrument', SW, '--benchmark', '--format', 'json'])).stdout);
      expect(json.header).toBe(`A total of ${publishedTotal('social workers')} social workers responded to the questionnaire`);
      const items = json.sections.flatMap((s: { items: unknown[] }) => s.items);
      for (const row of publishedRows('social workers')) {
        const item = items.find((i: { id: string }) => i.id === row.itemId);
        expect(item.total.n, row.key).toBe(row.n);
        expect(item.total.percents, row.key).toEqual(row.percent);
        expect(item.benchmark.percents, row.key).toEqual(row.percent);
      }
    }
  });

  it('lays out one authority beside all authorities with --authority', async () => {
    const code = rows[0]!.authority_code!;
    const json = JSON.parse((await pulse(['table', demo, '--instrument', SW, '--authority', code, '--format', 'json'])).stdout);
    const mine = rows.filter((r) => r.authority_code === code);
    expect(json.authority).toEqual({
      code,
      name: mine[0]!.authority_name,
      heading: `Results for ${mine[0]!.authority_name} (n = ${mine.length})`,
      allHeading: 'All authorities (base = 900)',
    });
    expect(json.groups).toHaveLength(1);
    const md = (await pulse(['table', demo, '--instrument', SW, '--authority', code])).stdout;
    expect(md).toContain(`## Results for ${mine[0]!.authority_name} (n = ${mine.length})`);
    const wrong = await pulse(['table', demo, '--instrument', SW, '--authority', 'XXX']);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('--authority XXX: no responses from that authority');
  });

  it('never shows a figure for fewer than 5 responses (suppressed cells carry no numbers)', async () => {
    const small = `${dir}/small.csv`;
    await pulse(['demo', '--instrument', SW, '--seed', '5', '--responses', '70', '--authorities', '14', '-o', small]);
    const json = JSON.parse((await pulse(['table', small, '--instrument', SW, '--by', 'authority', '--format', 'json'])).stdout);
    const smallRows = readCsv(small);
    const sizes = json.groups.map((g: { values: string[] }) => smallRows.filter((r) => r.authority_code === g.values[0]).length);
    expect(sizes.some((size: number) => size < 5)).toBe(true);
    json.groups.forEach((group: { respondents: number | null; suppressed: boolean; heading: string }, g: number) => {
      if (sizes[g] < 5) {
        expect(group.suppressed).toBe(true);
        expect(group.respondents).toBeNull();
        expect(group.heading).toContain('fewer than 5 responses');
      }
    });
    for (const item of json.sections.flatMap((s: { items: unknown[] }) => s.items)) {
      for (const cell of item.groups) {
        if (cell.suppressed) expect(cell).toEqual({ suppressed: true, text: 'fewer than 5 responses', n: null, counts: null, percents: null, netPositive: null, netNegative: null });
        else expect(cell.n).toBeGreaterThanOrEqual(5);
      }
    }
    const md = (await pulse(['table', small, '--instrument', SW, '--by', 'authority'])).stdout;
    expect(md).toContain('fewer than 5 responses');
  });

  it('writes tidy CSV, Markdown with the notes, and a self-contained HTML page', async () => {
    const csv = (await pulse(['table', demo, '--instrument', SW, '--format', 'csv'])).stdout;
    expect(csv.split('\r\n')[0]).toBe('section,item_id,statement,group_key,group_label,status,n,option_code,option_label,count,percent');
    const md = (await pulse(['table', demo, '--instrument', SW, '--rounding', 'largest-remainder'])).stdout;
    expect(md).toContain('A total of 900 social workers responded to the questionnaire');
    expect(md).toContain('largest remainder');
    expect(md).toContain(`SHA-256 ${sha256(demo)}`);
    const html = (await pulse(['table', demo, '--instrument', SW, '--format', 'html'])).stdout;
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/(src|href)="https?:/);
  });

  it('adds mean, SD and median of the codes with --stats, substantive answers only, counted independently', async () => {
    const json = JSON.parse((await pulse(['table', demo, '--instrument', SW, '--by', 'authority', '--stats', '--format', 'json'])).stdout);
    const items = json.sections.flatMap((s: { items: unknown[] }) => s.items);
    for (const id of ['induction_safeguarding', 'sufficient_time', 'lm_cpd']) {
      const item = items.find((i: { id: string }) => i.id === id);
      const total = describe3(substantiveCodes(rows, id));
      expect(item.statistics.total.n).toBe(total.n);
      expect(item.statistics.total.mean).toBeCloseTo(total.mean, 10);
      expect(item.statistics.total.sd).toBeCloseTo(total.sd, 10);
      expect(item.statistics.total.median).toBe(total.median);
      json.groups.forEach((group: { values: string[] }, g: number) => {
        const mine = describe3(substantiveCodes(rows.filter((r) => r.authority_code === group.values[0]), id));
        expect(item.statistics.groups[g].mean).toBeCloseTo(mine.mean, 10);
        expect(item.statistics.groups[g].median).toBe(mine.median);
      });
    }
    // Choose-three items have no mean.
    expect(items.find((i: { id: string }) => i.id === 'three_most_important_support').statistics).toBeNull();
    const md = (await pulse(['table', demo, '--instrument', SW, '--stats'])).stdout;
    expect(md).toContain('### Mean, SD and median');
    expect(md).toContain('"Don\'t know" and blanks are left out');
    const csv = await pulse(['table', demo, '--instrument', SW, '--stats', '--format', 'csv']);
    expect(csv.code).toBe(1);
    expect(csv.stderr).toContain('--stats needs --format md, json or html');
  });

  it('gives response rates with 95% Wilson intervals from an invited file, hidden where the group is', async () => {
    const small = `${dir}/rates.csv`;
    await pulse(['demo', '--instrument', SW, '--seed', '5', '--responses', '70', '--authorities', '14', '-o', small]);
    const smallRows = readCsv(small);
    const sizes = new Map<string, number>();
    for (const row of smallRows) sizes.set(row.authority_code!, (sizes.get(row.authority_code!) ?? 0) + 1);
    const invited = new Map([...sizes].map(([code, n]) => [code, 2 * n + 7]));
    const file = writeFile(dir, 'invited.csv', `authority_code,invited\n${[...invited].map(([code, n]) => `${code},${n}`).join('\n')}\n`);
    const json = JSON.parse((await pulse(['table', small, '--instrument', SW, '--by', 'authority', '--invited', file, '--format', 'json'])).stdout);
    expect(json.run.inputs.map((i: { role: string }) => i.role)).toEqual(['data', 'invited']);
    let shown = 0;
    json.groups.forEach((group: { values: string[]; suppressed: boolean }, g: number) => {
      const rate = json.responseRates.authorities[g];
      const code = group.values[0]!;
      expect(rate.code).toBe(code);
      expect(rate.invited).toBe(invited.get(code));
      if (group.suppressed) {
        expect(rate).toMatchObject({ suppressed: true, text: 'fewer than 5 responses', responded: null, rate: null, lower: null, upper: null });
        return;
      }
      const [lower, upper] = wilsonPercent(sizes.get(code)!, invited.get(code)!);
      expect(rate.responded).toBe(sizes.get(code));
      expect(rate.rate).toBeCloseTo((100 * sizes.get(code)!) / invited.get(code)!, 10);
      expect(rate.lower).toBeCloseTo(lower, 10);
      expect(rate.upper).toBeCloseTo(upper, 10);
      shown++;
    });
    expect(shown).toBeGreaterThan(0);
    expect(json.groups.some((g: { suppressed: boolean }) => g.suppressed)).toBe(true);
    const invitedTotal = [...invited.values()].reduce((a, b) => a + b, 0);
    expect(json.responseRates.total).toMatchObject({ label: 'All authorities', invited: invitedTotal, responded: 70 });
    const md = (await pulse(['table', small, '--instrument', SW, '--by', 'authority', '--invited', file])).stdout;
    expect(md).toContain('| Authority | Invited | Responded | Response rate | 95% interval |');
  });

  it('refuses a bad invited file, naming file, line and column (exit 2)', async () => {
    const [first, second] = [...new Set(rows.map((r) => r.authority_code!))];
    const many = rows.filter((r) => r.authority_code === second).length;
    const rest = [...new Set(rows.map((r) => r.authority_code!))].slice(2).map((code) => `${code},1000`);
    const bad = writeFile(dir, 'bad-invited.csv', ['authority_code,invited', `${first},lots`, `${second},${many - 1}`, 'ZZZ,10', ...rest].join('\n'));
    const number = await pulse(['table', demo, '--instrument', SW, '--by', 'authority', '--invited', bad]);
    expect(number.code).toBe(2);
    expect(number.stderr).toContain(`${bad}, line 2, column B ("invited"): "lots" is not a whole number`);
    const checked = writeFile(dir, 'bad-invited-2.csv', ['authority_code,invited', `${second},${many - 1}`, 'ZZZ,10', ...rest].join('\n'));
    const result = await pulse(['table', demo, '--instrument', SW, '--by', 'authority', '--invited', checked]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${checked}, line 2, column B ("invited"): fewer invited (${many - 1}) than responded`);
    expect(result.stderr).toContain(`${checked}, line 3, column A ("authority_code"): unknown authority code "ZZZ"`);
    expect(result.stderr).toContain(`no invited count for authority "${first}"`);
    expect((await pulse(['table', demo, '--instrument', SW, '--invited', checked])).stderr).toContain('--invited needs the table broken down by authority');
  });

  it('writes CSV as a plain table and its run record beside it: FILE.run.json, or JSON on stderr', async () => {
    const out = `${dir}/table.csv`;
    const written = await pulse(['table', demo, '--instrument', SW, '--by', 'authority', '--format', 'csv', '-o', out]);
    expect(written.code).toBe(0);
    expect(readFileSync(out, 'utf8').split('\r\n')[0]).toBe('section,item_id,statement,group_key,group_label,status,n,option_code,option_label,count,percent');
    const record = JSON.parse(readFileSync(`${out}.run.json`, 'utf8'));
    expect(record).toMatchObject({
      tool: 'frontline-pulse',
      toolVersion: packageVersion(),
      command: 'table',
      inputs: [{ role: 'data', file: demo, sha256: sha256(demo) }],
      instrument: { id: SW, version: '1.0.0', file: null },
      options: { by: ['authority'], format: 'csv', output: out },
      commandLine: `pulse table ${demo} --instrument ${SW} --by authority --format csv -o ${out}`,
    });
    const printed = await pulse(['table', demo, '--instrument', SW, '--format', 'csv']);
    expect(JSON.parse(printed.stderr)).toMatchObject({ command: 'table', inputs: [{ role: 'data', file: demo, sha256: sha256(demo) }], options: { format: 'csv', output: null } });
  });

  it('hides a second group where one small authority could be worked out from the total (complementary suppression)', async () => {
    const lines = readFileSync(demo, 'utf8').replace(/\r\n$/, '').split('\r\n');
    const [header, ...body] = lines;
    const codeAt = header!.split(',').indexOf('authority_code');
    const codes = [...new Set(body.map((line) => line.split(',')[codeAt]))];
    // Keep two authorities whole and three responses of a third.
    const keep = body.filter((line) => codes.slice(0, 2).includes(line.split(',')[codeAt]));
    const few = body.filter((line) => line.split(',')[codeAt] === codes[2]).slice(0, 3);
    const file = writeFile(dir, 'one-small.csv', [header, ...keep, ...few].join('\r\n'));
    const fileRows = readCsv(file);
    const json = JSON.parse((await pulse(['table', file, '--instrument', SW, '--by', 'authority', '--format', 'json'])).stdout);
    expect(json.groups.filter((g: { suppressed: boolean }) => g.suppressed)).toHaveLength(2);
    for (const item of json.sections.flatMap((s: { items: { id: string; multiple: boolean; total: { n: number }; groups: { suppressed: boolean; n: number | null }[] }[] }) => s.items)) {
      if (item.multiple) continue;
      const hidden = item.groups.filter((cell: { suppressed: boolean }) => cell.suppressed);
      if (hidden.length === 0) continue;
      // What a reader can work out: the total minus the groups shown. It must not be one hidden group alone, nor below 5.
      const shownSum = item.groups.reduce((sum: number, cell: { n: number | null }) => sum + (cell.n ?? 0), 0);
      expect(hidden.length, item.id).toBeGreaterThanOrEqual(2);
      expect(item.total.n - shownSum, item.id).toBeGreaterThanOrEqual(5);
      // …counted from the file: the hidden groups' answers.
      const answered = fileRows.filter((r) => !json.groups.some((g: { values: string[]; suppressed: boolean }, i: number) => !item.groups[i].suppressed && g.values[0] === r.authority_code) && r[item.id]!.trim() !== '');
      expect(item.total.n - shownSum).toBe(answered.length);
    }
  });
});
