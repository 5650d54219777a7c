/**
 * A manager pools workers' exports in the dashboard (picker and drag and drop, one broken file,
 * duplicates, a second import of the same file), reads the tables for all authorities and for one
 * authority against figures computed here from the generated responses and from the published
 * Ofsted 2011 table, takes them away as CSV, Markdown, HTML and PNG, filters by role (and an
 * attacker computed here recovers nothing from every view), reads the trend, prints, and removes
 * imports. Every state is checked with axe-core and photographed.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoResponses } from '../../analysis/demo';
import { writeDemoCsv } from '../../analysis/demo/write-demo-csv';
import { isoWeekKey } from '../../analysis/periods';
import { getBuiltinInstrument } from '../../lib/instruments/builtin';
import { findItem, itemText, statement } from '../../lib/instruments/items';
import type { SurveyResponse } from '../../lib/instruments/response';
import { toCanonicalCsv } from '../../lib/io/canonical-csv-writer';
import { toJsonExport } from '../../lib/io/json-export';
import { attack, type Figure } from '../unit/analysis/helpers/subtraction-attacker';
import { expectNoSeriousA11yViolations } from './support/axe';
import { clickAndDownload } from './support/download';
import { launchExtension, type ExtensionSession } from './support/extension';
import { readTable, waitForRecord } from './support/indexeddb';
import { VIEW, viewDrawn } from './support/view-drawn';
import { repoRoot, screenshotsDir } from './support/paths';
import { saveScreenshot } from './support/screenshots';
import { emulateZoom, expectNoHorizontalScroll } from './support/zoom';

const instrument = getBuiltinInstrument('ofsted-2011-social-workers');
const pulse = getBuiltinInstrument('pulse');
const responses: SurveyResponse[] = [...generateDemoResponses(instrument, { seed: 7, responses: 400, authorities: 5, weeks: 8 })];
const dir = mkdtempSync(join(tmpdir(), 'pulse-dashboard-'));
const poolCsv = join(dir, 'pool.csv');
const workerJson = join(dir, 'worker.json');
const brokenCsv = join(dir, 'broken.csv');
const emptyCsv = join(dir, 'empty.csv');
const formulaCsv = join(dir, 'formula.csv');
const largeCsv = join(dir, 'large.csv');
const importFixtures = join(repoRoot, 'test/fixtures/imports');
const badMapping = join(dir, 'bad-mapping.json');
const annexA = JSON.parse(readFileSync(join(repoRoot, '../shared/reference/ofsted-2011-annex-a.json'), 'utf8')) as {
  tables: { group: string; items: { key: string; n: number; percent: number[] }[] }[];
};

/** Staff of one authority answering the pulse: `managers` managers, then social workers. */
function staff(code: string, name: string, socialWorkers: number, managers: number, seed: number): SurveyResponse[] {
  return [...generateDemoResponses(pulse, { seed, responses: socialWorkers + managers, authorities: 1, weeks: 4, managerShare: 0 })].map((r, i) => ({
    ...r,
    responseId: `${code}-${i}`,
    authorityCode: code,
    authorityName: name,
    role: i < managers ? 'manager' : 'social_worker',
  }));
}
// The audit's case: Aville 20 social workers + 2 managers; Beeton and Ceeford 20 + 10 each.
const AUTHORITIES = [
  { code: 'AVL', name: 'Aville' },
  { code: 'BTN', name: 'Beeton' },
  { code: 'CFD', name: 'Ceeford' },
];
const roleScenario = [...staff('AVL', 'Aville', 20, 2, 1), ...staff('BTN', 'Beeton', 20, 10, 2), ...staff('CFD', 'Ceeford', 20, 10, 3)];
// An authority whose name and team would be formulas in Excel.
const formulaResponses = staff('EQF', '=SUM(1+1)', 8, 0, 4).map((r) => ({ ...r, team: '+cmd' }));

