// @vitest-environment node
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { pulse, sha256, tempDir, writeFile } from './helpers';

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

  it('always shows the nets, so it has no --net option, and its run record says so', async () => {
    const net = await pulse(['report', demo, '--instrument', 'ofsted-2011-social-workers', '--net']);
    expect(net.code).toBe(1);
    expect(net.stderr).toContain('unknown option --net');
    expect(html).toMatch(/Options: [^<]*net = true/);
    expect(html).toContain('Net agree');
  });

  it('adds response rates with --invited', async () => {
    const rows = readFileSync(demo, 'utf8').split('\r\n').slice(1).filter(Boolean);
    const sizes = new Map<string, number>();
    for (const row of rows) {
      const code = /^[^,]*,[^,]*,[^,]*,[^,]*,([A-Z]{3}),/.exec(row)![1]!;
      sizes.set(code, (sizes.get(code) ?? 0) + 1);
    }
    const invited = writeFile(dir, 'invited.csv', `authority_code,invited\n${[...sizes].map(([code, n]) => `${code},${n * 2}`).join('\n')}\n`);
    const result = await pulse(['report', demo, '--instrument', 'ofsted-2011-social-workers', '--invited', invited]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('<h2>Response rates</h2>');
    // Every authority answered for half its staff: 50.0%.
    expect(result.stdout.match(/<td>50\.0%<\/td>/g)).toHaveLength(sizes.size + 1);
    expect(result.stdout).toMatch(/Input \(invited\): [^<]*invited\.csv/);
  }, 60_000);

  it('says in words, instead of drawing empty charts, when a group is too small', async () => {
    const small = `${dir}/small.csv`;
    await pulse(['demo', '--instrument', 'ofsted-2011-social-workers', '--seed', '5', '--responses', '70', '--authorities', '14', '-o', small]);
    const table = JSON.parse((await pulse(['table', small, '--instrument', 'ofsted-2011-social-workers', '--by', 'authority', '--format', 'json'])).stdout);
    const hidden = table.groups.find((g: { suppressed: boolean }) => g.suppressed);
    const one = (await pulse(['report', small, '--instrument', 'ofsted-2011-social-workers', '--authority', hidden.values[0]])).stdout;
    const glance = one.slice(one.indexOf('id="glance"'), one.indexOf('id="table"'));
    expect(glance).not.toContain('<img');
    expect(glance).toContain(`${hidden.labels[0]}: fewer than 5 responses, too few to show its answers, so no chart is drawn.`);
    // 70 responses over 26 weeks: fewer than 5 in every week, everywhere. No trend chart at all, one sentence each instead.
    const all = (await pulse(['report', small, '--instrument', 'ofsted-2011-social-workers'])).stdout;
    const trends = all.slice(all.indexOf('id="trends"'));
    expect(trends).not.toContain('<img');
    expect(trends).toContain('No chart for All authorities: fewer than 5 responses in every week.');
    expect(trends).toMatch(/No chart for [A-Z][a-z]+(, [A-Z][a-z]+){13}: fewer than 5 responses in every week\./);
  }, 60_000);
});
