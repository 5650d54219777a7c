// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { externalDir, pulse, tempDir, writeFile } from './helpers';

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
});
