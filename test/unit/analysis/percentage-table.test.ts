import { describe, expect, it } from 'vitest';
import { getBuiltinInstrument } from '../../../lib/instruments/builtin';
import type { SurveyResponse } from '../../../lib/instruments/response';
import { authoritiesOf, authorityReport, AuthorityReportError } from '../../../analysis/authority-report';
import { formatCount } from '../../../analysis/format-count';
import { addAnswerValues, addResponse, createAccumulator, sortedGroups, totalCounts, UnknownGroupColumnError } from '../../../analysis/group-counts';
import { netDefinition, percentageTable, tableRows, type ShownCell } from '../../../analysis/percentage-table';
import { renderAuthorityReportMarkdown, renderTableMarkdown } from '../../../analysis/render-markdown';
import { generate, halfUp, random } from './helpers/annex-a-respondents';

const ofstedSw = getBuiltinInstrument('ofsted-2011-social-workers');
const pulse = getBuiltinInstrument('pulse');
const CODES = [5, 4, 3, 2, 1, 9];

function swResponses(): SurveyResponse[] {
  const data = generate('social workers');
  return Array.from({ length: data.total }, (_, j) => ({
    responseId: `sw-${j}`,
    instrumentId: data.instrumentId,
    instrumentVersion: '1.0.0',
    submittedAt: `2011-06-${String(1 + (j % 28)).padStart(2, '0')}T09:00:00Z`,
    authorityCode: data.authorities[data.authorityOf[j]!]!.code,
    authorityName: data.authorities[data.authorityOf[j]!]!.name,
    role: 'social_worker',
    team: j % 3 === 0 ? '' : `Team ${j % 3}`,
    answers: Object.fromEntries([...data.answers].flatMap(([id, column]) => (column[j] === undefined ? [] : [[id, CODES[column[j]!]!]]))),
  }));
}

function accumulate(instrumentId: string, responses: SurveyResponse[], groupBy: string[] = []) {
  const accumulator = createAccumulator(getBuiltinInstrument(instrumentId), { groupBy });
  responses.forEach((r) => addResponse(accumulator, r));
  return accumulator;
}

