/**
 * A social worker's journey in the real extension: set up a profile, meet a full disk, answer the
 * pulse by keyboard alone (closing the popup half way), change it and cancel, answer the Ofsted
 * questionnaire across a reload (checking every question's wording against the published table),
 * be turned away from the managers' questionnaire, read the saved responses back from IndexedDB,
 * export them, and delete everything. Every page is checked with axe-core, at 200% zoom, and
 * photographed; the chosen options are photographed in forced colours too.
 */
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import annex from '../../lib/instruments/data/ofsted-2011-annex-a.json';
import { accessibleNames } from './support/accessible-names';
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
  week: string;
  authorityCode: string;
  authorityName: string;
  role: string;
  team: string;
  installId: string;
  answers: Record<string, unknown>;
}

type Group = 'social workers' | 'managers';

const POPUP_SIZE = { width: 380, height: 640 };
// The scale of the Ofsted table, in printed order, with the codes documented for it.
const OFSTED_CODES = [5, 4, 3, 2, 1, 9];
const rowsOf = (group: Group) => annex.tables.find((t) => t.group === group)!.items as Array<(typeof annex.tables)[number]['items'][number] & { possible_split?: string[] }>;
// Item ids of the social workers' questionnaire: the published keys, the merged row split in two.
const ofstedItemIds = rowsOf('social workers').flatMap((row) => (row.possible_split ? ['team_support', 'interagency_communication'] : [row.key]));
// The two printed "headings" that the reference JSON's notes call instructions.
const INSTRUCTION = /^(The following questions|When answering the following questions)/;

/**
 * Every question of an Ofsted questionnaire as a screen reader should announce it, computed from
 * the reference JSON: the printed text (or the group's own half of a row that printed both), a
 * stem and its item read as one sentence, the merged row as its two statements, then the two
 * "three most important" questions without the JSON's editorial parenthesis.
 */
function expectedQuestions(group: Group): string[] {
  const side = group === 'managers' ? 'managers' : 'social_workers';
  const ownWording = new Map(
    annex.wording_differences
      .filter((d) => 'printed_in_both_tables_as' in d && d.key !== '(heading)')
      .map((d) => [d.key, (d as unknown as Record<string, string>)[side]!]),
  );
  const sentence = (stem: string | null, text: string) => (stem ? `${stem.replace(/:\s*$/, '')} ${text[0]!.toLowerCase()}${text.slice(1)}` : text);
  const rows = rowsOf(group).flatMap((row) => row.possible_split ?? [sentence(row.stem, ownWording.get(row.key) ?? row.text)]);
  const pickThree = annex.other_questions.filter((q) => q.id.startsWith('three_most')).map((q) => q.question.replace(/\s*\(.*\)$/, ''));
  return [...rows, ...pickThree];
}

