import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseInstrument } from '../../../../lib/instruments/parse-instrument';
import { importSurveyExport, parseImportMapping } from '../../../../lib/io/imports';
import { importFailure, readExternal, writeTemp } from './helpers';

const TOOLS = 'Please rate your experience with the following technologies and tools';
const TOPICS = 'Please rate your experience with the following topics:';

/** Some of the CorrelAid application form's questions, as an instrument. */
const applications = parseInstrument({
  id: 'applications',
  version: '2.1.0',
  title: 'Applications',
  roles: ['social_worker'],
  groupLabel: 'applicants',
  scales: [
    { id: 'level', options: ['Beginner', 'User', 'Advanced', 'Expert'].map((label, i) => ({ code: i + 1, label })) },
    {
      id: 'gender',
      options: ['Female', 'Male', 'Non-binary', 'I do not want to disclose my gender'].map((label, i) => ({ code: i + 1, label })),
    },
  ],
  sections: [
    {
      id: 'all',
      items: [
        { id: 'gender', type: 'single', scale: 'gender', text: 'What is your gender?' },
        // Matrix rows: the export writes the long question once, then the row labels "R", "Python".
        { id: 'r', type: 'likert', scale: 'level', stem: TOOLS, text: 'R' },
        { id: 'python', type: 'likert', scale: 'level', stem: TOOLS, text: 'Python' },
        { id: 'survey_design', type: 'likert', scale: 'level', stem: TOPICS, text: 'Survey design' },
        { id: 'skills', type: 'text', maxLength: 2000, text: 'Please describe here what skills you would bring to the project (max. 5 sentences).' },
      ],
    },
  ],
});

const mapping = parseImportMapping(
  JSON.stringify({
    columns: {
      'Which project would you like to apply for?': {
        target: 'authority_code',
        values: { 'COR-11-2020: Developing a Project Database + Frontend for CorrelAid': 'COR', 'CIT-10-2020: Citizen Science Project': 'CIT' },
      },
      '#13': 'gender',
      'What role do you want to assume in the project?': 'team',
    },
  }),
  'applications.mapping.json',
);

const file = 'surveymonkey-fake-export.csv';
const text = readExternal(file);
const options = { file, instrument: applications, mapping, submittedAt: '2020-11-02T09:00:00Z' };

