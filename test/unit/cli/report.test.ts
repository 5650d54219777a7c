// @vitest-environment node
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { pulse, sha256, tempDir } from './helpers';

describe('pulse report', () => {
  let dir: string;
  let demo: string;
  let html: string;
  beforeAll(async () => {
    dir = tempDir();
    demo = `${dir}/demo.csv`;
    await pulse(['demo', '--instrument', 'ofsted-2011-social-workers', '--seed', '1', '--responses', '600', '--authorities', '4', '--weeks', '5', '-o', demo]);
    const result = await pulse(['report', demo, '--instrument', 'ofsted-2011-social-workers', '--item', 'sufficient_time', '-o', `${dir}/report.html`]);
    expect(result.code).toBe(0);
    html = readFileSync(`${dir}/report.html`, 'utf8');
  }, 60_000);

  it('is one self-contained HTML file: no scripts, no external resources, charts as PNG data URIs', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/(src|href)\s*=\s*"(https?:)?\/\//i);
    expect(html).not.toMatch(/url\(/i);
    const images = html.match(/<img src="data:image\/png;base64,[A-Za-z0-9+/=]+"/g) ?? [];
    // Diverging bars (38 items, at most 13 a chart: 3 charts), the trend for all authorities, one trend per authority.
    expect(images.length).toBe(3 + 1 + 4);
    for (const href of html.match(/href="[^"]*"/g) ?? []) expect(href).toMatch(/^href="#/);
    expect(html).toContain('@media print');
  });

  it('holds the table with the Ofsted 2011 benchmark, the narrative, the notes and the run record', () => {
    expect(html).toContain('A total of 600 social workers responded to the questionnaire');
    expect(html).toContain('Ofsted 2011, social workers');
    expect(html).toMatch(/agreed or strongly agreed that/);
    expect(html).toContain('rounded half up');
    expect(html).toContain(`SHA-256 ${sha256(demo)}`);
    expect(html).toContain('Instrument: ofsted-2011-social-workers 1.0.0');
    expect(html).toContain('Net agree by authority');
  });

  it('is byte-identical for the same input and options, and has a per-authority layout', async () => {
    const again = await pulse(['report', demo, '--instrument', 'ofsted-2011-social-workers', '--item', 'sufficient_time', '-o', `${dir}/again.html`]);
    expect(again.code).toBe(0);
    // The output path is an option, recorded in the report: compare with it put back.
    expect(readFileSync(`${dir}/again.html`, 'utf8').replaceAll('again.html', 'report.html')).toBe(html);
    const code = /^demo-1-0000001,[^,]*,[^,]*,[^,]*,([A-Z]{3}),/m.exec(readFileSync(demo, 'utf8'))![1]!;
    const one = await pulse(['report', demo, '--instrument', 'ofsted-2011-social-workers', '--authority', code]);
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(/Results for [A-Za-z]+ \(n = \d+\)/);
    expect(one.stdout).toContain('All authorities (base = 600)');
  }, 60_000);
});
