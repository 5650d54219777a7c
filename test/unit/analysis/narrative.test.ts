import { describe, expect, it } from 'vitest';
import annex from '../../../lib/instruments/data/ofsted-2011-annex-a.json';
import { getBuiltinInstrument } from '../../../lib/instruments/builtin';
import type { SurveyResponse } from '../../../lib/instruments/response';
import { addResponse, createAccumulator } from '../../../analysis/group-counts';
import { itemNarrative, reportedStatement, tableNarrative } from '../../../analysis/narrative';
import { percentageTable, tableRows, type PercentageTable, type ShownCell } from '../../../analysis/percentage-table';
import {
  bandForPercent,
  INSPECTORATE_CONVENTION,
  OFSTED_2012_USAGE,
  quantifierConvention,
  quantifierFor,
} from '../../../analysis/quantifiers';
import { generate, halfUp, MERGED } from './helpers/annex-a-respondents';

type G = 'SW' | 'M';
type Measure = 'agree' | 'disagree';

/**
 * The report's quantified claims about single Annex A rows, as listed sentence by sentence in
 * `shared/reference/ofsted-2011-narrative-analysis.md` §1 (quote → group, item, word). Values are
 * looked up in the published table here (sums of the printed percentages, as the authors had them).
 */
const CLAIMS: { s: string; group: G; key: string; word: string; measure?: Measure }[] = [
  { s: 'S3', group: 'SW', key: 'support_work_more_effectively', word: 'a large majority' },
  { s: 'S3', group: 'M', key: 'support_work_more_effectively', word: 'a large majority' },
  { s: 'S4', group: 'M', key: 'sm_accessible_visible', word: 'a large majority' },
  { s: 'S4', group: 'SW', key: 'sm_accessible_visible', word: 'a large majority' },
  { s: 'S5', group: 'M', key: 'sm_clear_expectations', word: 'most' },
  { s: 'S5', group: 'SW', key: 'sm_clear_expectations', word: 'a large majority' },
  { s: 'S7', group: 'SW', key: 'la_open_to_new_ideas', word: 'just over half' },
  { s: 'S8', group: 'SW', key: 'opportunity_give_views', word: 'just under half' },
  { s: 'S10', group: 'SW', key: 'regular_protected_supervision', word: 'most' },
  { s: 'S10', group: 'M', key: 'regular_protected_supervision', word: 'most' },
  { s: 'S10', group: 'M', key: 'supervision_frequency_policy', word: 'most' },
  { s: 'S10', group: 'SW', key: 'lm_improve_outcomes', word: 'most' },
  { s: 'S10', group: 'M', key: 'lm_improve_outcomes', word: 'most' },
  { s: 'S11', group: 'SW', key: 'lm_effective_decisions', word: 'most' },
  { s: 'S11', group: 'M', key: 'lm_effective_decisions', word: 'a large majority' },
  { s: 'S12', group: 'SW', key: 'lm_cpd', word: 'a large majority' },
  { s: 'S12', group: 'M', key: 'lm_cpd', word: 'a large majority' },
  { s: 'S12', group: 'SW', key: 'lm_manage_workload', word: 'a large majority' },
  { s: 'S12', group: 'M', key: 'lm_manage_workload', word: 'a large majority' },
  { s: 'S12', group: 'SW', key: 'lm_understands_strengths', word: 'a large majority' },
  { s: 'S12', group: 'M', key: 'lm_understands_strengths', word: 'a large majority' },
  { s: 'S14', group: 'SW', key: 'lm_critically_reflect', word: 'a large majority' },
  { s: 'S14', group: 'M', key: 'lm_critically_reflect', word: 'a large majority' },
  { s: 'S15', group: 'SW', key: 'lm_emotional_impact', word: 'the majority' },
  { s: 'S15', group: 'M', key: 'lm_emotional_impact', word: 'the majority' },
  { s: 'S16', group: 'SW', key: 'supervision_quality_monitored', word: 'a minority' },
  { s: 'S16', group: 'M', key: 'supervision_quality_monitored', word: 'a minority' },
  { s: 'S19', group: 'M', key: 'sufficient_staff', word: 'the majority' },
  { s: 'S20', group: 'SW', key: MERGED, word: 'most' },
  { s: 'S20', group: 'M', key: MERGED, word: 'most' },
  { s: 'S21', group: 'SW', key: 'training_needs_appraisal', word: 'a large majority' },
  { s: 'S21', group: 'M', key: 'training_needs_appraisal', word: 'a large majority' },
  { s: 'S22', group: 'SW', key: 'access_ld_registration', word: 'most' },
  { s: 'S22', group: 'M', key: 'access_ld_registration', word: 'most' },
  { s: 'S22', group: 'SW', key: 'training_relevant', word: 'most' },
  { s: 'S22', group: 'M', key: 'training_relevant', word: 'most' },
  { s: 'S22', group: 'SW', key: 'training_up_to_date', word: 'most' },
  { s: 'S22', group: 'M', key: 'training_up_to_date', word: 'most' },
  { s: 'S24', group: 'M', key: 'take_up_training', word: 'most' },
  { s: 'S24', group: 'SW', key: 'take_up_training', word: 'a large majority' },
  { s: 'S28', group: 'SW', key: 'partner_challenge', word: 'a large majority' },
  { s: 'S28', group: 'M', key: 'partner_challenge', word: 'most' },
  { s: 'S33', group: 'SW', key: 'sufficient_time', word: 'the majority', measure: 'disagree' },
  { s: 'S34', group: 'SW', key: 'sufficient_time', word: 'a minority' },
  { s: 'S37', group: 'SW', key: 'workload_management_system', word: 'a minority' },
  { s: 'S38', group: 'M', key: 'workload_management_system', word: 'just over half' },
  { s: 'S39', group: 'SW', key: 'equal_opportunities', word: 'most' },
  { s: 'S39', group: 'M', key: 'equal_opportunities', word: 'most' },
];

