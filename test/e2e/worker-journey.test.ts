/**
 * A social worker's journey in the real extension: set up a profile, answer the pulse by keyboard
 * alone (closing the popup half way), answer the Ofsted questionnaire across a reload, read the
 * saved responses back from IndexedDB, export them, and delete everything. Every page is checked
 * with axe-core, at 200% zoom, and photographed.
 */
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import annex from '../../lib/instruments/data/ofsted-2011-annex-a.json';
import { expectNoSeriousA11yViolations } from './support/axe';
import { clickAndReadDownload } from './support/download';
import { launchExtension, type ExtensionSession } from './support/extension';
import { readTable } from './support/indexeddb';
import { saveScreenshot } from './support/screenshots';
import { emulateZoom, expectNoHorizontalScroll } from './support/zoom';

declare const chrome: { alarms: { get(name: string): Promise<{ scheduledTime: number; periodInMinutes?: number } | undefined> } };

interface StoredRow {
  responseId: string;
  instrumentId: string;
  instrumentVersion: string;
  submittedAt: string;
  authorityCode: string;
  authorityName: string;
  role: string;
  team: string;
  installId: string;
  answers: Record<string, unknown>;
}

const POPUP_SIZE = { width: 380, height: 640 };
// The scale of the Ofsted table, in printed order, with the codes documented for it.
const OFSTED_CODES = [5, 4, 3, 2, 1, 9];
const socialWorkerRows = annex.tables.find((t) => t.group === 'social workers')!.items;
// Item ids of the social workers' questionnaire: the published keys, the merged row split in two.
const ofstedItemIds = socialWorkerRows.flatMap((row) =>
  row.key.startsWith('team_support__') ? ['team_support', 'interagency_communication'] : [row.key],
);

let ext: ExtensionSession;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

async function checkPage(page: Page, name: string): Promise<void> {
  await expectNoSeriousA11yViolations(page, name);
  await saveScreenshot(page, name);
  const zoom = await emulateZoom(page, 2);
  await expectNoHorizontalScroll(page, `${name} at 200%`);
  await saveScreenshot(page, `${name}-200pct`);
  await zoom.reset();
}

/** Focuses the first radio of the next question and moves along its options with the arrow keys. */
async function answerByKeyboard(page: Page, steps: number): Promise<void> {
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowRight');
}

