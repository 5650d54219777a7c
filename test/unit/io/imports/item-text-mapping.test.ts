import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { getBuiltinInstrument } from '../../../../lib/instruments/builtin';
import { allItems, itemText, scaleOf } from '../../../../lib/instruments/items';
import type { Role } from '../../../../lib/instruments/roles';
import type { Instrument } from '../../../../lib/instruments/schema';
import { importSurveyExport } from '../../../../lib/io/imports';
import { importFailure } from './helpers';

const managers = getBuiltinInstrument('ofsted-2011-managers');
const socialWorkers = getBuiltinInstrument('ofsted-2011-social-workers');

/**
 * A Qualtrics export of an Ofsted instrument as a survey author would set it up: statements with a
 * stem as matrix rows ("stem - text", ids Q10_1…), others as single questions, wording for `role`.
 * The headers follow Qualtrics' editor, not ours: different case, punctuation and spacing.
 */
function qualtricsExport(instrument: Instrument, role: Role, rows: string[][]): string {
  const items = allItems(instrument).filter((item) => item.type === 'likert');
  const keys = ['StartDate', 'EndDate', 'RecordedDate', 'ResponseId', 'RecipientEmail', 'IPAddress'];
  const texts = ['Start Date', 'End Date', 'Recorded Date', 'Response ID', 'Recipient Email', 'IP Address'];
  const ids = ['startDate', 'endDate', 'recordedDate', '_recordId', 'recipientEmail', 'ipAddress'];
  let matrix = 0;
  let lastStem: string | undefined;
  let row = 0;
  items.forEach((item, i) => {
    const text = itemText(item, role);
    if (item.stem) {
      if (item.stem !== lastStem) [matrix, row, lastStem] = [i + 1, 0, item.stem];
      row++;
      keys.push(`Q${matrix}_${row}`);
      texts.push(`${item.stem} - ${text}`);
      ids.push(`QID${matrix}_${row}`);
    } else {
      lastStem = undefined;
      keys.push(`Q${i + 1}`);
      // Qualtrics authors retype: upper case, doubled spaces, a final full stop.
      texts.push(`${text.toUpperCase().replace(/ /g, '  ')}.`);
      ids.push(`QID${i + 1}`);
    }
  });
  keys.push('Q99');
  texts.push('Identify the three most important types of support in improving outcomes for children and young people');
  ids.push('QID99');
  const header = [keys, texts, ids.map((id) => JSON.stringify({ ImportId: id }))];
  return Papa.unparse([...header, ...rows], { newline: '\r\n' });
}

function answerRow(id: string, cells: string[], support: string): string[] {
  return ['2025-03-03 09:00:00', '2025-03-03 09:12:00', '2025-03-03 09:12:01', id, 'someone@example.org', '192.0.2.1', ...cells, support];
}