/**
 * Claims the analysis marks as the report contradicting itself or using a word no band can give
 * (§3 misses, §4): the default convention is not expected to reproduce these.
 */
const NOT_REPRODUCIBLE: { s: string; group: G; key: string; word: string; why: string }[] = [
  { s: 'S9', group: 'SW', key: 'supervision_high_priority', word: 'the majority', why: '66 is "a large majority" in S14' },
  { s: 'S9', group: 'M', key: 'supervision_high_priority', word: 'the majority', why: '74 is "a large majority" in S3' },
  { s: 'S10', group: 'SW', key: 'supervision_frequency_policy', word: 'most', why: '77 is "a large majority" in S12' },
  { s: 'S23', group: 'SW', key: 'access_ld_registration', word: 'a large majority', why: 'the same row is "most" in S22' },
  { s: 'S23', group: 'M', key: 'access_ld_registration', word: 'a large majority', why: 'the same row is "most" in S22' },
  { s: 'S19', group: 'SW', key: 'sufficient_staff', word: 'the majority', why: '53: the report says "just over half" for 51 and 54' },
  { s: 'S35', group: 'M', key: 'sufficient_time', word: 'fewer than half', why: '46: the default says "just under half", as S8 for 48' },
  { s: 'S8', group: 'M', key: 'opportunity_give_views', word: 'three quarters', why: '75: a literal fraction, not a band' },
];

function published(group: G, key: string) {
  const table = annex.tables.find((t) => t.group === (group === 'SW' ? 'social workers' : 'managers'))!;
  return table.items.find((item) => item.key === key)!;
}

