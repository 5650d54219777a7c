// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { externalDir, pulse, readCsv, tempDir, writeFile } from './helpers';

const bfi = `${externalDir}/psych-bfi.csv`;

describe('pulse alpha', () => {
  it("gives psych's alpha for bfi Agreeableness (A1 reverse-keyed, 1..6, listwise): 0.7038", async () => {
    const result = await pulse(['alpha', bfi, '--items', 'A1,A2,A3,A4,A5', '--reverse', 'A1', '--range', '1..6', '--missing', 'listwise', '--format', 'json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.alpha).toBeCloseTo(0.7038, 4); // R: psych::alpha(bfi[complete.cases(A), A], keys = "A1")
    expect(json).toMatchObject({ format: 'frontline-pulse/alpha', k: 5, missing: 'listwise', reverse: ['A1'], range: { min: 1, max: 6 }, suppressed: false });
    expect(json.itemStatistics.map((i: { item: string }) => i.item)).toEqual(['A1', 'A2', 'A3', 'A4', 'A5']);
    expect(json.run.options).toMatchObject({ items: ['A1', 'A2', 'A3', 'A4', 'A5'], reverse: ['A1'], range: '1..6', missing: 'listwise' });
    const md = (await pulse(['alpha', bfi, '--items', 'A1,A2,A3,A4,A5', '--reverse', 'A1', '--range', '1..6', '--missing', 'listwise'])).stdout;
    expect(md).toContain('alpha = 0.7038');
  });

  it("gives pingouin's pairwise alpha for its wide data with missing values: 0.732661", async () => {
    const items = Array.from({ length: 11 }, (_, i) => `Q${i + 1}`).join(',');
    const json = JSON.parse((await pulse(['alpha', `${externalDir}/pingouin-cronbach_wide_missing.csv`, '--items', items, '--missing', 'pairwise', '--format', 'json'])).stdout);
    expect(json.alpha).toBeCloseTo(0.732661, 5); // pingouin.cronbach_alpha(data=wide_missing) docs: (0.732661, …)
  });

  it('needs --missing (no default) and --range to reverse items of a plain CSV: usage errors', async () => {
    const missing = await pulse(['alpha', bfi, '--items', 'A1,A2,A3']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('missing required option --missing');
    const range = await pulse(['alpha', bfi, '--items', 'A1,A2,A3', '--reverse', 'A1', '--missing', 'listwise']);
    expect(range.code).toBe(1);
    expect(range.stderr).toContain('--reverse needs --range');
    const column = await pulse(['alpha', bfi, '--items', 'A1,Z9', '--missing', 'listwise']);
    expect(column.code).toBe(1);
    expect(column.stderr).toContain('"Z9" is not a column');
  });

  it('names file, line and column of a cell that is not a number (exit 2)', async () => {
    const file = writeFile(tempDir(), 'answers.csv', 'id,a,b,c\n1,1,2,3\n2,2,x,3\n3,3,3,3\n4,4,4,4\n5,1,2,2\n6,2,3,3\n');
    const result = await pulse(['alpha', file, '--items', 'a,b,c', '--missing', 'listwise']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${file}, line 3, column C ("b"): "x" is not a number`);
  });

  it('reads canonical CSV items as codes, leaving "Don\'t know" out, and suppresses fewer than 5 respondents', async () => {
    const dir = tempDir();
    const demo = `${dir}/demo.csv`;
    await pulse(['demo', '--instrument', 'pulse', '--responses', '300', '-o', demo]);
    const json = JSON.parse((await pulse(['alpha', demo, '--items', 'workload_manageable,direct_work_time,support_when_needed', '--missing', 'listwise', '--format', 'json'])).stdout);
    expect(json.n).toBe(300);
    expect(json.run.instrument).toEqual({ id: 'pulse', version: '1.0.0', file: null });
    const tiny = writeFile(dir, 'tiny.csv', 'a,b\n1,2\n2,3\n3,3\n');
    const hidden = JSON.parse((await pulse(['alpha', tiny, '--items', 'a,b', '--missing', 'listwise', '--format', 'json'])).stdout);
    expect(hidden).toMatchObject({ suppressed: true, alpha: null, n: null, itemStatistics: [] });
  });

  it("reads pingouin's long data directly (Subj, Items, Scores): alpha 0.591719, as pingouin.cronbach_alpha publishes", async () => {
    const file = `${externalDir}/pingouin-cronbach_alpha.csv`;
    const json = JSON.parse((await pulse(['alpha', file, '--long', 'Subj,Items,Scores', '--missing', 'listwise', '--format', 'json'])).stdout);
    expect(json.alpha).toBeCloseTo(0.591719, 6); // pingouin.cronbach_alpha(data, items='Items', scores='Scores', subject='Subj') → (0.591719, [0.195, 0.84])
    expect(json).toMatchObject({ k: 10, n: 15, items: ['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6', 'Q7', 'Q8', 'Q9', 'Q10'] });
    // The same scores pivoted here by hand, read as a wide file, give the same alpha.
    const rows = readCsv(file);
    const subjects = [...new Set(rows.map((r) => r.Subj))];
    const items = [...new Set(rows.map((r) => r.Items!))];
    const wide = [`Subj,${items.join(',')}`, ...subjects.map((s) => `${s},${items.map((i) => rows.find((r) => r.Subj === s && r.Items === i)!.Scores).join(',')}`)].join('\n');
    const pivoted = writeFile(tempDir(), 'wide.csv', wide);
    const fromWide = JSON.parse((await pulse(['alpha', pivoted, '--items', items.join(','), '--missing', 'listwise', '--format', 'json'])).stdout);
    expect(fromWide.alpha).toBe(json.alpha);
    const some = JSON.parse((await pulse(['alpha', file, '--long', 'Subj,Items,Scores', '--items', 'Q1,Q2,Q3', '--missing', 'pairwise', '--format', 'json'])).stdout);
    expect(some.items).toEqual(['Q1', 'Q2', 'Q3']);
  });

  it('names a score given twice in a long file, and a column that is not there', async () => {
    const file = writeFile(tempDir(), 'long.csv', 'Subj,Items,Scores\n1,Q1,3\n1,Q2,4\n2,Q1,5\n2,Q2,2\n1,Q1,4\n');
    const twice = await pulse(['alpha', file, '--long', 'Subj,Items,Scores', '--missing', 'listwise']);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain(`${file}, line 6, column B ("Items"): item "Q1" is scored twice for subject "1" (first on line 2)`);
    const missing = await pulse(['alpha', file, '--long', 'Subject,Items,Scores', '--missing', 'listwise']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('--long: "Subject" is not a column');
  });

  it('writes CSV as a plain table, its run record beside it', async () => {
    const dir = tempDir();
    const args = ['alpha', bfi, '--items', 'A1,A2,A3,A4,A5', '--reverse', 'A1', '--range', '1..6', '--missing', 'listwise', '--format', 'csv'];
    expect((await pulse([...args, '-o', `${dir}/alpha.csv`])).code).toBe(0);
    expect(readCsv(`${dir}/alpha.csv`).map((r) => r.item)).toEqual(['A1', 'A2', 'A3', 'A4', 'A5']);
    expect(JSON.parse(readFileSync(`${dir}/alpha.csv.run.json`, 'utf8'))).toMatchObject({ command: 'alpha', options: { missing: 'listwise', format: 'csv' } });
    expect(JSON.parse((await pulse(args)).stderr)).toMatchObject({ command: 'alpha', options: { output: null } });
  });
});