describe('percentage table options', () => {
  const responses = swResponses();

  it('largest-remainder rounding makes every shown row sum to exactly 100, and says so', () => {
    const table = percentageTable(accumulate(ofstedSw.id, responses, ['authority']), { rounding: { method: 'largest-remainder' } });
    let rows = 0;
    for (const row of tableRows(table)) {
      for (const cell of [row.total, ...row.cells]) {
        if (cell.suppressed || row.multiple) continue;
        expect(cell.percents.reduce((a, b) => a + b, 0), row.itemId).toBe(100);
        rows += 1;
      }
    }
    expect(rows).toBeGreaterThan(300);
    expect(table.notes).toContain('Percentages are rounded to whole numbers by the largest remainder method, so each row sums to exactly 100.');
  });

  it('keeps decimals when asked', () => {
    const table = percentageTable(accumulate(ofstedSw.id, responses), { rounding: { decimals: 1 } });
    const data = generate('social workers');
    const row = tableRows(table).find((r) => r.itemId === 'lm_cpd')!;
    const counts = data.counts.get('lm_cpd')!;
    const n = counts.reduce((a, b) => a + b, 0);
    // Independent: tenths of a percent, half up, via integers.
    expect((row.total as ShownCell).percents).toEqual(counts.map((c) => Math.floor((2000 * c + n) / (2 * n)) / 10));
  });

  it('can leave "Don\'t know" out of the base: no such column, and no benchmark (not comparable)', () => {
    const table = percentageTable(accumulate(ofstedSw.id, responses), { base: { nonSubstantive: 'exclude' } });
    const row = tableRows(table).find((r) => r.itemId === 'supervision_quality_monitored')!;
    expect(row.options.map((o) => o.label)).toEqual(['Strongly agree', 'Agree', 'Neither agree or disagree', 'Disagree', 'Strongly disagree']);
    const counts = generate('social workers').counts.get('supervision_quality_monitored')!;
    const n = counts.slice(0, 5).reduce((a, b) => a + b, 0);
    expect((row.total as ShownCell).n).toBe(n);
    expect((row.total as ShownCell).percents).toEqual(counts.slice(0, 5).map((c) => halfUp(c, n)));
    expect(row.benchmark).toBeUndefined();
    expect(table.notes.some((note) => note.includes('"Don\'t know" and blank answers are left out'))).toBe(true);
    expect(table.notes.some((note) => note.startsWith('No Ofsted 2011 benchmark'))).toBe(true);
  });

  it('can leave the benchmark out', () => {
    const table = percentageTable(accumulate(ofstedSw.id, responses), { benchmark: 'none' });
    expect(tableRows(table).every((r) => r.benchmark === undefined)).toBe(true);
    expect(table.settings.benchmark).toBeNull();
  });

  it('uses the role wording of a one-role instrument and keeps stems', () => {
    const table = percentageTable(accumulate(ofstedSw.id, responses));
    const time = tableRows(table).find((r) => r.itemId === 'sufficient_time')!;
    expect(time.text).toBe('I feel I have sufficient time to work effectively with the children and young people who are on my workload');
    const cpd = tableRows(table).find((r) => r.itemId === 'lm_cpd')!;
    expect(cpd.stem).toBe('My line manager gives me appropriate support to safeguard children and young people by helping me to:');
    expect(cpd.statement).toBe('My line manager gives me appropriate support to safeguard children and young people by helping me to progress my continuing professional development');
  });

  it('breaks down by team, by an item’s answers, and by week, in a stable order', () => {
    const byTeam = percentageTable(accumulate(ofstedSw.id, responses, ['team']));
    expect(byTeam.columns.map((c) => c.label)).toEqual(['(no team)', 'Team 1', 'Team 2']);
    expect(byTeam.total.label).toBe('All teams');
    const byAnswer = percentageTable(accumulate(ofstedSw.id, responses, ['sufficient_time']));
    expect(byAnswer.columns.map((c) => c.label)).toEqual([
      'Strongly agree',
      'Agree',
      'Neither agree or disagree',
      'Disagree',
      'Strongly disagree',
      "Don't know",
      '(not answered)',
    ]);
    // The breakdown item's own row: each group answered only its own option.
    const own = tableRows(byAnswer).find((r) => r.itemId === 'sufficient_time')!;
    const shownOwn = own.cells.filter((c): c is ShownCell => !c.suppressed);
    expect(shownOwn.every((c) => c.percents.filter((p) => p === 100).length === 1)).toBe(true);
    const byWeek = accumulate(ofstedSw.id, responses, ['week']);
    expect(sortedGroups(byWeek).map((g) => g.values[0])).toEqual(['2011-W22', '2011-W23', '2011-W24', '2011-W25', '2011-W26']);
    expect(() => createAccumulator(ofstedSw, { groupBy: ['favourite_colour'] })).toThrow(UnknownGroupColumnError);
    expect(() => createAccumulator(pulse, { groupBy: ['comment'] })).toThrow(UnknownGroupColumnError);
  });

  it('counts responses to other instruments nowhere', () => {
    const accumulator = accumulate(ofstedSw.id, responses);
    const other = { ...responses[0]!, responseId: 'x', instrumentId: 'pulse' };
    expect(addResponse(accumulator, other)).toBe(false);
    expect(accumulator.otherInstruments).toBe(1);
    expect(addAnswerValues(accumulator, other, [])).toBe(false);
    expect(accumulator.otherInstruments).toBe(2);
    expect(totalCounts(accumulator).respondents).toBe(483);
  });
});

describe('choose-several items and ratings', () => {
  const responses: SurveyResponse[] = Array.from({ length: 20 }, (_, j) => ({
    responseId: `m${j}`,
    instrumentId: 'ofsted-2011-managers',
    instrumentVersion: '1.0.0',
    submittedAt: '2011-06-15T09:00:00Z',
    authorityCode: 'E1',
    authorityName: 'Northshire',
    role: 'manager',
    team: '',
    answers: (j < 16 ? { three_most_important_support: j < 10 ? [1, 2, 3] : [1, 4] } : {}) as SurveyResponse['answers'],
  }));

  it('gives each option as a share of respondents who answered', () => {
    const table = percentageTable(accumulate('ofsted-2011-managers', responses));
    const row = tableRows(table).find((r) => r.itemId === 'three_most_important_support')!;
    expect(row.multiple).toBe(true);
    const cell = row.total as ShownCell;
    expect(cell.n).toBe(16);
    // Supervision 16/16, line management 10/16, team colleagues 10/16, partner agencies 6/16.
    expect(cell.percents.slice(0, 4)).toEqual([100, 63, 63, 38]);
    expect(table.notes.some((n) => n.includes('several answers may be chosen'))).toBe(true);
  });

  it('nets the top two and bottom two of a rating scale', () => {
    const scale = pulse.scales.find((s) => s.id === 'week_feel')!;
    expect(netDefinition(scale)).toMatchObject({ positiveLabel: 'Top two', positiveCodes: [4, 5], negativeCodes: [2, 1], agreement: false });
    const agree = pulse.scales.find((s) => s.id === 'agree5')!;
    expect(netDefinition(agree)).toMatchObject({ positiveLabel: 'Net agree', positiveCodes: [5, 4], negativeCodes: [2, 1], agreement: true });
  });

  it('lists items without answer options as omitted', () => {
    const table = percentageTable(createAccumulator(pulse));
    expect(table.omittedItems).toEqual(['comment']);
  });
});

