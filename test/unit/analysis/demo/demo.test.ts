import { describe, expect, it } from 'vitest';
import { isoWeekKey } from '../../../../analysis/periods';
import {
  COMMENT_PHRASES,
  demoAuthorities,
  generateDemoResponses,
  MAX_DEMO_AUTHORITIES,
  Rng,
} from '../../../../analysis/demo';
import { answerProblem } from '../../../../lib/instruments/answers';
import { BUILTIN_INSTRUMENTS, getBuiltinInstrument } from '../../../../lib/instruments/builtin';
import { allItems } from '../../../../lib/instruments/items';
import type { SurveyResponse } from '../../../../lib/instruments/response';
import { canonicalCsvChunks } from '../../../../lib/io/canonical-csv-writer';

const pulse = getBuiltinInstrument('pulse');
const socialWorkers = getBuiltinInstrument('ofsted-2011-social-workers');

function groupBy<T>(values: readonly T[], key: (value: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const value of values) groups.set(key(value), [...(groups.get(key(value)) ?? []), value]);
  return groups;
}

function take<T>(iterable: Iterable<T>, n: number): T[] {
  const out: T[] = [];
  for (const value of iterable) {
    if (out.length >= n) break;
    out.push(value);
  }
  return out;
}

describe('demo data: determinism', () => {
  it('gives identical output for the same seed and options', () => {
    const csv = () => [...canonicalCsvChunks([socialWorkers], generateDemoResponses(socialWorkers, { seed: 42, responses: 2000 }))].join('');
    const a = csv();
    const b = csv();
    expect(a).toBe(b);
    expect([...generateDemoResponses(pulse, { seed: 9, responses: 500 })]).toEqual([...generateDemoResponses(pulse, { seed: 9, responses: 500 })]);
  });

  it('gives different output for a different seed', () => {
    const a = [...generateDemoResponses(pulse, { seed: 1, responses: 200 })];
    const b = [...generateDemoResponses(pulse, { seed: 2, responses: 200 })];
    expect(a.map((r) => r.answers)).not.toEqual(b.map((r) => r.answers));
    expect(a.map((r) => r.authorityName)).not.toEqual(b.map((r) => r.authorityName));
  });

  it('streams: a million-response generator yields its first rows without making the rest', () => {
    const generator = generateDemoResponses(socialWorkers, { responses: 1_000_000, authorities: 150 });
    expect(Array.isArray(generator)).toBe(false);
    const first = take(generator, 3);
    expect(first.map((r) => r.responseId)).toEqual(['demo-1-0000001', 'demo-1-0000002', 'demo-1-0000003']);
  });
});

