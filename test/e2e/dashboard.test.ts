/**
 * A manager pools workers' exports in the dashboard: several files at once (one of them broken),
 * duplicates ignored, the table for one authority checked against counts made here from the same
 * responses, an import removed. Checked with axe-core, at 200% zoom, and photographed.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoResponses } from '../../analysis/demo';
import { writeDemoCsv } from '../../analysis/demo/write-demo-csv';
import { getBuiltinInstrument } from '../../lib/instruments/builtin';
import { findItem, statement } from '../../lib/instruments/items';
import type { SurveyResponse } from '../../lib/instruments/response';
import { toCanonicalCsv } from '../../lib/io/canonical-csv-writer';
import { toJsonExport } from '../../lib/io/json-export';
import { expectNoSeriousA11yViolations } from './support/axe';
import { clickAndDownload } from './support/download';
import { launchExtension, type ExtensionSession } from './support/extension';
import { readTable } from './support/indexeddb';
import { repoRoot, screenshotsDir } from './support/paths';
import { saveScreenshot } from './support/screenshots';
import { emulateZoom, expectNoHorizontalScroll } from './support/zoom';

const instrument = getBuiltinInstrument('ofsted-2011-social-workers');
const responses: SurveyResponse[] = [...generateDemoResponses(instrument, { seed: 7, responses: 400, authorities: 5, weeks: 8 })];
const dir = mkdtempSync(join(tmpdir(), 'pulse-dashboard-'));
const poolCsv = join(dir, 'pool.csv');
const workerJson = join(dir, 'worker.json');
const brokenCsv = join(dir, 'broken.csv');
const pulse = getBuiltinInstrument('pulse');
// One authority with 12 social workers and 2 managers answering the pulse.
const smallshire: SurveyResponse[] = [...generateDemoResponses(pulse, { seed: 3, responses: 14, authorities: 1, weeks: 2, managerShare: 0 })].map((r, index) => ({
  ...r,
  authorityCode: 'SML',
  authorityName: 'Smallshire',
  role: index < 2 ? 'manager' : 'social_worker',
}));
const smallshireCsv = join(dir, 'smallshire.csv');
const largeCsv = join(dir, 'large.csv');
const importFixtures = join(repoRoot, 'test/fixtures/imports');
const badMapping = join(dir, 'bad-mapping.json');

let ext: ExtensionSession;
beforeAll(async () => {
  writeFileSync(poolCsv, toCanonicalCsv([instrument], responses));
  writeFileSync(smallshireCsv, toCanonicalCsv([pulse], smallshire));
  writeFileSync(workerJson, toJsonExport(responses.slice(0, 50)));
  const lines = toCanonicalCsv([instrument], responses.slice(0, 5)).split('\r\n');
  lines[2] = lines[2]!.replace(/,(Agree|Disagree|Strongly agree),/, ',Agreed,');
  writeFileSync(brokenCsv, lines.join('\r\n'));
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

describe('the dashboard', () => {
  it('imports several files at once, whole or not at all, without duplicates', async () => {
    const page = await ext.openPage('dashboard.html');
    await page.getByRole('heading', { name: 'Frontline Pulse dashboard' }).waitFor();
    await page.locator('#import-files').setInputFiles([poolCsv, workerJson, brokenCsv]);
    await expect.poll(() => page.locator('.import-done').count(), { timeout: 60_000 }).toBe(2);
    await expect.poll(() => page.locator('.import-failed').count()).toBe(1);
    expect(await page.locator('.import-done').first().textContent()).toContain('400 new responses added');
    expect(await page.locator('.import-done').nth(1).textContent()).toContain('0 new responses added, 50 already in the pool');
    expect(await page.locator('.import-failed').textContent()).toMatch(/broken\.csv, line 3, column .*"Agreed"/);
    const pooled = await readTable<{ responseId: string }>(page, 'pooled');
    expect(pooled.map((r) => r.responseId).sort()).toEqual(responses.map((r) => r.responseId).sort());
    expect((await readTable<{ fileName: string }>(page, 'imports')).map((i) => i.fileName).sort()).toEqual(['pool.csv', 'worker.json']);
    await page.close();
  });

  it("shows one authority's table beside all authorities, matching counts made independently", async () => {
    const page = await ext.openPage('dashboard.html');
    const authorityCode = responses[0]!.authorityCode;
    const authorityName = responses[0]!.authorityName;
    await page.getByLabel('Authority', { exact: true }).selectOption(authorityCode);
    await page.getByRole('heading', { name: new RegExp(`^Results for ${authorityName}`) }).waitFor();

    const item = findItem(instrument, 'sufficient_staff')!;
    const mine = responses.filter((r) => r.authorityCode === authorityCode && r.answers[item.id] !== undefined);
    const codes = [5, 4, 3, 2, 1, 9];
    const expected = [...codes.map((code) => halfUp(mine.filter((r) => r.answers[item.id] === code).length, mine.length)), mine.length];
    const line = page
      .locator('tbody.item', { has: page.locator('th.statement', { hasText: statement(item, 'social_worker') }) })
      .locator('tr', { has: page.locator('th', { hasText: authorityName }) });
    const cells = (await line.locator('td').allTextContents()).slice(0, 7).map(Number);
    expect(cells).toEqual(expected);

    // The CSV download opens in Excel (byte order mark) and holds the same figures.
    const download = await clickAndDownload(page, 'Download table (CSV for Excel)');
    expect([...download.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = Papa.parse<Record<string, string>>(download.text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    const exported = rows.filter((r) => r.item_id === item.id && r.group_key === authorityCode);
    expect(exported.filter((r) => /^\d+$/.test(r.option_code!)).map((r) => Number(r.percent))).toEqual(expected.slice(0, 6));
    expect(new Set(exported.map((r) => Number(r.n)))).toEqual(new Set([mine.length]));
    expect(rows.some((r) => r.group_key !== authorityCode && r.group_key !== '(all)' && r.group_key !== 'ofsted-2011')).toBe(false);

    await expectNoSeriousA11yViolations(page, 'dashboard');
    await saveScreenshot(page, 'dashboard-authority');
    const zoom = await emulateZoom(page, 2);
    await expectNoHorizontalScroll(page, 'dashboard at 200%');
    await saveScreenshot(page, 'dashboard-authority-200pct');
    await zoom.reset();
    await page.close();
  });

  it('hides what a role filter would give away about the few managers left out', async () => {
    const page = await ext.openPage('dashboard.html');
    await page.locator('#import-files').setInputFiles([smallshireCsv]);
    await expect.poll(() => page.locator('.import-done').count()).toBe(1);
    await page.getByLabel('Questionnaire', { exact: true }).selectOption('pulse');
    await page.getByLabel('Authority', { exact: true }).selectOption('SML');
    const smallshireLine = page
      .locator('tbody.item', { has: page.locator('th.statement', { hasText: 'My workload this week was manageable.' }) })
      .locator('tr', { has: page.locator('th', { hasText: 'Smallshire' }) });
    // All 14 staff: shown.
    await expect.poll(() => smallshireLine.locator('td').count()).toBeGreaterThan(5);
    // The 12 social workers alone would reveal the 2 managers by subtraction: hidden.
    await page.getByLabel('Role group').selectOption('social_worker');
    await expect.poll(() => smallshireLine.locator('td').allTextContents()).toEqual(['fewer than 5 responses']);
    expect(await page.locator('.narrative li').count()).toBe(0);
    await saveScreenshot(page, 'dashboard-role-filter-hidden');
    const hiddenCsv = Papa.parse<Record<string, string>>((await clickAndDownload(page, 'Download table (CSV for Excel)')).text.replace(/^\uFEFF/, ''), { header: true }).data;
    const smallshireRows = hiddenCsv.filter((r) => r.group_key === 'SML');
    expect(smallshireRows.length).toBeGreaterThan(0);
    expect(smallshireRows.every((r) => r.status === 'suppressed' && r.n === '' && r.percent === '')).toBe(true);
    // The 2 managers: fewer than 5.
    await page.getByLabel('Role group').selectOption('manager');
    await expect.poll(() => smallshireLine.locator('td').first().textContent()).toBe('fewer than 5 responses');
    await page.getByRole('button', { name: 'Remove smallshire.csv' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Remove smallshire.csv' }).count()).toBe(0);
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
    await saveScreenshot(page.locator('section[aria-labelledby="import-title"]'), 'dashboard-import-settings');

    const surveyMonkey = join(repoRoot, '../shared/reference/external/surveymonkey-fake-export.csv');
    await page.locator('#import-files').setInputFiles([join(importFixtures, 'google-forms-pulse.csv'), surveyMonkey]);
    await expect.poll(() => page.locator('.import-done, .import-failed').count()).toBe(2);
    const rows = Papa.parse<Record<string, string>>(readFileSync(join(importFixtures, 'google-forms-pulse.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
    expect(await page.locator('.import-done').textContent()).toMatch(
      new RegExp(`google-forms: ${rows.length} new responses added\\. Personal columns dropped: .*Email address`),
    );
    // A SurveyMonkey export of another survey: none of its questions are the pulse's, so nothing is added.
    expect(await page.locator('.import-failed').textContent()).toContain('surveymonkey-fake-export.csv: no column matches an item of pulse');

    const imports = await readTable<{ id: number; fileName: string }>(page, 'imports');
    const importId = imports.find((i) => i.fileName === 'google-forms-pulse.csv')!.id;
    const pooled = (await readTable<{ importIds: number[]; authorityCode: string; role: string; instrumentId: string }>(page, 'pooled')).filter((r) =>
      r.importIds.includes(importId),
    );
    const authorityCodes: Record<string, string> = { Northshire: 'NSH', Wrenfield: 'WRF' };
    const tally = (values: string[]) => values.reduce<Record<string, number>>((all, v) => ({ ...all, [v]: (all[v] ?? 0) + 1 }), {});
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
    await saveScreenshot(page, 'dashboard-import-progress');
    await cancel.click();
    await expect.poll(() => page.locator('.import-failed').textContent()).toContain('Import of large.csv cancelled: nothing from it was added.');
    expect((await readTable(page, 'pooled')).length).toBe(before);
    expect((await readTable<{ fileName: string }>(page, 'imports')).some((i) => i.fileName === 'large.csv')).toBe(false);
    await page.close();
  });

  it('prints a table and its chart on A4', async () => {
    const page = await ext.openPage('dashboard.html');
    await page.getByLabel('Authority', { exact: true }).selectOption(responses[0]!.authorityCode);
    await page.locator('figure.chart canvas').first().waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Choose files to import' }).isVisible()).toBe(false);
    expect(await page.locator('table.results').first().isVisible()).toBe(true);
    await saveScreenshot(page, 'dashboard-print');
    await page.emulateMedia({ media: 'screen' });
    const png = await clickAndDownload(page, page.getByRole('button', { name: 'Save chart as PNG' }).first());
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.suggestedFilename).toMatch(/-statements\.png$/);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    writeFileSync(join(screenshotsDir, 'dashboard-print.pdf'), pdf);
    await page.close();
  });

  it('removes an import, keeping responses another import also brought', async () => {
    const page = await ext.openPage('dashboard.html');
    await page.getByRole('button', { name: 'Remove pool.csv' }).click();
    await expect.poll(async () => (await readTable(page, 'pooled')).length).toBe(50);
    await expect.poll(() => page.getByRole('button', { name: /^Remove / }).count()).toBe(1);
    await page.close();
  });
});