let ext: ExtensionSession;
beforeAll(async () => {
  writeFileSync(poolCsv, toCanonicalCsv([instrument], responses));
  writeFileSync(workerJson, toJsonExport(responses.slice(0, 50)));
  const lines = toCanonicalCsv([instrument], responses.slice(0, 5)).split('\r\n');
  lines[2] = lines[2]!.replace(/,(Agree|Disagree|Strongly agree),/, ',Agreed,');
  writeFileSync(brokenCsv, lines.join('\r\n'));
  writeFileSync(emptyCsv, `${lines[0]}\r\n`);
  writeFileSync(formulaCsv, toCanonicalCsv([pulse], formulaResponses));
  writeFileSync(badMapping, JSON.stringify({ columns: { 'What is your role?': 5 } }));
  await writeDemoCsv(largeCsv, instrument, { seed: 9, responses: 60_000, authorities: 20 });
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Percentages rounded half up, in integers only, as the published table rounds them. */
const halfUp = (count: number, n: number) => Math.floor((200 * count + n) / (2 * n));
const tally = (values: string[]) => values.reduce<Record<string, number>>((all, v) => ({ ...all, [v]: (all[v] ?? 0) + 1 }), {});

/** Chooses filters and waits until the page has drawn that view, charts included. */
async function show(page: Page, choice: { instrument?: string; role?: string; authority?: string }) {
  if (choice.instrument) await page.getByLabel('Questionnaire', { exact: true }).selectOption(choice.instrument);
  if (choice.role) await page.getByLabel('Role group').selectOption(choice.role);
  if (choice.authority) await page.getByLabel('Authority', { exact: true }).selectOption(choice.authority);
  await viewDrawn(page, {
    ...(choice.instrument ? { [VIEW.instrument]: choice.instrument } : {}),
    ...(choice.role ? { [VIEW.role]: choice.role } : {}),
    ...(choice.authority ? { [VIEW.authority]: choice.authority } : {}),
  });
}

/** One item's lines as shown: label, n (undefined when hidden), and the figures. */
async function itemLines(page: Page, text: string) {
  const item = page.locator('tbody.item', { has: page.locator('th.statement', { hasText: text }) });
  return item.locator('tr:not(:first-child)').evaluateAll((rows) =>
    rows.map((row) => {
      const label = row.querySelector('th')!.textContent!;
      const match = /^(.*) \(([\d,]+)\)$/.exec(label);
      const cells = [...row.querySelectorAll('td')].map((td) => td.textContent!);
      return { label: match ? match[1]! : label, n: match ? Number(match[2]!.replace(/,/g, '')) : undefined, cells };
    }),
  );
}

describe('the dashboard', () => {
  it('imports several files at once, whole or not at all, without duplicates', async () => {
    const page = await ext.openPage('dashboard.html');
    await page.getByRole('heading', { name: 'Frontline Pulse dashboard' }).waitFor();
    await page.locator('#import-files').setInputFiles([poolCsv, workerJson, brokenCsv, emptyCsv]);
    await expect.poll(() => page.locator('.import-done, .import-unchanged').count(), { timeout: 60_000 }).toBe(2);
    await expect.poll(() => page.locator('.import-failed').count()).toBe(2);
    expect(await page.locator('.import-done').textContent()).toContain('400 new responses added');
    // The JSON export holds 50 of the same responses: nothing new, nothing recorded.
    expect(await page.locator('.import-unchanged').textContent()).toMatch(/All 50 responses in worker\.json are already in the pool \(imported from pool\.csv on .*\): nothing changed\./);
    expect(await page.locator('.import-failed', { hasText: 'broken.csv' }).textContent()).toMatch(/broken\.csv, line 3, column .*"Agreed"/);
    // A file without responses is refused, not recorded.
    expect(await page.locator('.import-failed', { hasText: 'empty.csv' }).textContent()).toContain('empty.csv: no responses in this file, so nothing was imported.');
    const pooled = await readTable<{ responseId: string }>(page, 'pooled');
    expect(pooled.map((r) => r.responseId).sort()).toEqual(responses.map((r) => r.responseId).sort());
    expect((await readTable<{ fileName: string }>(page, 'imports')).map((i) => i.fileName)).toEqual(['pool.csv']);
    await show(page, {});
    await expectNoSeriousA11yViolations(page, 'dashboard after import');
    await saveScreenshot(page.locator('section[aria-labelledby="import-title"]'), 'dashboard-import-messages');
    await page.close();
  });

  it('changes nothing in IndexedDB when the same file is imported again', async () => {
    const page = await ext.openPage('dashboard.html');
    const before = [await readTable(page, 'imports'), await readTable(page, 'pooled')];
    await page.locator('#import-files').setInputFiles([poolCsv]);
    await expect.poll(() => page.locator('.import-unchanged').count(), { timeout: 60_000 }).toBe(1);
    expect(await page.locator('.import-unchanged').textContent()).toMatch(/All 400 responses in pool\.csv are already in the pool \(imported from pool\.csv on /);
    expect([await readTable(page, 'imports'), await readTable(page, 'pooled')]).toEqual(before);
    await page.close();
  });

  it('imports a dropped file', async () => {
    const page = await ext.openPage('dashboard.html');
    const text = toCanonicalCsv([pulse], roleScenario);
    await page.evaluate(
      ({ text, name }) => {
        const data = new DataTransfer();
        data.items.add(new File([text], name, { type: 'text/csv' }));
        const zone = document.querySelector('.drop-zone')!;
        zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
        zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      },
      { text, name: 'roles.csv' },
    );
    await expect.poll(() => page.locator('.import-done').count(), { timeout: 30_000 }).toBe(1);
    expect(await page.locator('.import-done').textContent()).toContain('82 new responses added');
    const pooled = await readTable<{ responseId: string; instrumentId: string }>(page, 'pooled');
    expect(pooled.filter((r) => r.instrumentId === 'pulse').map((r) => r.responseId).sort()).toEqual(roleScenario.map((r) => r.responseId).sort());
    await page.close();
  });

  it('shows all authorities against counts made here and the published Ofsted 2011 line, with nets and sentences', async () => {
    const page = await ext.openPage('dashboard.html');
    await show(page, { instrument: instrument.id });
    // The social workers' questionnaire is for social workers only.
    expect(await page.locator('#filter-role option').evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value))).toEqual(['all', 'social_worker']);
    const item = findItem(instrument, 'sufficient_staff')!;
    const answered = responses.filter((r) => r.answers[item.id] !== undefined);
    const count = (codes: number[]) => answered.filter((r) => codes.includes(r.answers[item.id] as number)).length;
    const n = answered.length;
    const lines = await itemLines(page, statement(item, 'social_worker'));
    // All authorities: six options (SA, A, N, D, SD, DK = codes 5 … 1, 9), then net agree and net disagree.
    expect(lines[0]).toEqual({
      label: 'All authorities',
      n,
      cells: [...[5, 4, 3, 2, 1, 9].map((code) => halfUp(count([code]), n)), halfUp(count([5, 4]), n), halfUp(count([2, 1]), n)].map(String),
    });
    // The published line, from Annex A itself.
    const published = annexA.tables.find((t) => t.group === 'social workers')!.items.find((i) => i.key === item.id)!;
    expect(lines[1]!.label).toBe('Ofsted 2011 (published)');
    expect(lines[1]!.n).toBe(published.n);
    expect(lines[1]!.cells.slice(0, 6)).toEqual(published.percent.map(String));
    // The sentence about the item gives the share agreeing, as counted here.
    const sentence = await page.locator('.narrative li', { hasText: 'sufficient numbers of suitably qualified' }).first().textContent();
    expect(sentence).toContain(`(${halfUp(count([5, 4]), n)}%) agreed or strongly agreed`);
    await saveScreenshot(page.locator('section.block').first(), 'dashboard-all-authorities-table');
    await saveScreenshot(page.locator('section.block figure.chart').first(), 'dashboard-all-authorities-chart');

    // Exports of "All authorities" are the table as shown: the total, no authority's section.
    const markdown = (await clickAndDownload(page, 'Download table (Markdown)')).text;
    const html = (await clickAndDownload(page, 'Download table (HTML)')).text;
    for (const text of [markdown, html]) {
      expect(text).toContain(`All authorities (base = ${responses.length})`);
      expect(text).toContain('Role group: All roles. Authority: All authorities. Period: all dates.');
      for (const name of new Set(responses.map((r) => r.authorityName))) expect(text).not.toContain(name);
    }
    expect(markdown).toContain(`| ${itemText(item, 'social_worker')} (${n}) | ${lines[0]!.cells.join(' | ')} |`);

    // Once the page has saved its copy of the pool, the next opening reads that copy (not every
    // row) and shows the same figures.
    await waitForRecord(page, 'poolSnapshots', instrument.id);
    const reopened = await ext.openPage('dashboard.html');
    await show(reopened, { instrument: instrument.id });
    expect(await reopened.locator('#scan-status').textContent()).toContain('from its saved copy');
    expect(await itemLines(reopened, statement(item, 'social_worker'))).toEqual(lines);
    await reopened.close();
    await page.close();
  });

  it("shows one authority beside all, exported as CSV, Markdown and HTML with its filters, as shown", async () => {
    const page = await ext.openPage('dashboard.html');
    const { authorityCode, authorityName } = responses[0]!;
    await show(page, { instrument: instrument.id, authority: authorityCode });
    expect(await page.locator('#table-title').textContent()).toBe(`Results for ${authorityName} (n = ${responses.filter((r) => r.authorityCode === authorityCode).length})`);
    const item = findItem(instrument, 'sufficient_staff')!;
    const mine = responses.filter((r) => r.authorityCode === authorityCode && r.answers[item.id] !== undefined);
    const count = (codes: number[]) => mine.filter((r) => codes.includes(r.answers[item.id] as number)).length;
    const percents = [5, 4, 3, 2, 1, 9].map((code) => halfUp(count([code]), mine.length));
    const nets = [halfUp(count([5, 4]), mine.length), halfUp(count([2, 1]), mine.length)];
    const [line] = await itemLines(page, statement(item, 'social_worker'));
    expect(line).toEqual({ label: authorityName, n: mine.length, cells: [...percents, ...nets].map(String) });

    // CSV for Excel: byte order mark, the filters on every line, the same figures, only this authority.
    const csv = await clickAndDownload(page, 'Download table (CSV for Excel)');
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = Papa.parse<Record<string, string>>(csv.text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    expect(new Set(rows.map((r) => r.authority))).toEqual(new Set([`${authorityName} (${authorityCode}) beside all authorities`]));
    expect(new Set(rows.map((r) => r.role_group))).toEqual(new Set(['All roles']));
    const exported = rows.filter((r) => r.item_id === item.id && r.group_key === authorityCode);
    expect(exported.filter((r) => /^\d+$/.test(r.option_code!)).map((r) => Number(r.percent))).toEqual(percents);
    expect(exported.filter((r) => r.option_code!.startsWith('net_')).map((r) => Number(r.percent))).toEqual(nets);
    expect(new Set(rows.map((r) => r.group_key))).toEqual(new Set([authorityCode, '(all)', 'ofsted-2011']));

    // Markdown and HTML: the same line, net columns included, and the filters.
    const markdown = (await clickAndDownload(page, 'Download table (Markdown)')).text;
    expect(markdown).toContain(`| ${authorityName} (${mine.length}) | ${[...percents, ...nets].join(' | ')} |`);
    expect(markdown).toContain(`Authority: ${authorityName} (${authorityCode}) beside all authorities.`);
    const html = (await clickAndDownload(page, 'Download table (HTML)')).text;
    expect(html).toContain(`${authorityName} <span class="n">(${mine.length})</span></th>${[...percents, ...nets].map((p) => `<td>${p}</td>`).join('')}`);
    expect(html).toContain(`Authority: ${authorityName} (${authorityCode}) beside all authorities.`);
    const others = new Set(responses.map((r) => r.authorityName).filter((name) => name !== authorityName));
    for (const name of others) expect(markdown + html).not.toContain(name);

    await expectNoSeriousA11yViolations(page, 'dashboard, one authority');
    await saveScreenshot(page.locator('section.block').first(), 'dashboard-authority-table');
    const zoom = await emulateZoom(page, 2);
    await expectNoHorizontalScroll(page, 'dashboard at 200%');
    await saveScreenshot(page.locator('#results-title ~ .filters'), 'dashboard-filters-200pct');
    await saveScreenshot(page.locator('section.block').first(), 'dashboard-authority-table-200pct');
    await zoom.reset();
    await page.close();
  });

  it('hides under a role filter whatever subtraction would give away: an attacker holding every view recovers nothing', async () => {
    const page = await ext.openPage('dashboard.html');
    const views = ['all', 'social_worker', 'manager'] as const;
    const items = pulse.sections.flatMap((s) => s.items).filter((i) => i.type === 'likert' || i.type === 'rating');
    // What each view shows: per authority and all authorities, per item (n or hidden), and the headings.
    const shown = new Map<string, number | undefined>();
    for (const role of views) {
      for (const { code, name } of AUTHORITIES) {
        await show(page, { instrument: 'pulse', role, authority: code });
        const heading = (await page.locator('#table-title').textContent())!;
        shown.set(`${role}|${code}|respondents`, /\(n = (\d+)\)$/.exec(heading) ? Number(/\(n = (\d+)\)$/.exec(heading)![1]) : undefined);
        for (const item of items) {
          const [mine, all] = await itemLines(page, item.text);
          expect(mine!.label).toBe(name);
          shown.set(`${role}|${code}|${item.id}`, mine!.n);
          shown.set(`${role}|all|${item.id}`, all!.n);
        }
        if (role === 'social_worker' && code === 'AVL') {
          // Aville's 20 social workers beside its 22 staff would give away its 2 managers.
          expect(heading).toBe('Results for Aville (fewer than 5 responses)');
          expect(await page.locator('.narrative li').count()).toBe(0);
          // Nothing to draw for Aville's statements: a sentence, not an empty chart.
          expect(await page.locator('section.block').nth(1).locator('figure.chart').count()).toBe(0);
          expect(await page.locator('section.block').nth(1).locator('.no-chart').textContent()).toContain('every figure of these statements is hidden for Aville');
          await saveScreenshot(page.locator('section.block').nth(1), 'dashboard-role-filter-hidden');
          const csv = Papa.parse<Record<string, string>>((await clickAndDownload(page, 'Download table (CSV for Excel)')).text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
          const aville = csv.filter((r) => r.group_key === 'AVL');
          expect(aville.length).toBeGreaterThan(0);
          expect(aville.every((r) => r.status === 'suppressed' && r.n === '' && r.percent === '' && r.role_group === 'Social worker')).toBe(true);
          await expectNoSeriousA11yViolations(page, 'dashboard with a role filter');
        }
      }
    }
    // The attacker: leaves are authority × role, their true sizes counted here from the responses.
    const roles = ['social_worker', 'manager'];
    for (const itemId of ['respondents', ...items.map((i) => i.id)]) {
      const size = (code: string, role: string) => roleScenario.filter((r) => r.authorityCode === code && r.role === role && (itemId === 'respondents' || r.answers[itemId] !== undefined)).length;
      const values = AUTHORITIES.flatMap(({ code }) => roles.map((role) => size(code, role)));
      const leaf = (a: number, r: number) => a * roles.length + r;
      const figures: (Figure & { shown: boolean })[] = [];
      for (const role of views) {
        const roleLeaves = role === 'all' ? [0, 1] : [roles.indexOf(role)];
        AUTHORITIES.forEach(({ code }, a) => {
          const n = shown.get(`${role}|${code}|${itemId}`);
          const leaves = roleLeaves.map((r) => leaf(a, r));
          if (n !== undefined) expect(n).toBe(leaves.reduce((s, l) => s + values[l]!, 0));
          figures.push({ name: `${role} ${code}`, leaves, shown: n !== undefined });
        });
        if (itemId !== 'respondents') {
          const all = AUTHORITIES.flatMap((_, a) => roleLeaves.map((r) => leaf(a, r)));
          figures.push({ name: `${role} all`, leaves: all, shown: shown.get(`${role}|all|${itemId}`) !== undefined });
        }
      }
      expect({ itemId, findings: attack(values, figures, 5) }).toEqual({ itemId, findings: [] });
    }
    // And the filter hides something: Aville's social workers and managers.
    expect(shown.get('social_worker|AVL|workload_manageable')).toBeUndefined();
    expect(shown.get('all|AVL|workload_manageable')).toBe(22);
    await page.close();
  });

  it('shows the trend for all roles under a role filter, against counts made here', async () => {
    const page = await ext.openPage('dashboard.html');
    await show(page, { instrument: 'pulse', role: 'manager', authority: 'CFD' });
    await page.getByLabel('Trend of').selectOption('workload_manageable');
    await page.waitForFunction(() => document.querySelector('#trend-title')?.textContent?.includes('My workload this week was manageable.'));
    expect(await page.locator('#trend-title').textContent()).toBe('Trend by week: My workload this week was manageable. (Ceeford, all roles)');
    expect(await page.locator('section.trend').textContent()).toContain('Trends are for all roles, whatever the role group chosen above');
    const byWeek = tally(roleScenario.filter((r) => r.authorityCode === 'CFD').map((r) => isoWeekKey(r.submittedAt)));
    const figures = await page.locator('.trend-figures tbody tr').evaluateAll((rows) => rows.map((row) => [row.querySelector('th')!.textContent!, row.querySelector('td')!.textContent!]));
    expect(figures.map(([week]) => week)).toEqual(Object.keys(byWeek).sort());
    for (const [week, n] of figures) expect(n === 'fewer than 5 responses' || Number(n) === byWeek[week!]).toBe(true);
    expect(figures.some(([, n]) => n !== 'fewer than 5 responses')).toBe(true);
    await saveScreenshot(page.locator('section.trend'), 'dashboard-trend-role-filter');
    await page.close();
  });

  it('neutralises cells that Excel would run as formulas in the CSV', async () => {
    const page = await ext.openPage('dashboard.html');
    await page.locator('#import-files').setInputFiles([formulaCsv]);
    await expect.poll(() => page.locator('.import-done').count(), { timeout: 30_000 }).toBe(1);
    await show(page, { instrument: 'pulse', authority: 'EQF' });
    const csv = (await clickAndDownload(page, 'Download table (CSV for Excel)')).text;
    const rows = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    const mine = rows.filter((r) => r.group_key === 'EQF');
    expect(mine.length).toBeGreaterThan(0);
    expect(new Set(mine.map((r) => r.group_label))).toEqual(new Set(["'=SUM(1+1)"]));
    expect(new Set(rows.map((r) => r.authority))).toEqual(new Set(["'=SUM(1+1) (EQF) beside all authorities"]));
    expect(csv).not.toMatch(/(^|,)=SUM/m);
    await page.getByRole('button', { name: 'Remove formula.csv' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Remove formula.csv' }).count()).toBe(0);
    // The authority chosen has gone from the pool: the page says so by showing all authorities.
    await expect.poll(() => page.getByLabel('Authority', { exact: true }).inputValue()).toBe('all');
    await page.close();
  });

  it("imports another survey tool's export with a mapping file, dropping personal columns", async () => {
    const page = await ext.openPage('dashboard.html');
    await page.locator('details.other-tools summary').click();
    await page.getByLabel('Questionnaire the export answers').selectOption('pulse');
    // A bad mapping is named (file and place) as soon as it is chosen.
    await page.getByLabel(/Mapping file/).setInputFiles(badMapping);
    expect(await page.getByRole('alert').textContent()).toContain('bad-mapping.json, column columns["What is your role?"]');
    await page.getByLabel(/Mapping file/).setInputFiles(join(importFixtures, 'google-forms-pulse.mapping.json'));
    expect(await page.locator('.mapping-in-use').textContent()).toContain('Using google-forms-pulse.mapping.json: 2 columns mapped');
    await expectNoSeriousA11yViolations(page, 'dashboard, settings for other tools');
    await saveScreenshot(page.locator('details.other-tools'), 'dashboard-import-settings');

    const surveyMonkey = join(repoRoot, '../shared/reference/external/surveymonkey-fake-export.csv');
    await page.locator('#import-files').setInputFiles([join(importFixtures, 'google-forms-pulse.csv'), surveyMonkey]);
    await expect.poll(() => page.locator('.import-done, .import-failed').count()).toBe(2);
    const rows = Papa.parse<Record<string, string>>(readFileSync(join(importFixtures, 'google-forms-pulse.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
    expect(await page.locator('.import-done').textContent()).toMatch(new RegExp(`google-forms: ${rows.length} new responses added\\. Personal columns dropped: .*Email address`));
    // A SurveyMonkey export of another survey: none of its questions are the pulse's, so nothing is added.
    expect(await page.locator('.import-failed').textContent()).toContain('surveymonkey-fake-export.csv: no column matches an item of pulse');

    const imports = await readTable<{ id: number; fileName: string }>(page, 'imports');
    const importId = imports.find((i) => i.fileName === 'google-forms-pulse.csv')!.id;
    const pooled = (await readTable<{ importIds: number[]; authorityCode: string; role: string; instrumentId: string }>(page, 'pooled')).filter((r) => r.importIds.includes(importId));
    const authorityCodes: Record<string, string> = { Northshire: 'NSH', Wrenfield: 'WRF' };
    expect(tally(pooled.map((r) => r.authorityCode))).toEqual(tally(rows.map((r) => authorityCodes[r['Which local authority do you work in?']!]!)));
    // Only "Social worker" is the social workers' group; team managers and senior practitioners are the managers' group.
    expect(tally(pooled.map((r) => r.role))).toEqual(tally(rows.map((r) => (r['What is your role?'] === 'Social worker' ? 'social_worker' : 'manager'))));
    expect(pooled.every((r) => r.instrumentId === 'pulse' && !JSON.stringify(r).includes('@example.org'))).toBe(true);

    await page.getByRole('button', { name: 'Remove google-forms-pulse.csv' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Remove google-forms-pulse.csv' }).count()).toBe(0);
    await page.close();
  });

  it('parses a large file off the page with a progress bar, and cancelling adds nothing', async () => {
    const page = await ext.openPage('dashboard.html');
    const before = (await readTable(page, 'pooled')).length;
    await page.locator('#import-files').setInputFiles(largeCsv);
    const cancel = page.getByRole('button', { name: 'Cancel large.csv' });
    await cancel.waitFor();
    await expect.poll(() => page.getByRole('progressbar', { name: 'Reading large.csv' }).getAttribute('value')).not.toBe('0');
    // The page stays responsive while the worker parses: a click is handled at once.
    const started = Date.now();
    await page.locator('details.other-tools summary').click();
    expect(await page.locator('details.other-tools').getAttribute('open')).toBe('');
    expect(Date.now() - started).toBeLessThan(2_000);
    await saveScreenshot(page.locator('.import-progress'), 'dashboard-import-progress');
    await cancel.click();
    await expect.poll(() => page.locator('.import-cancelled').textContent()).toContain('Import of large.csv cancelled: nothing from it was added.');
    expect((await readTable(page, 'pooled')).length).toBe(before);
    expect((await readTable<{ fileName: string }>(page, 'imports')).some((i) => i.fileName === 'large.csv')).toBe(false);
    await page.close();
  });

  it('prints the filters, each table beside its chart, and the trend figures; saves charts as white PNGs at twice the pixels', async () => {
    const page = await ext.openPage('dashboard.html');
    const { authorityCode, authorityName } = responses[0]!;
    await show(page, { instrument: instrument.id, authority: authorityCode });

    const figure = page.locator('section.block figure.chart').first();
    const width = await figure.locator('canvas').evaluate((canvas) => canvas.getBoundingClientRect().width);
    const png = await clickAndDownload(page, figure.getByRole('button', { name: /Save chart as PNG/ }));
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const image = await loadImage(png.bytes);
    expect(image.width).toBe(2 * Math.round(width));
    const canvas = createCanvas(image.width, image.height);
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    expect([...context.getImageData(0, 0, 1, 1).data]).toEqual([255, 255, 255, 255]);
    expect([...context.getImageData(image.width - 1, image.height - 1, 1, 1).data]).toEqual([255, 255, 255, 255]);

    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Choose files to import' }).isVisible()).toBe(false);
    expect(await page.locator('.filters').isVisible()).toBe(false);
    expect(await page.locator('.view-line').textContent()).toBe(
      `Questionnaire: ${instrument.title} (${instrument.id}, version ${instrument.version}). Role group: All roles. Authority: ${authorityName} (${authorityCode}) beside all authorities. Period: all dates. `,
    );
    expect(await page.locator('.view-line').isVisible()).toBe(true);
    expect(await page.locator('.trend-figures table').isVisible()).toBe(true);
    // A table is followed by its own chart.
    const order = await page.locator('section.block').first().evaluate((block) => [...block.children].map((c) => c.tagName));
    expect(order).toEqual(['DIV', 'FIGURE']);
    await expectNoSeriousA11yViolations(page, 'dashboard, print view');
    await saveScreenshot(page.locator('section.block').nth(1), 'dashboard-print-block');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    writeFileSync(join(screenshotsDir, 'dashboard-print.pdf'), pdf);
    await page.close();
  });

  it('removes imports with their responses', async () => {
    const page = await ext.openPage('dashboard.html');
    await page.getByRole('button', { name: 'Remove roles.csv' }).click();
    await expect.poll(async () => (await readTable<{ instrumentId: string }>(page, 'pooled')).filter((r) => r.instrumentId === 'pulse').length).toBe(0);
    await page.getByRole('button', { name: 'Remove pool.csv' }).click();
    await expect.poll(async () => (await readTable(page, 'pooled')).length).toBe(0);
    await expect.poll(() => page.getByRole('button', { name: /^Remove / }).count()).toBe(0);
    // (The previous pool stays on the page until the emptied one is read.)
    await expect.poll(() => page.locator('section[aria-labelledby="results-title"]').textContent()).toContain(`No responses to ${instrument.title} have been imported yet.`);
    await page.close();
  });
});