describe('demo data: shape', () => {
  const responses = [...generateDemoResponses(pulse, { seed: 5, responses: 10_000, authorities: 20, weeks: 26, startDate: '2025-01-08' })];

  it('spreads over many fictional authorities, both roles, their teams and 26 ISO weeks of weekday working hours', () => {
    expect(new Set(responses.map((r) => r.authorityCode)).size).toBe(20);
    expect(new Set(responses.map((r) => isoWeekKey(r.submittedAt))).size).toBe(26);
    expect(isoWeekKey(responses[0]!.submittedAt)).toBe('2025-W02');
    const managers = responses.filter((r) => r.role === 'manager').length / responses.length;
    expect(managers).toBeGreaterThan(0.17);
    expect(managers).toBeLessThan(0.23);
    for (const r of responses.slice(0, 500)) {
      expect(r.submittedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z$/);
      const date = new Date(r.submittedAt);
      expect([1, 2, 3, 4, 5]).toContain(date.getUTCDay());
      expect(date.getUTCHours()).toBeGreaterThanOrEqual(8);
      expect(date.getUTCHours()).toBeLessThan(18);
      expect(r.team).not.toBe('');
    }
    const weeks = responses.map((r) => isoWeekKey(r.submittedAt));
    expect([...weeks].sort()).toEqual(weeks); // in week order
  });

  it('answers are valid for the instrument, for every built-in instrument', () => {
    for (const instrument of BUILTIN_INSTRUMENTS) {
      const items = new Map(allItems(instrument).map((item) => [item.id, item]));
      const problems: string[] = [];
      let answers = 0;
      for (const response of generateDemoResponses(instrument, { seed: 3, responses: 2000 })) {
        if (!instrument.roles.includes(response.role)) problems.push(`${response.responseId}: role ${response.role}`);
        for (const [itemId, value] of Object.entries(response.answers)) {
          const item = items.get(itemId);
          const problem = item ? answerProblem(instrument, item, value) : 'no such item';
          if (problem) problems.push(`${response.responseId} ${itemId} ${JSON.stringify(value)}: ${problem}`);
          answers++;
        }
      }
      expect(problems.slice(0, 5), instrument.id).toEqual([]);
      expect(answers).toBeGreaterThan(2000 * (items.size - 1) * 0.9);
    }
  });

  it('comments come from the neutral phrase bank only', () => {
    const comments = responses.map((r) => r.answers.comment).filter((c): c is string => typeof c === 'string');
    expect(comments.length).toBeGreaterThan(1000);
    for (const comment of comments) {
      const rest = COMMENT_PHRASES.reduce((text, phrase) => text.replaceAll(phrase, ''), comment).trim();
      expect(rest, comment).toBe('');
    }
  });

  it('authority names are fictional, codes unique', () => {
    const all = demoAuthorities(MAX_DEMO_AUTHORITIES, new Rng(1));
    expect(new Set(all.map((a) => a.code)).size).toBe(MAX_DEMO_AUTHORITIES);
    expect(new Set(all.map((a) => a.name)).size).toBe(MAX_DEMO_AUTHORITIES);
    const real = ['Kent', 'Surrey', 'Essex', 'Devon', 'Norfolk', 'Suffolk', 'Cumbria', 'Lancashire', 'Hertfordshire', 'Wiltshire', 'Sedgemoor', 'Halton', 'Wirral', 'Bracknell Forest'];
    for (const a of all) {
      expect(real).not.toContain(a.name);
      expect(a.code).toMatch(/^[A-Z]{3}$/);
      expect(a.teams.length).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('demo data: proportions (loose checks on 10,000 responses)', () => {
  const wanted = { 'Strongly disagree': 0.05, Disagree: 0.15, 'Neither agree nor disagree': 0.2, Agree: 0.4, 'Strongly agree': 0.2 };
  const responses = [...generateDemoResponses(pulse, { seed: 11, responses: 10_000, proportions: { agree5: wanted }, commentRate: 0.25 })];
  const agreeItems = ['workload_manageable', 'direct_work_time', 'support_when_needed', 'emotional_support', 'decision_confidence'];
  const codes: Record<string, number> = { 'Strongly disagree': 1, Disagree: 2, 'Neither agree nor disagree': 3, Agree: 4, 'Strongly agree': 5 };

  it('gives each option about the share asked for, item by item', () => {
    for (const itemId of agreeItems) {
      const answers = responses.map((r) => r.answers[itemId]);
      expect(answers.every((a) => a !== undefined)).toBe(true); // required items: never blank
      for (const [label, share] of Object.entries(wanted)) {
        const observed = answers.filter((a) => a === codes[label]).length / answers.length;
        expect(Math.abs(observed - share), `${itemId} ${label}: ${observed}`).toBeLessThan(0.04);
      }
    }
  });

  it('uses the default proportions otherwise, and the comment rate asked for', () => {
    const overall = responses.map((r) => r.answers.week_overall);
    const good = overall.filter((a) => a === 4).length / overall.length;
    expect(Math.abs(good - 0.45)).toBeLessThan(0.04);
    const comments = responses.filter((r) => r.answers.comment !== undefined).length / responses.length;
    expect(Math.abs(comments - 0.25)).toBeLessThan(0.02);
  });

  it('varies between authorities and between weeks, around the overall shares', () => {
    const positive = (rs: SurveyResponse[]) => rs.filter((r) => (r.answers.workload_manageable as number) >= 4).length / rs.length;
    const byAuthority = groupBy(responses, (r) => r.authorityCode);
    const big = [...byAuthority.values()].filter((rs) => rs.length >= 400).map(positive);
    expect(big.length).toBeGreaterThan(3);
    expect(Math.max(...big) - Math.min(...big)).toBeGreaterThan(0.08);
    const largest = [...byAuthority.values()].sort((a, b) => b.length - a.length)[0]!;
    const weekly = [...groupBy(largest, (r) => isoWeekKey(r.submittedAt)).values()].filter((rs) => rs.length >= 30).map(positive);
    expect(Math.max(...weekly) - Math.min(...weekly)).toBeGreaterThan(0.1);
  });

  it("draws about the asked shares of blanks and Don't know on the Ofsted questionnaire", () => {
    const rs = [...generateDemoResponses(socialWorkers, { seed: 4, responses: 10_000, blankRate: 0.05, dontKnowRate: 0.04 })];
    const item = 'regular_protected_supervision';
    const blank = rs.filter((r) => r.answers[item] === undefined).length / rs.length;
    const dontKnow = rs.filter((r) => r.answers[item] === 9).length / (rs.length * 0.95);
    expect(Math.abs(blank - 0.05)).toBeLessThan(0.01);
    expect(Math.abs(dontKnow - 0.04)).toBeLessThan(0.01);
    expect(rs.every((r) => r.role === 'social_worker')).toBe(true);
  });

  it('refuses proportions that do not name the options', () => {
    expect(() => generateDemoResponses(pulse, { proportions: { agree5: { Yes: 1 } } }).next()).toThrow(/every substantive option/);
  });
});

describe('demo data as canonical CSV', () => {
  it('writes codes when asked', () => {
    const [header, row] = take(canonicalCsvChunks([pulse], generateDemoResponses(pulse, { seed: 8, responses: 1 }), { answers: 'codes' }), 2);
    expect(header).toBe(
      'response_id,instrument,instrument_version,submitted_at,authority_code,authority_name,role,team,week_overall,workload_manageable,direct_work_time,support_when_needed,emotional_support,decision_confidence,comment\r\n',
    );
    expect(row).toMatch(/^demo-8-0000001,pulse,1\.0\.0,\d{4}-[^,]+Z,[A-Z]{3},[A-Za-z]+,(social_worker|manager),[^,]+(,[1-5]){6},.*\r\n$/);
  });
});
