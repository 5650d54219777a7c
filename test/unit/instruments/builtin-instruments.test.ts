import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_INSTRUMENTS, getBuiltinInstrument } from '../../../lib/instruments/builtin';
import { allItems, itemText, sectionHeading, statement } from '../../../lib/instruments/items';

const repoRoot = resolve(__dirname, '../../..');
const published = JSON.parse(readFileSync(resolve(repoRoot, '../shared/reference/ofsted-2011-annex-a.json'), 'utf8'));

describe('built-in instruments', () => {
  it('are the three named in the product contract, each with a version', () => {
    expect(BUILTIN_INSTRUMENTS.map((i) => i.id)).toEqual(['pulse', 'ofsted-2011-social-workers', 'ofsted-2011-managers']);
    for (const instrument of BUILTIN_INSTRUMENTS) expect(instrument.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('ship an unchanged copy of the shared Annex A reference', () => {
    const copy = readFileSync(resolve(repoRoot, 'lib/instruments/data/ofsted-2011-annex-a.json'), 'utf8');
    expect(JSON.parse(copy)).toEqual(published);
  });

  it('pulse has at most six questions plus an optional comment, each with its seed and a short label, once a week', () => {
    const pulse = getBuiltinInstrument('pulse');
    expect(pulse.oncePerWeek).toBe(true);
    const items = allItems(pulse);
    for (const item of items) expect(item.shortLabel!.length).toBeLessThan(item.text.length);
    const questions = items.filter((i) => i.type !== 'text');
    const comments = items.filter((i) => i.type === 'text');
    expect(questions.length).toBeLessThanOrEqual(6);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.required).toBe(false);
    for (const item of items) expect(item.source).toMatch(/Seed 00[0-4]/);
  });
});

describe.each([
  ['ofsted-2011-social-workers', 'social workers', 'social_worker'],
  ['ofsted-2011-managers', 'managers', 'manager'],
] as const)('%s', (id, group, role) => {
  const instrument = getBuiltinInstrument(id);
  const table = published.tables.find((t: { group: string }) => t.group === group);
  const likert = allItems(instrument).filter((i) => i.type === 'likert');

  it('has every published row as an item, word for word, with the merged row split in two', () => {
    expect(table.items).toHaveLength(table.item_count);
    expect(likert).toHaveLength(table.item_count + 1);
    const expectedIds = table.items.flatMap((row: { key: string }) =>
      row.key === 'team_support__merged_with_interagency_communication' ? ['team_support', 'interagency_communication'] : [row.key],
    );
    expect(likert.map((i) => i.id)).toEqual(expectedIds);
    for (const row of table.items) {
      if (row.key.startsWith('team_support__')) continue;
      const item = likert.find((i) => i.id === row.key)!;
      expect(item.text).toBe(row.text);
      expect(item.stem ?? null).toBe(row.stem);
    }
    const split = table.items.find((row: { key: string }) => row.key.startsWith('team_support__'));
    expect(`${likert.find((i) => i.id === 'team_support')!.text}. ${likert.find((i) => i.id === 'interagency_communication')!.text}`).toBe(split.text);
  });

  it('keeps the published headings in order, the two printed instructions as section instructions, and invents none', () => {
    const printed = [...new Set(table.items.map((row: { section: string | null }) => row.section))] as (string | null)[];
    // The reference JSON's notes (lines 730/1064, 984/1336) say which two "sections" are instructions.
    const instructions = printed.filter((p) => p !== null && /^(The following questions|When answering the following questions)/.test(p));
    expect(instructions).toHaveLength(2);
    const tableSections = instrument.sections.filter((s) => s.id !== 'most_important');
    expect(tableSections.map((s) => s.heading ?? s.intro ?? null)).toEqual(printed);
    expect(tableSections.filter((s) => s.intro !== undefined).map((s) => [s.heading, s.intro])).toEqual(instructions.map((i) => [undefined, i]));
    const pickThree = instrument.sections.find((s) => s.id === 'most_important')!;
    expect([pickThree.heading, pickThree.intro]).toEqual([undefined, undefined]);
  });

  it('says under the "three most important" questions that their options are reconstructed', () => {
    for (const item of allItems(instrument).filter((i) => i.type === 'multi')) {
      expect(item.hint).toBe('Ofsted did not publish the options of this question. These are the ones its report names, plus "Other".');
    }
  });

  it('uses the six-point scale as printed, with "Don\'t know" non-substantive', () => {
    const scale = instrument.scales.find((s) => s.id === 'ofsted6')!;
    expect(scale.options.map((o) => o.label)).toEqual(published.scale);
    expect(scale.options.filter((o) => !o.substantive).map((o) => o.label)).toEqual(["Don't know"]);
  });

  it("shows the respondent's role-specific wording where the table printed both", () => {
    const joined = published.wording_differences.filter((d: { key: string; printed_in_both_tables_as?: string }) => d.printed_in_both_tables_as && d.key !== '(heading)');
    expect(joined.map((d: { key: string }) => d.key)).toEqual(['sufficient_time', 'lm_critically_reflect']);
    for (const difference of joined) {
      const item = likert.find((i) => i.id === difference.key)!;
      expect(itemText(item, role)).toBe(role === 'manager' ? difference.managers : difference.social_workers);
    }
    // Elsewhere every item reads as printed: e.g. "post-qualifying" with no editorial note.
    expect(itemText(likert.find((i) => i.id === 'encouraged_pq_mgmt_qualifications')!, role)).toBe(
      'I am actively encouraged to achieve post-qualifying awards/MGMT qualifications',
    );
    const heading = instrument.sections.find((s) => s.heading?.startsWith('As a newly qualified'))!;
    expect(sectionHeading(heading, role)).toBe(role === 'manager' ? 'As a newly qualified manager or supervisor' : 'As a newly qualified social worker');
  });

  it('joins stem and text into one statement', () => {
    expect(statement(likert.find((i) => i.id === 'lm_manage_workload')!)).toBe(
      'My line manager gives me appropriate support to safeguard children and young people by helping me to manage my workload',
    );
  });

  it('has the "three most important" questions as choose-up-to-3', () => {
    const multi = allItems(instrument).filter((i) => i.type === 'multi');
    expect(multi.map((i) => [i.id, i.type === 'multi' && i.maxChoices])).toEqual([
      ['three_most_important_support', 3],
      ['three_most_significant_barriers', 3],
    ]);
  });
});