describe('a social worker using Frontline Pulse', () => {
  it('is asked for authority and role before the first pulse', async () => {
    const popup = await ext.openPage('popup.html');
    await popup.setViewportSize(POPUP_SIZE);
    await expect.poll(() => popup.getByRole('button', { name: 'Choose authority and role' }).count()).toBe(1);
    await checkPage(popup, 'popup-first-run');
    await popup.close();
  });

  it('sets up a profile and a reminder on the options page', async () => {
    const options = await ext.openPage('options.html');
    await options.getByRole('button', { name: 'Save profile' }).click();
    await expect.poll(() => options.getByRole('alert').first().textContent()).toContain('Enter your local authority code');
    await options.getByLabel('Local authority code').fill('E10000099');
    await options.getByLabel('Local authority name').fill('Northshire');
    await options.getByRole('radio', { name: 'Social worker' }).check();
    await options.getByLabel('Team (optional)').fill('Assessment 2');
    await options.getByRole('button', { name: 'Save profile' }).click();
    await expect.poll(() => options.getByText('Profile saved.').count()).toBe(1);

    await options.getByLabel('Day').selectOption({ label: 'Monday' });
    await options.getByLabel('Time').fill('09:15');
    await options.getByRole('button', { name: 'Save reminder' }).click();
    await expect.poll(() => options.getByText('Reminder saved: every Monday at 09:15.').count()).toBe(1);
    const alarm = await ext.serviceWorker.evaluate(() => chrome.alarms.get('weekly-pulse'));
    const when = new Date(alarm!.scheduledTime);
    expect([when.getDay(), when.getHours(), when.getMinutes()]).toEqual([1, 9, 15]);
    expect(alarm!.periodInMinutes).toBe(7 * 24 * 60);
    expect(when.getTime() - Date.now()).toBeLessThanOrEqual(7 * 24 * 3600 * 1000);
    await checkPage(options, 'options-profile-saved');
    await options.close();
  });

  it('answers the pulse by keyboard alone, and closing the popup half way loses nothing', async () => {
    let popup = await ext.openPage('popup.html');
    await popup.setViewportSize(POPUP_SIZE);
    await popup.getByRole('heading', { name: 'Weekly pulse' }).waitFor();
    await checkPage(popup, 'popup-pulse-empty');
    // "Overall, how did this week feel?": first option, then 3 steps right = "Good" (code 4).
    await answerByKeyboard(popup, 3);
    // "My workload this week was manageable.": options run Strongly agree … Strongly disagree.
    await answerByKeyboard(popup, 3); // Disagree = 2
    await popup.waitForTimeout(300);
    await popup.close();

    popup = await ext.openPage('popup.html');
    await popup.setViewportSize(POPUP_SIZE);
    await expect.poll(() => popup.getByRole('radio', { name: 'Good', exact: true }).isChecked()).toBe(true);
    await expect(popup.locator('#question-workload_manageable-2').isChecked()).resolves.toBe(true);

    // Submitting now lists the four unanswered questions at the top, and focuses the summary.
    await popup.getByRole('button', { name: 'Save my pulse' }).click();
    const summary = popup.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect.poll(() => summary.getByRole('link').count()).toBe(4);
    await expect.poll(() => popup.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    await saveScreenshot(popup, 'popup-pulse-errors');
    await summary.getByRole('link').first().click();
    await expect.poll(() => popup.evaluate(() => location.hash)).toBe('#question-direct_work_time');

    // Carry on by keyboard from the third question.
    await popup.locator('#question-workload_manageable-2').focus();
    await answerByKeyboard(popup, 0); // direct work time: Strongly agree = 5
    await answerByKeyboard(popup, 1); // support when needed: Agree = 4
    await answerByKeyboard(popup, 2); // emotional support: Neither = 3
    await answerByKeyboard(popup, 4); // confidence: Strongly disagree = 1
    await popup.keyboard.press('Tab');
    await popup.keyboard.type('A long week in court.');
    await popup.keyboard.press('Tab');
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.getByRole('heading', { name: 'Saved. Thank you.' }).count()).toBe(1);
    const weeks = popup.getByRole('table').getByRole('row');
    await expect.poll(() => weeks.count()).toBe(9); // header + 8 weeks
    await expect(weeks.last().textContent()).resolves.toContain('Good');
    await checkPage(popup, 'popup-pulse-saved');

    const responses = await readTable<StoredRow>(popup, 'responses');
    expect(responses).toHaveLength(1);
    expect(responses[0]).toMatchObject({
      instrumentId: 'pulse',
      instrumentVersion: '1.0.0',
      authorityCode: 'E10000099',
      authorityName: 'Northshire',
      role: 'social_worker',
      team: 'Assessment 2',
      answers: {
        week_overall: 4,
        workload_manageable: 2,
        direct_work_time: 5,
        support_when_needed: 4,
        emotional_support: 3,
        decision_confidence: 1,
        comment: 'A long week in court.',
      },
    });
    expect(await readTable(popup, 'drafts')).toEqual([]);
    await popup.close();
  });

  it('names a questionnaire that does not exist and offers the real ones', async () => {
    const page = await ext.openPage('questionnaire.html?instrument=ofsted-2099');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('There is no questionnaire called "ofsted-2099".');
    expect(await page.getByRole('link').count()).toBe(3);
    await checkPage(page, 'questionnaire-unknown');
    await page.close();
  });

  it('completes the Ofsted questionnaire section by section, resuming after a reload', async () => {
    const page = await ext.openPage('questionnaire.html?instrument=ofsted-2011-social-workers');
    await page.getByText(/^Section 1 of 9/).waitFor();
    await checkPage(page, 'questionnaire-ofsted-section-1');
    const expected: Record<string, unknown> = {};
    for (let section = 1; section <= 9; section++) {
      await page.getByText(new RegExp(`^Section ${section} of 9`)).waitFor();
      const ids = await page.locator('fieldset.question').evaluateAll((sets) => sets.map((s) => s.id.replace('question-', '')));
      for (const id of ids) {
        const index = ofstedItemIds.indexOf(id);
        if (index === -1) continue;
        const code = OFSTED_CODES[index % OFSTED_CODES.length]!;
        await page.locator(`#question-${id}-${code}`).check();
        expected[id] = code;
      }
      if (section === 4) {
        await page.waitForTimeout(300);
        await page.reload();
        await page.getByText(/^Section 4 of 9/).waitFor();
        for (const id of ids) {
          if (expected[id] !== undefined) expect(await page.locator(`#question-${id}-${expected[id]}`).isChecked()).toBe(true);
        }
      }
      if (section === 9) {
        await page.getByRole('checkbox', { name: 'Supervision' }).check();
        await page.getByRole('checkbox', { name: 'Support from partner agencies' }).check();
        await page.getByRole('checkbox', { name: 'Training' }).check();
        expect(await page.getByRole('checkbox', { name: 'Other' }).first().isDisabled()).toBe(true);
        await page.getByRole('checkbox', { name: 'High caseloads' }).check();
        expected.three_most_important_support = [1, 4, 5];
        expected.three_most_significant_barriers = [3];
        await saveScreenshot(page, 'questionnaire-ofsted-section-9');
        await page.getByRole('button', { name: 'Submit my answers' }).click();
      } else {
        await page.getByRole('button', { name: 'Save and continue' }).click();
      }
    }
    await page.getByText('Thank you. Your answers are saved in this browser.').waitFor();
    await checkPage(page, 'questionnaire-ofsted-submitted');
    expect(Object.keys(expected)).toHaveLength(ofstedItemIds.length + 2);

    const saved = (await readTable<StoredRow>(page, 'responses')).find((r) => r.instrumentId === 'ofsted-2011-social-workers');
    expect(saved?.answers).toEqual(expected);
    await page.close();
  });

  it('shows the questionnaire error summary for required answers', async () => {
    const page = await ext.openPage('questionnaire.html?instrument=pulse');
    await page.getByRole('button', { name: 'Submit my answers' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect.poll(() => summary.getByRole('link').count()).toBe(6);
    expect(await summary.getByRole('link').first().textContent()).toBe('Answer "Overall, how did this week feel?"');
    await checkPage(page, 'questionnaire-pulse-errors');
    await page.close();
  });

  it('restores what it can of a damaged draft and says what it could not', async () => {
    const page = await ext.openPage('options.html');
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('frontline-pulse');
          open.onsuccess = () => {
            const tx = open.result.transaction('drafts', 'readwrite');
            tx.objectStore('drafts').put({
              instrumentId: 'ofsted-2011-managers',
              answers: { sufficient_time: 4, lm_cpd: 17, no_such_item: 1 },
              sectionIndex: 'x',
            });
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
          open.onerror = () => reject(open.error);
        }),
    );
    const questionnaire = await ext.openPage('questionnaire.html?instrument=ofsted-2011-managers');
    const notice = questionnaire.getByRole('status').filter({ hasText: 'could not be restored' });
    await expect.poll(() => notice.textContent()).toContain(': lm_cpd, no_such_item.');
    expect(await questionnaire.getByText(/^Section 1 of 9 · 1 of 41 questions answered/).count()).toBe(1);
    await saveScreenshot(questionnaire, 'questionnaire-damaged-draft');
    await questionnaire.close();
    await page.close();
  });

  it('exports the responses as canonical CSV and JSON, then deletes everything after confirmation', async () => {
    const page = await ext.openPage('options.html');
    await expect.poll(() => page.getByText(/This browser holds 2 of your responses/).count()).toBe(1);
    const stored = await readTable<StoredRow>(page, 'responses');

    const csv = await clickAndReadDownload(page, 'Export my responses (CSV)');
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields!.slice(0, 8)).toEqual(['response_id', 'instrument', 'instrument_version', 'submitted_at', 'authority_code', 'authority_name', 'role', 'team']);
    expect(parsed.data.map((row) => row.response_id).sort()).toEqual(stored.map((r) => r.responseId).sort());
    const pulseRow = parsed.data.find((row) => row.instrument === 'pulse')!;
    expect(pulseRow).toMatchObject({
      authority_code: 'E10000099',
      authority_name: 'Northshire',
      role: 'social_worker',
      team: 'Assessment 2',
      week_overall: 'Good',
      workload_manageable: 'Disagree',
      decision_confidence: 'Strongly disagree',
      comment: 'A long week in court.',
      sufficient_time: '',
    });
    const ofstedRow = parsed.data.find((row) => row.instrument === 'ofsted-2011-social-workers')!;
    // Item i of the table was answered with the i-th printed label (cycling), as above.
    ofstedItemIds.forEach((id, index) => expect(ofstedRow[id], id).toBe(annex.scale[index % annex.scale.length]));
    expect(ofstedRow.three_most_important_support).toBe('Supervision; Support from partner agencies; Training');
    expect(csv).not.toContain(stored[0]!.installId);

    const json = JSON.parse(await clickAndReadDownload(page, 'Export my responses (JSON)'));
    expect(json.responses).toHaveLength(2);
    expect(JSON.stringify(json)).not.toContain(stored[0]!.installId);

    await page.getByRole('button', { name: 'Delete all my data…' }).click();
    await expect.poll(() => page.getByRole('alertdialog').textContent()).toContain('This deletes your 2 responses');
    await saveScreenshot(page, 'options-confirm-delete');
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await readTable(page, 'responses')).toHaveLength(2);
    await page.getByRole('button', { name: 'Delete all my data…' }).click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await page.getByText('All your data has been deleted from this browser.').waitFor();
    expect(await readTable(page, 'responses')).toEqual([]);
    expect(await readTable(page, 'settings')).toEqual([]);
    await checkPage(page, 'options-after-delete');
    await page.close();
  });
});