/** The ISO week of today's local date (Thursday rule), computed here independently of the extension. */
function localIsoWeekToday(): string {
  const now = new Date();
  const date = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const week = Math.ceil(((date.getTime() - Date.UTC(date.getUTCFullYear(), 0, 1)) / 86_400_000 + 1) / 7);
  return `${date.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

let ext: ExtensionSession;
/** A tab of the extension's origin running none of its code, for reading and writing its IndexedDB. */
let store: Page;
beforeAll(async () => {
  ext = await launchExtension();
  store = await ext.openPage('manifest.json');
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

/** Writes (`put`) or deletes (`deleteKey`) one row with the raw IndexedDB API, outside the code under test. */
async function writeRaw(target: Page, table: string, change: { put?: Record<string, unknown>; deleteKey?: string }): Promise<void> {
  const arg = { table, put: change.put ?? null, deleteKey: change.deleteKey ?? null };
  await target.evaluate<void, typeof arg>(
    ({ table, put, deleteKey }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('frontline-pulse');
        open.onsuccess = () => {
          const tx = open.result.transaction(table, 'readwrite');
          if (put) tx.objectStore(table).put(put);
          if (deleteKey !== null) tx.objectStore(table).delete(deleteKey);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    arg,
  );
}

/** Walks every section of an open questionnaire, collecting what each section shows, without answering. */
async function walkSections(page: Page, sections: number): Promise<{ questions: string[]; titles: string[]; instructions: string[] }> {
  const walked = { questions: [] as string[], titles: [] as string[], instructions: [] as string[] };
  for (let section = 1; section <= sections; section++) {
    await page.getByText(new RegExp(`^Section ${section} of ${sections}`)).waitFor();
    walked.questions.push(...(await accessibleNames(page, 'group')));
    walked.titles.push(...(await page.getByRole('heading', { level: 2 }).allTextContents()));
    walked.instructions.push(...(await page.locator('.instructions').allTextContents()));
    if (section < sections) await page.getByRole('button', { name: 'Save and continue' }).click();
  }
  return walked;
}

/** The section titles and instructions must be the printed headings, navigation titles, and the printed instructions. */
function expectPrintedStructure(group: Group, walked: { titles: string[]; instructions: string[] }, role: 'social_workers' | 'managers') {
  const printed = [...new Set(rowsOf(group).map((row) => row.section))];
  const nq = annex.wording_differences.find((d) => d.key === '(heading)')!;
  const headings = printed.filter((p): p is string => p !== null && !INSTRUCTION.test(p)).map((p) => (p === nq.printed_in_both_tables_as ? nq[role]! : p));
  expect(walked.titles.filter((t) => !/^Questions? \d+(–\d+)?$/.test(t))).toEqual(headings);
  expect(walked.titles.filter((t) => /^Questions? \d+(–\d+)?$/.test(t))).toHaveLength(printed.length + 1 - headings.length);
  expect(walked.instructions).toEqual(printed.filter((p) => p !== null && INSTRUCTION.test(p)));
}

describe('a social worker using Frontline Pulse', () => {
  it('is asked for authority and role before the first pulse', async () => {
    const popup = await ext.openPage('popup.html');
    await popup.setViewportSize(POPUP_SIZE);
    await expect.poll(() => popup.getByRole('button', { name: 'Choose authority and role' }).count()).toBe(1);
    await checkPage(popup, 'popup-first-run');
    await popup.close();
  });

  it('sets up a profile and a reminder on the options page, and is told whether storage is persistent', async () => {
    const options = await ext.openPage('options.html');
    await options.getByRole('button', { name: 'Save profile' }).click();
    await expect.poll(() => options.getByRole('alert').first().textContent()).toContain('Enter your local authority code');
    await options.getByLabel('Local authority code').fill('E10000099');
    await options.getByLabel('Local authority name').fill('Northshire');
    await options.getByRole('radio', { name: 'Social worker' }).check();
    await options.getByLabel('Team (optional)').fill('Assessment 2');
    await options.getByRole('button', { name: 'Save profile' }).click();
    await expect.poll(() => options.getByText('Profile saved.').count()).toBe(1);
    const persisted = await options.evaluate(() => navigator.storage.persisted());
    await expect
      .poll(() => options.locator('#storage-status').textContent())
      .toMatch(persisted ? /^Storage: persistent\./ : /^Storage: not persistent\./);

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

  it('says truthfully what was not saved when storage is full, keeps the answers on screen, and loses nothing saved', async () => {
    const popup = await ext.openPage('popup.html');
    await popup.setViewportSize(POPUP_SIZE);
    await popup.getByRole('heading', { name: 'Weekly pulse' }).waitFor();
    await popup.locator('#question-week_overall-4').check();
    await popup.locator('#question-workload_manageable-2').check();
    await expect.poll(async () => (await readTable<{ answers: unknown }>(store, 'drafts'))[0]?.answers).toEqual({ week_overall: 4, workload_manageable: 2 });

    // The disk fills up: every IndexedDB write in this page now fails as Chromium's do.
    await popup.evaluate(() => {
      const store = IDBObjectStore.prototype as unknown as Record<string, unknown>;
      (window as unknown as Record<string, unknown>).realWrites = { put: store.put, add: store.add, delete: store.delete };
      for (const method of ['put', 'add', 'delete']) {
        store[method] = function () {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
      }
    });
    await popup.locator('#question-direct_work_time-5').check();
    const draftAlert = popup.getByRole('alert').filter({ hasText: 'not saved yet' });
    await expect
      .poll(() => draftAlert.textContent())
      .toBe(
        "Your latest changes are not saved yet, because this browser's storage is full. They are still on this page, but they will be lost if you close it. Free some space (for example clear other sites' data): they are saved again with your next change.",
      );
    expect(await popup.locator('#question-direct_work_time-5').isChecked()).toBe(true);
    for (const id of ['support_when_needed', 'emotional_support', 'decision_confidence']) await popup.locator(`#question-${id}-4`).check();
    // The first submission also makes the install id: that write fails first.
    await popup.getByRole('button', { name: 'Save my pulse' }).click();
    await expect
      .poll(() => popup.getByRole('alert').filter({ hasText: 'not submitted' }).textContent())
      .toBe(
        "Your answers were not submitted, because this browser's storage is full. They are still on this page, and the draft saved before is unchanged. Free some space (for example clear other sites' data) and submit again.",
      );
    await saveScreenshot(popup, 'popup-storage-full');
    expect(await popup.locator('#question-decision_confidence-4').isChecked()).toBe(true);
    expect(await readTable(store, 'responses')).toEqual([]);
    expect((await readTable<{ key: string }>(store, 'settings')).map((s) => s.key)).not.toContain('installId');
    expect((await readTable<{ answers: unknown }>(store, 'drafts'))[0]?.answers).toEqual({ week_overall: 4, workload_manageable: 2 });

    // Space is freed: the next change saves everything on the page, and the message goes.
    await popup.evaluate(() => {
      const real = (window as unknown as { realWrites: Record<string, unknown> }).realWrites;
      Object.assign(IDBObjectStore.prototype, real);
    });
    await popup.locator('#question-decision_confidence-3').check();
    await expect.poll(() => draftAlert.count()).toBe(0);
    await expect
      .poll(async () => (await readTable<{ answers: unknown }>(store, 'drafts'))[0]?.answers)
      .toEqual({ week_overall: 4, workload_manageable: 2, direct_work_time: 5, support_when_needed: 4, emotional_support: 4, decision_confidence: 3 });
    await popup.close();
    // Start the keyboard journey below from an empty pulse.
    await writeRaw(store, 'drafts', { deleteKey: 'pulse' });
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
    expect(await popup.getByRole('columnheader').allTextContents()).toEqual(['Week of', 'How the week felt', 'Workload manageable']);
    await expect(weeks.last().textContent()).resolves.toContain('Good');
    await checkPage(popup, 'popup-pulse-saved');

    const responses = await readTable<StoredRow>(popup, 'responses');
    expect(responses).toHaveLength(1);
    expect(responses[0]).toMatchObject({
      instrumentId: 'pulse',
      instrumentVersion: '1.0.0',
      week: localIsoWeekToday(),
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
    expect(responses[0]!.installId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await readTable(popup, 'drafts')).toEqual([]);
    await popup.close();
  });

  it("starts changing this week's pulse, then cancels the changes", async () => {
    const before = await readTable<StoredRow>(store, 'responses');
    const popup = await ext.openPage('popup.html');
    await popup.setViewportSize(POPUP_SIZE);
    await popup.getByRole('button', { name: "Change this week's answers" }).click();
    await expect.poll(() => popup.getByRole('radio', { name: 'Good', exact: true }).isChecked()).toBe(true);
    await popup.getByRole('radio', { name: 'Very hard' }).check();
    await expect.poll(async () => (await readTable<{ answers: { week_overall?: number } }>(store, 'drafts'))[0]?.answers.week_overall).toBe(1);
    await checkPage(popup, 'popup-pulse-changing');
    await popup.getByRole('button', { name: 'Cancel changes' }).click();
    await expect.poll(() => popup.getByRole('heading', { name: "This week's pulse is done. Thank you." }).count()).toBe(1);
    expect(await readTable(store, 'drafts')).toEqual([]);
    expect(await readTable(store, 'responses')).toEqual(before);
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
    expect(await page.getByRole('heading', { level: 2 }).textContent()).toBe('Questions 1–2');
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
      if (section === 3) await checkPage(page, 'questionnaire-ofsted-section-3-instructions');
      if (section === 4) {
        await page.waitForTimeout(300);
        await page.reload();
        await page.getByText(/^Section 4 of 9/).waitFor();
        for (const id of ids) {
          if (expected[id] !== undefined) expect(await page.locator(`#question-${id}-${expected[id]}`).isChecked()).toBe(true);
        }
      }
      if (section === 8) {
        // Forced colours (high contrast) drop author colours: the chosen option must still stand out.
        await page.emulateMedia({ forcedColors: 'active' });
        const backgrounds = await page.locator('#question-support_vital_outcomes').evaluate((set) =>
          [...set.querySelectorAll('input')].map((input) => [input.checked, getComputedStyle(input.nextElementSibling!).backgroundColor] as const),
        );
        const chosen = backgrounds.filter(([checked]) => checked).map(([, colour]) => colour);
        const others = new Set(backgrounds.filter(([checked]) => !checked).map(([, colour]) => colour));
        expect(chosen).toHaveLength(1);
        expect(others.has(chosen[0]!)).toBe(false);
        await saveScreenshot(page.locator('#question-support_vital_outcomes'), 'questionnaire-radio-forced-colours');
        await page.emulateMedia({ forcedColors: 'none' });
      }
      if (section === 9) {
        await page.getByRole('checkbox', { name: 'Supervision' }).check();
        await page.getByRole('checkbox', { name: 'Support from partner agencies' }).check();
        // The third by keyboard: Space ticks a focused box.
        await page.getByRole('checkbox', { name: 'Training' }).focus();
        await page.keyboard.press('Space');
        expect(await page.getByRole('checkbox', { name: 'Training' }).isChecked()).toBe(true);
        expect(await page.locator('#question-three_most_important_support-counter').textContent()).toBe('Choose up to 3. 3 chosen.');
        expect(await page.getByRole('checkbox', { name: 'Other' }).first().isDisabled()).toBe(true);
        await page.getByRole('checkbox', { name: 'High caseloads' }).check();
        expected.three_most_important_support = [1, 4, 5];
        expected.three_most_significant_barriers = [3];
        await checkPage(page, 'questionnaire-ofsted-section-9');
        // A chosen tick box differs from an unchosen one in forced colours too.
        await page.emulateMedia({ forcedColors: 'active' });
        const ticks = await page.locator('#question-three_most_important_support').evaluate((set) =>
          [...set.querySelectorAll('input')].map((input) => [input.checked, getComputedStyle(input.nextElementSibling!, '::before').backgroundColor] as const),
        );
        const ticked = new Set(ticks.filter(([checked]) => checked).map(([, colour]) => colour));
        const unticked = new Set(ticks.filter(([checked]) => !checked).map(([, colour]) => colour));
        expect(ticked.size).toBe(1);
        expect(unticked.has([...ticked][0]!)).toBe(false);
        await saveScreenshot(page.locator('#question-three_most_important_support'), 'questionnaire-multi-forced-colours');
        await page.emulateMedia({ forcedColors: 'none' });
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

  it("turns a social worker away from the managers' questionnaire, with a link to theirs", async () => {
    const page = await ext.openPage('questionnaire.html?instrument=ofsted-2011-managers');
    const notice = page.getByRole('status').filter({ hasText: 'This questionnaire is for social work managers.' });
    await expect.poll(() => notice.count()).toBe(1);
    expect(await notice.textContent()).toContain('Your profile gives your role as "Social worker"');
    expect(await page.locator('fieldset').count()).toBe(0);
    await checkPage(page, 'questionnaire-wrong-role');
    await notice.getByRole('link', { name: 'Ofsted 2011 staff questionnaire: social workers' }).click();
    await page.getByText(/^Section 1 of 9/).waitFor();
    expect(new URL(page.url()).search).toBe('?instrument=ofsted-2011-social-workers');
    await page.close();
  });

  it('shows the Ofsted questions word for word as published, with instructions as instructions and no invented headings', async () => {
    const page = await ext.openPage('questionnaire.html?instrument=ofsted-2011-social-workers');
    await page.getByText(/^Section 1 of 9/).waitFor();
    await expect.poll(() => page.getByText('Every question is optional: answer the ones you can.').count()).toBe(1);
    expect(await page.getByText('(optional)').count()).toBe(0);
    const walked = await walkSections(page, 9);
    expect(walked.questions).toEqual(expectedQuestions('social workers'));
    expectPrintedStructure('social workers', walked, 'social_workers');
    // The options of the "three most important" questions are reconstructed, and the page says so.
    expect(await page.locator('fieldset.question').filter({ hasText: 'Ofsted did not publish the options of this question.' }).count()).toBe(2);
    await page.close();
  });

  it('keeps one pulse a week when the pulse is answered on the questionnaire page too', async () => {
    const before = (await readTable<StoredRow>(store, 'responses')).filter((r) => r.instrumentId === 'pulse');
    expect(before).toHaveLength(1);
    const page = await ext.openPage('questionnaire.html?instrument=pulse');
    await expect.poll(() => page.getByText("You have already answered this week's pulse.", { exact: false }).count()).toBe(1);
    await page.getByRole('button', { name: 'Submit my answers' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect.poll(() => summary.getByRole('link').count()).toBe(6);
    expect(await summary.getByRole('link').first().textContent()).toBe('Answer "Overall, how did this week feel?"');
    await checkPage(page, 'questionnaire-pulse-errors');
    for (const [id, code] of Object.entries({ week_overall: 4, workload_manageable: 2, direct_work_time: 5, support_when_needed: 4, emotional_support: 5, decision_confidence: 1 })) {
      await page.locator(`#question-${id}-${code}`).check();
    }
    await page.getByLabel(/^Anything else about your week/).fill('A long week in court.');
    await page.getByRole('button', { name: 'Submit my answers' }).click();
    await page.getByText('Thank you. Your answers are saved in this browser.').waitFor();
    const after = (await readTable<StoredRow>(store, 'responses')).filter((r) => r.instrumentId === 'pulse');
    expect(after.map((r) => [r.responseId, r.week, r.answers.emotional_support])).toEqual([[before[0]!.responseId, before[0]!.week, 5]]);
    await page.close();
  });

  it('restores what it can of a damaged draft and names, in words, what it could not', async () => {
    await writeRaw(store, 'drafts', {
      put: { instrumentId: 'ofsted-2011-social-workers', answers: { sufficient_time: 4, lm_cpd: 17, no_such_item: 1 }, sectionIndex: 'x' },
    });
    const questionnaire = await ext.openPage('questionnaire.html?instrument=ofsted-2011-social-workers');
    const notice = questionnaire.getByRole('status').filter({ hasText: 'could not be restored' });
    await expect.poll(() => notice.getByRole('listitem').allTextContents()).toEqual([
      // The stem and item of the published row (JSON key lm_cpd), as one sentence.
      `${rowsOf('social workers').find((r) => r.key === 'lm_cpd')!.stem!.replace(/:$/, '')} progress my continuing professional development`,
      'an answer to a question this questionnaire no longer has',
    ]);
    expect(await questionnaire.getByText(/^Section 1 of 9 · 1 of 40 questions answered/).count()).toBe(1);
    await checkPage(questionnaire, 'questionnaire-damaged-draft');
    await questionnaire.close();
  });

  it('shows a clear message, not a blank page, when the database cannot be read', async () => {
    for (const [pagePath, name] of [
      ['popup.html', 'popup'],
      ['questionnaire.html?instrument=ofsted-2011-social-workers', 'questionnaire'],
      ['options.html', 'options'],
    ] as const) {
      const page = await ext.context.newPage();
      // Every IndexedDB read in this tab fails, as with a damaged profile or disk.
      await page.addInitScript(() => {
        for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype] as unknown as Record<string, unknown>[]) {
          for (const method of ['get', 'getAll', 'getAllKeys', 'count', 'openCursor', 'openKeyCursor']) {
            proto[method] = function () {
              throw new DOMException('The disk could not be read.', 'UnknownError');
            };
          }
        }
      });
      await page.goto(ext.url(pagePath));
      const alert = page.getByRole('alert');
      await expect.poll(() => alert.first().textContent(), { message: name }).toMatch(/^Frontline Pulse could not read your (settings|saved answers|recent pulses)/);
      expect(await alert.first().textContent()).toContain('Nothing has been changed or deleted.');
      expect(await page.locator('[aria-busy="true"]').count()).toBe(0);
      await checkPage(page, `${name}-read-failure`);
      await page.close();
    }
  });

  it('exports the responses as canonical CSV and JSON, then deletes everything after confirmation', async () => {
    // A response to a questionnaire this version does not know (an older release's, say).
    const page = await ext.openPage('options.html');
    await expect.poll(() => page.getByText(/This browser holds 2 of your responses/).count()).toBe(1);
    const stored = await readTable<StoredRow>(page, 'responses');
    await writeRaw(page, 'responses', { put: { ...stored[0]!, responseId: 'old-1', instrumentId: 'team-survey-2024', answers: { q1: 1 } } });
    await page.reload();
    await expect.poll(() => page.getByText(/This browser holds 3 of your responses/).count()).toBe(1);

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
      emotional_support: 'Strongly agree',
      decision_confidence: 'Strongly disagree',
      comment: 'A long week in court.',
      sufficient_time: '',
    });
    const ofstedRow = parsed.data.find((row) => row.instrument === 'ofsted-2011-social-workers')!;
    // Item i of the table was answered with the i-th printed label (cycling), as above.
    ofstedItemIds.forEach((id, index) => expect(ofstedRow[id], id).toBe(annex.scale[index % annex.scale.length]));
    expect(ofstedRow.three_most_important_support).toBe('Supervision; Support from partner agencies; Training');
    expect(csv).not.toContain(stored[0]!.installId);
    expect(await page.getByRole('alert').filter({ hasText: 'The CSV holds' }).textContent()).toBe(
      'The CSV holds 2 responses. Left out of it: 1 response to a questionnaire this version of Frontline Pulse does not know (team-survey-2024), for which the CSV has no columns. The JSON export includes every response.',
    );

    const json = JSON.parse(await clickAndReadDownload(page, 'Export my responses (JSON)'));
    expect(json.responses.map((r: { responseId: string }) => r.responseId).sort()).toEqual([...stored.map((r) => r.responseId), 'old-1'].sort());
    expect(JSON.stringify(json)).not.toContain(stored[0]!.installId);

    // The dashboard's pool lives in this browser too: one imported response from one file.
    await writeRaw(page, 'imports', {
      put: { id: 1, fileName: 'team.csv', format: 'canonical CSV', importedAt: '2025-02-13T10:00:00.000Z', responses: 1, added: 1, instrumentIds: ['pulse'], droppedColumns: [] },
    });
    await writeRaw(page, 'pooled', { put: { ...stored[0]!, responseId: 'pooled-1', importIds: [1] } });

    await page.getByRole('button', { name: 'Delete all my data…' }).click();
    const dialog = page.getByRole('alertdialog');
    await expect.poll(() => dialog.getByRole('listitem').allTextContents()).toEqual([
      'your 3 responses (pulses and questionnaires)',
      'your unfinished answers (Ofsted 2011 staff questionnaire: social workers)',
      'your profile: authority, role and team',
      'your reminder: it is switched off until you set it again',
      'the random install id that links your own responses',
      "the dashboard's pool on this browser: 1 imported response from 1 imported file",
    ]);
    await checkPage(page, 'options-confirm-delete');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await readTable(page, 'responses')).toHaveLength(3);
    await page.getByRole('button', { name: 'Delete all my data…' }).click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await page.getByText('All your data has been deleted from this browser.').waitFor();
    for (const table of ['responses', 'drafts', 'pooled', 'imports']) expect(await readTable(page, table), table).toEqual([]);
    const settings = await readTable<{ key: string; value: { enabled?: boolean } }>(page, 'settings');
    expect(settings.map((s) => [s.key, s.value.enabled])).toEqual([['reminder', false]]);
    // The page shows what is stored now, and the reminder alarm is gone.
    await expect.poll(() => page.getByLabel('Local authority code').inputValue()).toBe('');
    expect([await page.getByLabel('Local authority name').inputValue(), await page.getByLabel('Team (optional)').inputValue()]).toEqual(['', '']);
    expect(await page.getByRole('radio', { name: 'Social worker' }).isChecked()).toBe(false);
    expect(await page.getByRole('checkbox', { name: 'Remind me to do my weekly pulse' }).isChecked()).toBe(false);
    await expect.poll(() => ext.serviceWorker.evaluate(() => chrome.alarms.get('weekly-pulse'))).toBeUndefined();
    await checkPage(page, 'options-after-delete');
    await page.close();
  });

  it("shows a manager the managers' questionnaire word for word", async () => {
    const options = await ext.openPage('options.html');
    await options.getByLabel('Local authority code').fill('E10000099');
    await options.getByLabel('Local authority name').fill('Northshire');
    await options.getByRole('radio', { name: 'Manager, supervisor or senior practitioner' }).check();
    await options.getByRole('button', { name: 'Save profile' }).click();
    await expect.poll(() => options.getByText('Profile saved.').count()).toBe(1);
    await options.close();

    const page = await ext.openPage('questionnaire.html?instrument=ofsted-2011-managers');
    const walked = await walkSections(page, 9);
    expect(walked.questions).toEqual(expectedQuestions('managers'));
    expectPrintedStructure('managers', walked, 'managers');
    await page.close();
  });
});