describe('quantifier conventions', () => {
  it('the default reproduces the 2012 report’s word for every claim the analysis finds consistent', () => {
    expect(CLAIMS).toHaveLength(48);
    for (const claim of CLAIMS) {
      const row = published(claim.group, claim.key);
      const value = claim.measure === 'disagree' ? row.d_plus_sd : row.sa_plus_a;
      expect(bandForPercent(value, OFSTED_2012_USAGE).word, `${claim.s} ${claim.group} ${claim.key} (${value}%)`).toBe(claim.word);
    }
  });

  it('differs from the report exactly where the report is inconsistent', () => {
    for (const claim of NOT_REPRODUCIBLE) {
      const value = published(claim.group, claim.key).sa_plus_a;
      expect(bandForPercent(value).word, `${claim.s}: ${claim.why}`).not.toBe(claim.word);
    }
  });

  it('has the bands the analysis infers (§3, §6)', () => {
    const words = (from: number, to: number) => [...new Set(Array.from({ length: to - from + 1 }, (_, i) => bandForPercent(from + i).word))];
    expect(words(1, 44)).toEqual(['a minority']);
    expect(words(45, 49)).toEqual(['just under half']);
    expect(words(50, 50)).toEqual(['half']);
    expect(words(51, 55)).toEqual(['just over half']);
    expect(words(56, 65)).toEqual(['the majority']);
    expect(words(66, 79)).toEqual(['a large majority']);
    expect(words(80, 99)).toEqual(['most']); // never "almost all": the report calls 90–94 "most"
  });

  it('offers the generic inspectorate convention: almost all ≥ 90, most 75–89, majority 50–74, minority 15–49, few < 15', () => {
    const word = (p: number) => bandForPercent(p, INSPECTORATE_CONVENTION).word;
    expect([1, 14].map(word)).toEqual(['a few', 'a few']);
    expect([15, 49].map(word)).toEqual(['a minority', 'a minority']);
    expect([50, 74].map(word)).toEqual(['the majority', 'the majority']);
    expect([75, 89].map(word)).toEqual(['most', 'most']);
    expect([90, 99].map(word)).toEqual(['almost all', 'almost all']);
    expect(quantifierConvention('inspectorate')).toBe(INSPECTORATE_CONVENTION);
    expect(() => quantifierConvention('nope')).toThrow(/ofsted-2012-usage, inspectorate/);
  });

  it('says "all" and "no" only for exactly all and exactly none', () => {
    expect(quantifierFor(0, 300).word).toBe('no');
    expect(quantifierFor(300, 300).word).toBe('all');
    expect(quantifierFor(299, 300).word).toBe('most'); // 99.7% prints as 100 but is not all
    expect(quantifierFor(1, 300).word).toBe('a minority'); // 0.3% prints as 0 but is somebody
    expect(quantifierFor(299, 300, INSPECTORATE_CONVENTION).word).toBe('almost all');
  });
});

