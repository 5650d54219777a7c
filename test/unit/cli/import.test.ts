// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { externalDir, importFixturesDir, pulse, readCsv, tempDir, writeFile } from './helpers';

/** The two questions of the qualtRics sample survey (its file: German UI, English question texts). */
const qualtricsInstrument = {
  id: 'qualtrics-sample',
  version: '1.0.0',
  title: 'qualtRics sample',
  roles: ['social_worker'],
  groupLabel: 'respondents',
  scales: [{ id: 'abc', options: [{ code: 1, label: 'First' }, { code: 2, label: 'Second' }, { code: 3, label: 'Third' }] }],
  sections: [
    {
      id: 'only',
      items: [
        { id: 'choice', type: 'single', scale: 'abc', text: 'This is a multiple choice question.' },
        { id: 'free_text', type: 'text', text: 'This is a free text question.' },
      ],
    },
  ],
};

/** Some questions of the CorrelAid application form (SurveyMonkey export). */
const applicationsInstrument = {
  id: 'applications',
  version: '2.1.0',
  title: 'Applications',
  roles: ['social_worker'],
  groupLabel: 'applicants',
  scales: [
    { id: 'level', options: ['Beginner', 'User', 'Advanced', 'Expert'].map((label, i) => ({ code: i + 1, label })) },
    { id: 'gender', options: ['Female', 'Male', 'Non-binary', 'I do not want to disclose my gender'].map((label, i) => ({ code: i + 1, label })) },
  ],
  sections: [
    {
      id: 'all',
      items: [
        { id: 'gender', type: 'single', scale: 'gender', text: 'What is your gender?' },
        { id: 'r', type: 'likert', scale: 'level', stem: 'Please rate your experience with the following technologies and tools', text: 'R' },
        { id: 'python', type: 'likert', scale: 'level', stem: 'Please rate your experience with the following technologies and tools', text: 'Python' },
      ],
    },
  ],
};

describe('pulse import', () => {
  it('converts the Qualtrics sample export, listing the dropped personal columns on stderr', async () => {
    const dir = tempDir();
    const instrument = writeFile(dir, 'qualtrics-sample.json', JSON.stringify(qualtricsInstrument));
    const out = `${dir}/responses.csv`;
    const result = await pulse(['import', `${externalDir}/qualtrics-sample.csv`, '--instrument', instrument, '--authority', 'NSH', '--authority-name', 'Northshire', '-o', out]);
    expect(result.code).toBe(0);
    const rows = readCsv(out);
    // The file's one response (line 4): ResponseId R_2YPOQ602ER1jkf1, RecordedDate 2017-07-18 08:28:48, Q1 = 2, Q2 = Hello World!
    expect(rows).toEqual([
      {
        response_id: 'R_2YPOQ602ER1jkf1',
        instrument: 'qualtrics-sample',
        instrument_version: '1.0.0',
        submitted_at: '2017-07-18T08:28:48.000Z',
        authority_code: 'NSH',
        authority_name: 'Northshire',
        role: 'social_worker',
        team: '',
        choice: 'Second',
        free_text: 'Hello World!',
      },
    ]);
    expect(result.stderr).toContain('Imported 1 response from');
    expect(result.stderr).toMatch(/Dropped personal columns \(not read\): .*"IPAddress"/);
    expect(result.stderr).toContain('"RecipientEmail"');
    // What was imported reads back as canonical CSV.
    expect((await pulse(['table', out, '--instrument', instrument, '--min-group', '3'])).code).toBe(0);
  });

  it('converts the SurveyMonkey export (two header rows, matrix columns) with a mapping file', async () => {
    const dir = tempDir();
    const instrument = writeFile(dir, 'applications.json', JSON.stringify(applicationsInstrument));
    const mapping = writeFile(
      dir,
      'applications.mapping.json',
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
    );
    const result = await pulse(['import', `${externalDir}/surveymonkey-fake-export.csv`, '--instrument', instrument, '--mapping', mapping, '--submitted-at', '2020-11-02T09:00:00Z', '--report', `${dir}/report.json`]);
    expect(result.code).toBe(0);
    const rows = readCsv(writeFile(dir, 'out.csv', result.stdout));
    expect(rows).toHaveLength(60);
    // Line 3 of the export: respondent 415, COR-11-2020…, Male, R = User, Python = Advanced, Team lead.
    expect(rows[0]).toMatchObject({ response_id: '415', authority_code: 'COR', gender: 'Male', r: 'User', python: 'Advanced', team: 'Team lead' });
    expect(result.stderr).toContain('Dropped personal columns (not read):');
    expect(result.stderr).toContain('"Email Address"');
    const report = JSON.parse((await import('node:fs')).readFileSync(`${dir}/report.json`, 'utf8'));
    expect(report.report).toMatchObject({ format: 'surveymonkey', headerRows: 2, rows: 60 });
    expect(report.run.inputs.map((i: { role: string }) => i.role)).toEqual(['data', 'mapping']);
  });

  it('imports the Google Forms fixture with its mapping, and fails whole with file, line and column (exit 2)', async () => {
    const ok = await pulse(['import', `${importFixturesDir}/google-forms-pulse.csv`, '--instrument', 'pulse', '--mapping', `${importFixturesDir}/google-forms-pulse.mapping.json`]);
    expect(ok.code).toBe(0);
    expect(ok.stdout.split('\r\n').filter(Boolean)).toHaveLength(6);
    expect(ok.stderr).toContain('"Email address"');
    // Every grid column is named whole, with the row that tells it apart from the others.
    const question = 'Thinking about this week, how far do you agree with each statement?';
    expect(ok.stderr).toContain(`  ${question} [My workload this week was manageable.] → workload_manageable (text)`);
    expect(ok.stderr).toContain(`  ${question} [When I needed supervision or support this week, I could get it.] → support_when_needed (text)`);
    expect(ok.stderr).toContain("ids were made from each row's content");
    const bad = await pulse(['import', `${externalDir}/qualtrics-sample.csv`, '--instrument', 'pulse']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('nothing was imported');
    expect(bad.stdout).toBe('');
  });
});
