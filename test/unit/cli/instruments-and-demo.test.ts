// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import annex from '../../../lib/instruments/data/ofsted-2011-annex-a.json';
import { pulse, readCsv, tempDir, writeFile } from './helpers';

describe('pulse instruments', () => {
  it('lists the built-in instruments and shows one with its items and codes', async () => {
    const list = await pulse(['instruments', '--format', 'json']);
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout).map((i: { id: string }) => i.id)).toEqual(['pulse', 'ofsted-2011-social-workers', 'ofsted-2011-managers']);
    const show = await pulse(['instruments', 'show', 'ofsted-2011-social-workers']);
    expect(show.code).toBe(0);
    const published = annex.tables.find((t) => t.group === 'social workers')!;
    // Every published row's key is an item id (the merged row is split in two).
    for (const row of published.items) {
      const id = row.key.startsWith('team_support__') ? 'team_support' : row.key;
      expect(show.stdout).toContain(`| ${id} |`);
    }
    expect(show.stdout).toContain("9 = Don't know (not substantive)");
    const json = JSON.parse((await pulse(['instruments', 'show', 'pulse', '--format', 'json'])).stdout);
    expect(json.id).toBe('pulse');
  });

  it('validates an instrument file, and refuses an unknown one', async () => {
    const bad = writeFile(tempDir(), 'bad.json', JSON.stringify({ id: 'Bad Id', version: '1', title: 'x' }));
    const result = await pulse(['instruments', 'show', bad]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Invalid instrument');
    expect((await pulse(['instruments', 'show', 'nope'])).code).toBe(1);
  });
});

describe('pulse demo', () => {
  it('writes seeded canonical CSV: the same seed gives the same bytes, another seed other answers', async () => {
    const dir = tempDir();
    const args = ['demo', '--instrument', 'ofsted-2011-managers', '--responses', '250', '--authorities', '9', '--weeks', '10'];
    const a = await pulse([...args, '--seed', '11']);
    const b = await pulse([...args, '--seed', '11']);
    const c = await pulse([...args, '--seed', '12']);
    expect(a.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
    expect(c.stdout).not.toBe(a.stdout);
    const file = writeFile(dir, 'demo.csv', a.stdout);
    const rows = readCsv(file);
    expect(rows).toHaveLength(250);
    expect(new Set(rows.map((r) => r.authority_code)).size).toBe(9);
    expect(rows.every((r) => r.instrument === 'ofsted-2011-managers' && r.role === 'manager')).toBe(true);
    await pulse([...args, '--seed', '11', '--answers', 'codes', '-o', `${dir}/codes.csv`]);
    expect(readFileSync(`${dir}/codes.csv`, 'utf8').split('\r\n')[1]).toMatch(/,[1-59]?,/);
    // Labels or codes, the same table.
    const table = (file: string) => pulse(['table', file, '--instrument', 'ofsted-2011-managers', '--format', 'csv']);
    expect((await table(`${dir}/codes.csv`)).stdout).toBe((await table(file)).stdout);
  });

  it('names the allowed range for a negative number, rather than asking for a value', async () => {
    const negative = await pulse(['demo', '--instrument', 'pulse', '--responses', '-5']);
    expect(negative.code).toBe(1);
    expect(negative.stderr).toContain('--responses must be a whole number of at least 0, not "-5"');
    const authorities = await pulse(['demo', '--instrument', 'pulse', '--authorities', '-1']);
    expect(authorities.stderr).toContain('--authorities must be a whole number from 1 to');
    const missing = await pulse(['demo', '--instrument', 'pulse', '--responses']);
    expect(missing.stderr).toContain('option --responses needs a value');
  });
});