describe('sentences', () => {
  async function table(group: 'social workers' | 'managers'): Promise<PercentageTable> {
    const data = generate(group);
    const accumulator = createAccumulator(getBuiltinInstrument(data.instrumentId));
    const codes = [5, 4, 3, 2, 1, 9];
    for (let j = 0; j < data.total; j++) {
      const answers = Object.fromEntries([...data.answers].flatMap(([id, column]) => (column[j] === undefined ? [] : [[id, codes[column[j]!]!]])));
      addResponse(accumulator, {
        responseId: String(j),
        instrumentId: data.instrumentId,
        instrumentVersion: '1.0.0',
        submittedAt: '2011-06-15T09:00:00Z',
        authorityCode: 'E1',
        authorityName: 'Northshire',
        role: data.instrumentId.endsWith('managers') ? 'manager' : 'social_worker',
        team: '',
        answers,
      });
    }
    return percentageTable(accumulator);
  }

  it('writes the report’s kind of sentence, with agreement and disagreement counted separately', async () => {
    const managers = await table('managers');
    const data = generate('managers');
    const counts = data.counts.get('sm_clear_expectations')!;
    const n = counts.reduce((a, b) => a + b, 0);
    const agree = halfUp(counts[0]! + counts[1]!, n);
    const disagree = halfUp(counts[3]! + counts[4]!, n);
    const sentence = tableNarrative(managers).find((s) => s.itemId === 'sm_clear_expectations')!;
    // S5: "Most managers … felt that expectations of staff were made clear by senior managers."
    expect(sentence.text).toBe(
      `Most social work managers (${agree}%) agreed or strongly agreed that senior managers ensure that staff are clear about ` +
        `their responsibilities and the expectations of them; ${disagree}% disagreed or strongly disagreed.`,
    );
  });

  it('states disagreement from Disagree + Strongly disagree, with the word when it is half or more (S33)', async () => {
    const workers = await table('social workers');
    const data = generate('social workers');
    const counts = data.counts.get('sufficient_time')!;
    const n = counts.reduce((a, b) => a + b, 0);
    const sentence = tableNarrative(workers).find((s) => s.itemId === 'sufficient_time')!;
    expect(sentence.positivePercent).toBe(halfUp(counts[0]! + counts[1]!, n));
    expect(sentence.negativePercent).toBe(halfUp(counts[3]! + counts[4]!, n));
    expect(sentence.positiveWord).toBe('a minority'); // S34
    expect(sentence.negativeWord).toBe('the majority'); // S33
    expect(sentence.text).toMatch(
      new RegExp(`^A minority of social workers \\(${sentence.positivePercent}%\\) agreed or strongly agreed that they feel they have sufficient time to work effectively with the children and young people who are on their workload; the majority \\(${sentence.negativePercent}%\\) disagreed or strongly disagreed\\.`),
    );
  });

  it('never infers disagreement from agreement', () => {
    const instrument = getBuiltinInstrument('pulse');
    const accumulator = createAccumulator(instrument);
    // 6 agree, 1 disagrees, 3 neither: 60% agree, 10% (not 40%) disagree.
    const answers = [5, 4, 4, 4, 4, 4, 2, 3, 3, 3];
    answers.forEach((code, j) =>
      addResponse(accumulator, {
        responseId: `p${j}`,
        instrumentId: 'pulse',
        instrumentVersion: '1.0.0',
        submittedAt: '2025-02-12T09:00:00Z',
        authorityCode: 'E1',
        authorityName: 'Northshire',
        role: 'social_worker',
        team: '',
        answers: { week_overall: 4, workload_manageable: code },
      } satisfies SurveyResponse),
    );
    const t = percentageTable(accumulator);
    const row = tableRows(t).find((r) => r.itemId === 'workload_manageable')!;
    const sentence = itemNarrative(row, row.total, 'respondents')!;
    expect(sentence.text).toBe(
      'The majority of respondents (60%) agreed or strongly agreed that their workload this week was manageable; 10% disagreed or strongly disagreed. ' +
        'The other 30% answered “Neither agree nor disagree”.',
    );
    // A rating scale: top two and bottom two, by label.
    const week = tableRows(t).find((r) => r.itemId === 'week_overall')!;
    expect(itemNarrative(week, week.total, 'respondents')!.text).toBe(
      'All respondents (100%) answered “Good” or “Very good” to “Overall, how did this week feel?”; none answered “Hard” or “Very hard”.',
    );
    expect(itemNarrative(row, row.total, 'respondents', { convention: INSPECTORATE_CONVENTION, style: 'quoted' })!.text).toMatch(
      /^The majority of respondents \(60%\) agreed or strongly agreed with the statement “My workload this week was manageable\.”;/,
    );
  });

  it('says why a suppressed group has no sentence', async () => {
    const workers = await table('social workers');
    const row = tableRows(workers).find((r) => r.itemId === 'three_most_important_support')!;
    expect(row.total.suppressed).toBe(true);
    expect(itemNarrative(row, row.total, 'social workers')!.text).toBe('No figures are shown for social workers on this question: fewer than 5 responses.');
    const shown = tableRows(workers).find((r) => r.itemId === 'lm_cpd')!;
    expect((shown.total as ShownCell).n).toBe(445);
  });

  it('turns first-person statements into reported speech', () => {
    expect(reportedStatement('I feel that I have equal opportunities in my workplace')).toBe('they feel that they have equal opportunities in their workplace');
    expect(reportedStatement('I am actively encouraged to achieve post-qualifying awards/MGMT qualifications')).toBe(
      'they are actively encouraged to achieve post-qualifying awards/MGMT qualifications',
    );
    expect(reportedStatement('The quality of support I received was vital')).toBe('the quality of support they received was vital');
    expect(reportedStatement('MGMT support helps me.')).toBe('MGMT support helps them');
  });
});