describe('per-authority report layout', () => {
  // 31 respondents in Northshire and 4,115 elsewhere: 4,146 in all.
  const next = random(31);
  const responses: SurveyResponse[] = [];
  const add = (code: string, name: string, count: number) => {
    for (let j = 0; j < count; j++) {
      responses.push({
        responseId: `${code}-${j}`,
        instrumentId: 'pulse',
        instrumentVersion: '1.0.0',
        submittedAt: '2025-02-12T09:00:00Z',
        authorityCode: code,
        authorityName: name,
        role: next() < 0.8 ? 'social_worker' : 'manager',
        team: '',
        answers: { week_overall: 1 + Math.floor(next() * 5), workload_manageable: 1 + Math.floor(next() * 5) },
      });
    }
  };
  add('E06000001', 'Northshire', 31);
  for (let a = 2; a <= 40; a++) add(`E0600${String(a).padStart(4, '0')}`, `Authority ${a}`, a === 40 ? 4115 - 38 * 105 : 105);

  it('puts "Results for <authority> (n = 31)" beside "All authorities (base = 4,146)"', () => {
    expect(responses).toHaveLength(4146);
    const table = percentageTable(accumulate('pulse', responses, ['authority']), { net: true });
    const page = authorityReport(table, 'E06000001');
    expect(page.heading).toBe('Results for Northshire (n = 31)');
    expect(page.allHeading).toBe('All authorities (base = 4,146)');
    expect(page.header).toBe('A total of 4,146 respondents responded to the questionnaire');
    const row = page.sections[0]!.rows.find((r) => r.itemId === 'workload_manageable')!;
    const mine = responses.filter((r) => r.authorityCode === 'E06000001').map((r) => r.answers.workload_manageable as number);
    const expected = [5, 4, 3, 2, 1].map((code) => halfUp(mine.filter((c) => c === code).length, 31));
    expect((row.authority as ShownCell).percents).toEqual(expected);
    expect((row.all as ShownCell).n).toBe(4146);
    expect(authoritiesOf(table)).toHaveLength(40);
    expect(renderAuthorityReportMarkdown(page)).toContain('## Results for Northshire (n = 31)');
  });

  it('needs a table broken down by authority alone', () => {
    const byRole = percentageTable(accumulate('pulse', responses, ['authority', 'role']));
    expect(() => authorityReport(byRole, 'E06000001')).toThrow(AuthorityReportError);
    const byAuthority = percentageTable(accumulate('pulse', responses, ['authority']));
    expect(() => authorityReport(byAuthority, 'nowhere')).toThrow(/No responses from authority "nowhere"/);
  });
});

describe('Markdown rendering and number formatting', () => {
  it('prints the header, headings, stems, n in parentheses and the notes', () => {
    const table = percentageTable(accumulate(ofstedSw.id, swResponses()), { net: true });
    const markdown = renderTableMarkdown(table);
    expect(markdown).toContain('A total of 483 social workers responded to the questionnaire');
    expect(markdown).toContain('| **Workload** |');
    expect(markdown).toContain('| *My line manager gives me appropriate support to safeguard children and young people by helping me to:* |');
    expect(markdown).toContain('| Progress my continuing professional development (445) |');
    expect(markdown).toContain('- The number of social workers answering each question is shown in parentheses.');
    expect(markdown).toContain('Net agree | Net disagree | Ofsted 2011 (n) |');
  });

  it('formats counts with commas, the same on every machine', () => {
    expect([0, 31, 999, 1000, 4146, 1000000, -12345].map(formatCount)).toEqual(['0', '31', '999', '1,000', '4,146', '1,000,000', '-12,345']);
  });
});
