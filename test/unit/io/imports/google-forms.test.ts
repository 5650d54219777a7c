import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getBuiltinInstrument } from '../../../../lib/instruments/builtin';
import { importSurveyExport, parseImportMapping } from '../../../../lib/io/imports';
import { fixturesDir, importFailure, readFixture, writeTemp } from './helpers';

// test/fixtures/imports/google-forms-pulse.csv is hand-written (see the README beside it): no real
// Google Forms export was available. Its questions use the built-in pulse wording.
const pulse = getBuiltinInstrument('pulse');
const file = 'google-forms-pulse.csv';
const text = readFixture(file);
const mapping = parseImportMapping(readFixture('google-forms-pulse.mapping.json'), 'google-forms-pulse.mapping.json');
const options = { file, instrument: pulse, mapping };

describe('Google Forms export (hand-written fixture with the pulse wording)', () => {
  it('imports the five responses, mapping every pulse item by its wording', () => {
    const { responses, report } = importSurveyExport(text, options);
    expect(report.format).toBe('google-forms');
    expect(report.rows).toBe(5);
    expect(report.mappedColumns.filter((c) => c.by === 'text').map((c) => c.target)).toEqual([
      'week_overall',
      'workload_manageable',
      'direct_work_time',
      'support_when_needed',
      'emotional_support',
      'decision_confidence',
      'comment',
    ]);
    expect(report.mappedColumns.find((c) => c.column === 'Team')).toEqual({ column: 'Team', target: 'team', by: 'header' });
    expect(report.unmappedColumns).toEqual(['About how many hours did you work this week?']);
    expect(report.droppedPersonalColumns).toEqual(['Email address']);
    expect(JSON.stringify(responses)).not.toContain('@example.org');
  });

  it('reads the values written in the file', () => {
    const { responses } = importSurveyExport(text, options);
    // line 2: 2025/02/10 9:14:03 AM GMT, Northshire, Social worker, Assessment, Good, Agree, Disagree, Agree, Neither…, Strongly agree
    expect(responses[0]).toEqual({
      responseId: expect.stringMatching(/^imp-[0-9a-f]{14}$/),
      instrumentId: 'pulse',
      instrumentVersion: '1.0.0',
      submittedAt: '2025-02-10T09:14:03.000Z',
      authorityCode: 'NSH',
      authorityName: 'Northshire',
      role: 'social_worker',
      team: 'Assessment',
      answers: {
        week_overall: 4,
        workload_manageable: 4,
        direct_work_time: 2,
        support_when_needed: 4,
        emotional_support: 3,
        decision_confidence: 5,
        comment: 'Hand-written test fixture, not a real response. Busy week, but supervision helped.',
      },
    });
    // line 3: 4:47:55 PM, Wrenfield, Team manager → manager
    expect(responses[1]).toMatchObject({ submittedAt: '2025-02-10T16:47:55.000Z', authorityCode: 'WRF', role: 'manager', answers: { week_overall: 2, direct_work_time: 1 } });
    // line 4: empty comment → no answer
    expect(responses[2]?.answers.comment).toBeUndefined();
    // lines 5–6: GMT+1, lower-case labels and a code ("3"), a comment over two lines
    expect(responses[3]).toMatchObject({
      submittedAt: '2025-06-13T14:30:00.000Z',
      answers: { week_overall: 3, workload_manageable: 4, direct_work_time: 3, comment: 'Team meeting was useful.\nStill waiting for a new laptop.' },
    });
    // line 7: Senior practitioner → manager (Ofsted's managers' group took in senior practitioners)
    expect(responses[4]).toMatchObject({ role: 'manager', submittedAt: '2025-06-13T16:05:41.000Z', answers: { week_overall: 1 } });
  });

  describe('ids for an export without them, made from each row\'s content', () => {
    const ids = (csv: string, name: string) => importSurveyExport(csv, { ...options, file: name }).responses.map((r) => r.responseId);
    const [header, ...rows] = text.replace(/\r?\n$/, '').split(/\r?\n(?=")/);
    const csv = (lines: string[]) => `${[header, ...lines].join('\r\n')}\r\n`;

    it('do not depend on the file name: the same export renamed or moved gives the same ids', () => {
      const first = importSurveyExport(text, options);
      expect(first.report.generatedResponseIds).toBe(true);
      expect(new Set(first.responses.map((r) => r.responseId)).size).toBe(5);
      expect(ids(text, path.join(fixturesDir, file))).toEqual(ids(text, file));
      expect(ids(text, 'Pulse (Responses) - Form responses 1 (renamed).csv')).toEqual(ids(text, file));
    });

    it('differ between two different downloads saved under the same default name', () => {
      const name = 'Pulse (Responses) - Form responses 1.csv';
      const monday = ids(csv(rows.slice(0, 2)), name);
      const friday = ids(csv(rows.slice(2, 4)), name);
      expect(monday).toHaveLength(2);
      expect(friday.filter((id) => monday.includes(id))).toEqual([]);
    });

    it('stay the same for the earlier rows of a later download with rows appended, and tell identical rows apart', () => {
      const name = 'Pulse (Responses) - Form responses 1.csv';
      const earlier = ids(csv(rows.slice(0, 3)), name);
      const later = ids(csv([...rows, rows[0]!]), name);
      expect(later.slice(0, 3)).toEqual(earlier);
      // The last row repeats the first cell for cell: a second occurrence, a different id.
      expect(later).toHaveLength(6);
      expect(later[5]).not.toBe(later[0]);
      expect(new Set(later).size).toBe(6);
    });
  });

  it('reads the same with the CSV form of the mapping file', () => {
    const csvMapping = parseImportMapping(readFixture('google-forms-pulse.mapping.csv'), 'google-forms-pulse.mapping.csv');
    expect(importSurveyExport(text, { ...options, mapping: csvMapping }).responses).toEqual(importSurveyExport(text, options).responses);
  });

  it('refuses a copy with a bad time and a bad role, naming file, line and column', () => {
    const broken = writeTemp(
      'google-forms-bad.csv',
      text.replace('"2025/02/14 11:02:18 AM GMT"', '"yesterday"').replace('"Senior practitioner"', '"Student"'),
    );
    const error = importFailure(() => importSurveyExport(readFileSync(broken, 'utf8'), { ...options, file: broken }));
    expect(error.problems).toEqual([
      { file: broken, line: 4, column: 'A ("Timestamp")', message: '"yesterday" is not a date and time' },
      { file: broken, line: 7, column: 'D ("What is your role?")', message: '"Student" is not a role (social_worker, manager)' },
    ]);
  });

  it('needs an authority and a role for the pulse when neither a column nor an option gives them', () => {
    const error = importFailure(() => importSurveyExport(text, { file, instrument: pulse }));
    expect(error.problems.map((p) => p.message)).toEqual([
      'no role: pulse is for social_worker and manager; map a column to "role" or pass a role',
      'no authority: map a column to "authority_code" or pass an authority code',
    ]);
    const { responses } = importSurveyExport(text, { file, instrument: pulse, authorityCode: 'NSH', role: 'social_worker' });
    expect(responses.every((r) => r.authorityCode === 'NSH' && r.role === 'social_worker')).toBe(true);
  });
});