describe('SurveyMonkey export with two header rows (surveymonkey-fake-export.csv)', () => {
  it('imports all 60 responses, multi-line cells included', () => {
    const { responses, report } = importSurveyExport(text, options);
    expect(report.format).toBe('surveymonkey');
    expect(report.headerRows).toBe(2);
    expect(report.rows).toBe(60);
    expect(responses).toHaveLength(60);
  });

  it('reads the values written in the file', () => {
    const { responses } = importSurveyExport(text, options);
    // line 3: 415, COR-11-2020…, Male, R = User, Python = Advanced, Survey Design = Advanced, Team lead
    expect(responses[0]).toEqual({
      responseId: '415',
      instrumentId: 'applications',
      instrumentVersion: '2.1.0',
      submittedAt: '2020-11-02T09:00:00.000Z',
      authorityCode: 'COR',
      authorityName: 'COR-11-2020: Developing a Project Database + Frontend for CorrelAid',
      role: 'social_worker',
      team: 'Team lead',
      answers: {
        gender: 2,
        r: 2,
        python: 3,
        survey_design: 3,
        skills: 'Light company off clear mind contain himself once. Character conference Democrat name whatever responsibility. Adult since education teacher word thing.',
      },
    });
    // line 5: 463, Non-binary, R = Advanced, Python = Expert; the skills cell runs over two lines
    expect(responses[1]).toMatchObject({
      responseId: '463',
      team: 'Team trainee',
      answers: {
        gender: 3,
        r: 3,
        python: 4,
        skills:
          'They resource game argue enjoy. Nature before choose.\nAlthough successful mention lay example view. Strong subject record star radio situation. Human lead democratic rate include worker ready.',
      },
    });
    // line 45: 603, gender NA (blank; "Genderqueer" is in the unmapped "please specify" column), R = Beginner, Python = Expert
    const r603 = responses.find((r) => r.responseId === '603');
    expect(r603?.answers.gender).toBeUndefined();
    expect(r603?.answers).toMatchObject({ r: 1, python: 4 });
    // line 152, the last: 72, CIT-10-2020, Female, R = Expert, Python = Beginner, Team member
    expect(responses[59]).toMatchObject({ responseId: '72', authorityCode: 'CIT', team: 'Team member', answers: { gender: 1, r: 4, python: 1 } });
  });

  it('keeps every response when the tool repeats a respondent id, and says so', () => {
    const { responses, report } = importSurveyExport(text, options);
    // 649 on lines 62 and 79, 989 on lines 64 and 147, 923 on lines 124 and 135
    expect(report.duplicateResponseIds.sort()).toEqual(['649', '923', '989']);
    expect(responses.filter((r) => r.responseId.startsWith('649')).map((r) => r.responseId)).toEqual(['649', '649-2']);
    expect(new Set(responses.map((r) => r.responseId)).size).toBe(60);
  });

  it('drops and reports the personal columns, and reports the unmapped ones', () => {
    const { report, responses } = importSurveyExport(text, options);
    expect(report.droppedPersonalColumns).toEqual([
      'IP Address',
      'Email Address',
      'First Name',
      'Last Name',
      'Custom Data 1',
      'What is your first name?',
      'Which email address can we use to contact you?',
    ]);
    const json = JSON.stringify(responses);
    for (const personal of ['43.228.165.165', 'Jalen Grimes', 'mueller.keshia@hotmail.com']) expect(json).not.toContain(personal);
    expect(report.unmappedColumns).toHaveLength(28);
    expect(report.unmappedColumns).toContain(`${TOPICS} [Data security]`);
    expect(report.unmappedColumns.some((c) => c.endsWith('[My gender is (please specify):]'))).toBe(true);
    expect(report.ignoredColumns).toEqual(['Collector ID', 'Start Date']);
    expect(report.mappedColumns.filter((c) => c.by === 'text').map((c) => c.target)).toEqual(['r', 'python', 'survey_design', 'skills']);
  });

  it('refuses a copy with an unknown label, naming file, line and column, and reports every bad cell', () => {
    const lines = text.split('\n');
    lines[2] = lines[2]!.replace('Male,NA,User,Advanced', 'Male,NA,Guru,Advanced'); // line 3, R
    lines[151] = lines[151]!.replace('Female,NA,Expert,Beginner', 'Female,NA,Expert,Wizard'); // line 152, Python
    const broken = writeTemp('surveymonkey-bad-labels.csv', lines.join('\n'));
    const error = importFailure(() => importSurveyExport(readFileSync(broken, 'utf8'), { ...options, file: broken }));
    expect(error.problems.map((p) => [p.file, p.line, p.column?.slice(0, 1)])).toEqual([
      [broken, 3, 'O'],
      [broken, 152, 'P'],
    ]);
    expect(error.problems[0]?.message).toContain('"Guru" is not an option of item "r"');
    expect(error.message).toContain(`${broken}, line 152, column P ("Please rate your experience`);
  });

  it('refuses a copy with an unclosed quote, naming the line where the broken row starts', () => {
    const broken = writeTemp('surveymonkey-unclosed.csv', text.replace('"You necessary system well industry dog.', '"You necessary "system well industry dog.'));
    const error = importFailure(() => importSurveyExport(readFileSync(broken, 'utf8'), { ...options, file: broken }));
    expect(error.problems[0]).toMatchObject({ file: broken, line: 3 });
  });

  it('matches a question with help text after it ("What is your gender?Note: …") by its wording, without a mapping line', () => {
    const project = { target: 'authority_code', values: { 'COR-11-2020: Developing a Project Database + Frontend for CorrelAid': 'COR', 'CIT-10-2020: Citizen Science Project': 'CIT' } };
    const withoutGender = parseImportMapping(JSON.stringify({ columns: { 'Which project would you like to apply for?': project } }), 'no-gender.mapping.json');
    const { responses, report } = importSurveyExport(text, { ...options, mapping: withoutGender });
    const gender = report.mappedColumns.filter((c) => c.target === 'gender');
    expect(gender).toEqual([{ column: expect.stringMatching(/^What is your gender\?Note: we work according to the principle of gender equality\./), target: 'gender', by: 'text' }]);
    // The "please specify" column beside it (same question, a row of its own) is not taken for the item.
    expect(report.unmappedColumns.some((c) => c.endsWith('[My gender is (please specify):]'))).toBe(true);
    // The same answers as with the mapping line: line 3 Male, line 5 Non-binary, line 152 Female.
    expect([responses[0]!.answers.gender, responses[1]!.answers.gender, responses[59]!.answers.gender]).toEqual([2, 3, 1]);
  });

  it('needs a submission time when the export has none', () => {
    const error = importFailure(() => importSurveyExport(text, { ...options, submittedAt: undefined }));
    expect(error.problems[0]).toMatchObject({ file, line: 3, column: 'D ("End Date")' });
  });
});