describe('mapping by item text (built-in Ofsted wording)', () => {
  const likert = allItems(managers).filter((item) => item.type === 'likert');

  it("maps every statement of the managers' questionnaire, stems and managers' wording included", () => {
    const labels = ['Strongly agree', 'agree', 'NEITHER AGREE OR DISAGREE', 'Disagree', 'strongly disagree', 'Don’t know'];
    const first = likert.map((_, i) => labels[i % labels.length]!);
    const second = likert.map((_, i) => String([5, 4, 3, 2, 1, 9][(i + 1) % 6]));
    const text = qualtricsExport(managers, 'manager', [
      answerRow('R_a', first, 'Supervision,Training,Support from team colleagues'),
      answerRow('R_b', second, '1,5'),
    ]);
    const { responses, report } = importSurveyExport(text, { file: 'ofsted-managers.csv', instrument: managers, authorityCode: 'WRD' });
    expect(report.unmappedColumns).toEqual([]);
    const byText = report.mappedColumns.filter((c) => c.by === 'text').map((c) => c.target);
    expect(byText).toEqual([...likert.map((item) => item.id), 'three_most_important_support']);
    expect(report.droppedPersonalColumns).toEqual(['RecipientEmail', 'IPAddress']);
    expect(responses[0]?.role).toBe('manager');
    const scale = scaleOf(managers, likert[0]!)!;
    const codeOf = (label: string) => scale.options.find((o) => o.label.toLowerCase() === label.toLowerCase().replace('’', "'"))!.code;
    likert.forEach((item, i) => expect(responses[0]?.answers[item.id], item.id).toBe(codeOf(labels[i % 6]!)));
    likert.forEach((item, i) => expect(responses[1]?.answers[item.id], item.id).toBe([5, 4, 3, 2, 1, 9][(i + 1) % 6]));
    expect(responses[0]?.answers.three_most_important_support).toEqual([1, 3, 5]);
    expect(responses[1]?.answers.three_most_important_support).toEqual([1, 5]);
    // The managers' own wording mapped, e.g. "… effectively support the staff that I manage".
    expect(responses[0]?.answers.sufficient_time).toBeDefined();
    expect(responses[0]?.answers.lm_critically_reflect).toBeDefined();
  });

  it("maps the social workers' questionnaire from the social workers' wording", () => {
    const items = allItems(socialWorkers).filter((item) => item.type === 'likert');
    const text = qualtricsExport(socialWorkers, 'social_worker', [answerRow('R_c', items.map(() => 'Agree'), 'Training')]);
    const { responses, report } = importSurveyExport(text, { file: 'ofsted-sw.csv', instrument: socialWorkers, authorityCode: 'WRD' });
    expect(report.unmappedColumns).toEqual([]);
    expect(Object.keys(responses[0]!.answers)).toHaveLength(items.length + 1);
    expect(responses[0]?.role).toBe('social_worker');
  });

  it('maps a SurveyMonkey matrix by row label and a multiple-answer question by option columns', () => {
    const stem = 'My line manager gives me appropriate support to safeguard children and young people by helping me to:';
    const support = 'Identify the three most important types of support in improving outcomes for children and young people';
    const text = Papa.unparse(
      [
        ['Respondent ID', 'Collector ID', 'Start Date', 'End Date', 'IP Address', 'Email Address', support, '', '', '', stem, ''],
        ['', '', '', '', '', '', 'Supervision', 'Training', 'Support from senior managers', 'Other (please specify)', 'Manage my workload', 'Make effective decisions'],
        ['1001', '77', '03/03/2025 09:00:00 AM', '03/03/2025 09:10:00 AM', '192.0.2.5', '', 'Supervision', '', 'Support from senior managers', 'Mentoring', 'Agree', 'Strongly agree'],
        ['1002', '77', '06/02/2025 01:00:00 PM', '06/02/2025 01:05:00 PM', '192.0.2.6', '', '', 'Training', '', '', 'Don\'t know', ''],
      ],
      { newline: '\r\n' },
    );
    const { responses, report } = importSurveyExport(text, { file: 'sm-ofsted.csv', instrument: socialWorkers, authorityCode: 'WRD', timeZone: 'Europe/London' });
    expect(report.mappedColumns.filter((c) => c.by === 'text').map((c) => c.target)).toEqual([
      'three_most_important_support',
      'three_most_important_support',
      'three_most_important_support',
      'lm_manage_workload',
      'lm_effective_decisions',
    ]);
    expect(report.unmappedColumns).toEqual([`${support} [Other (please specify)]`]);
    expect(responses[0]).toMatchObject({
      responseId: '1001',
      submittedAt: '2025-03-03T09:10:00.000Z', // GMT in March
      answers: { three_most_important_support: [1, 7], lm_manage_workload: 4, lm_effective_decisions: 5 },
    });
    expect(responses[1]).toMatchObject({
      submittedAt: '2025-06-02T12:05:00.000Z', // British Summer Time, month first
      answers: { three_most_important_support: [5], lm_manage_workload: 9 },
    });
    expect(responses[1]?.answers.lm_effective_decisions).toBeUndefined();
  });

  it('refuses two columns for the same item', () => {
    const text = 'Timestamp,My workload this week was manageable.,my workload this week was manageable\n2025/01/06 9:00:00 AM GMT,Agree,Agree\n';
    const error = importFailure(() => importSurveyExport(text, { file: 'twice.csv', instrument: getBuiltinInstrument('pulse'), authorityCode: 'X', role: 'manager' }));
    expect(error.problems[0]).toMatchObject({ file: 'twice.csv', column: 'C ("my workload this week was manageable")' });
    expect(error.problems[0]?.message).toContain('item "workload_manageable"');
  });

  it('says so when nothing matches', () => {
    const text = 'Timestamp,Favourite colour\n2025/01/06 9:00:00 AM GMT,Blue\n';
    const error = importFailure(() => importSurveyExport(text, { file: 'colours.csv', instrument: getBuiltinInstrument('pulse'), authorityCode: 'X', role: 'manager' }));
    expect(error.problems[0]?.message).toContain('no column matches an item of pulse');
  });
});
