import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseInstrument } from '../../../../lib/instruments/parse-instrument';
import { importSurveyExport, parseImportMapping } from '../../../../lib/io/imports';
import { importFailure, readExternal, writeTemp } from './helpers';

/** The two questions of the qualtRics sample survey, as an instrument (German UI; English question texts). */
const sample = parseInstrument({
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
});

const options = { instrument: sample, authorityCode: 'NSH', authorityName: 'Northshire', team: 'Assessment' };

describe('Qualtrics export with three header rows (qualtrics-sample.csv)', () => {
  const file = 'qualtrics-sample.csv';
  const text = readExternal(file);

  it('imports the one response with the values in the file', () => {
    const { responses, report } = importSurveyExport(text, { ...options, file });
    expect(report.format).toBe('qualtrics');
    expect(report.headerRows).toBe(3);
    expect(report.rows).toBe(1);
    expect(responses).toEqual([
      {
        // line 4: ResponseId R_2YPOQ602ER1jkf1, RecordedDate 2017-07-18 08:28:48, Q1 = 2, Q2 = Hello World!
        responseId: 'R_2YPOQ602ER1jkf1',
        instrumentId: 'qualtrics-sample',
        instrumentVersion: '1.0.0',
        submittedAt: '2017-07-18T08:28:48.000Z',
        authorityCode: 'NSH',
        authorityName: 'Northshire',
        role: 'social_worker',
        team: 'Assessment',
        answers: { choice: 2, free_text: 'Hello World!' },
      },
    ]);
    expect(report.generatedResponseIds).toBe(false);
    expect(report.notes).toContain('timestamps without a time zone were read as UTC time');
  });

  it('maps Q1 and Q2 by question text and drops and reports the personal columns', () => {
    const { report, responses } = importSurveyExport(text, { ...options, file });
    expect(report.mappedColumns).toEqual([
      { column: 'RecordedDate', target: 'submitted_at', by: 'header' },
      { column: 'ResponseId', target: 'response_id', by: 'header' },
      { column: 'Q1', target: 'choice', by: 'text' },
      { column: 'Q2', target: 'free_text', by: 'text' },
    ]);
    expect(report.droppedPersonalColumns).toEqual([
      'IPAddress',
      'RecipientLastName',
      'RecipientFirstName',
      'RecipientEmail',
      'ExternalReference',
      'LocationLatitude',
      'LocationLongitude',
    ]);
    expect(report.unmappedColumns).toEqual([]);
    // Text iQ's derived "Q2 - Topics" is the tool's, not an answer.
    expect(report.ignoredColumns).toContain('Q2 - Topics');
    const json = JSON.stringify(responses);
    for (const personal of ['130.92.34.66', '47.115097045898', '7.2315979003906']) expect(json).not.toContain(personal);
  });

  it('reads times in the time zone it is told', () => {
    const { responses } = importSurveyExport(text, { ...options, file, timeZone: 'Europe/Zurich' });
    expect(responses[0]?.submittedAt).toBe('2017-07-18T06:28:48.000Z');
  });

  it('recodes through a mapping file', () => {
    const mapping = parseImportMapping(
      JSON.stringify({ columns: { Q1: { target: 'choice', values: { '2': 'Third' } }, 'Q2 - Topics': 'ignore' } }),
      'map.json',
    );
    const { responses, report } = importSurveyExport(text, { ...options, file, mapping });
    expect(responses[0]?.answers).toEqual({ choice: 3, free_text: 'Hello World!' });
    expect(report.mappedColumns.find((c) => c.column === 'Q1')).toEqual({ column: 'Q1', target: 'choice', by: 'mapping' });
  });

  it('refuses a copy with an answer that is not an option, naming file, line and column', () => {
    const broken = writeTemp('qualtrics-bad-code.csv', text.replace(',anonymous,DE,2,Hello World!,', ',anonymous,DE,7,Hello World!,'));
    const error = importFailure(() => importSurveyExport(readFileSync(broken, 'utf8'), { ...options, file: broken }));
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatchObject({ file: broken, line: 4, column: 'R ("Q1")' });
    expect(error.message).toContain(`${broken}, line 4, column R ("Q1"): "7" is not an option of item "choice"`);
    expect(error.message).toContain('nothing was imported');
  });

  it('refuses a copy with a broken row', () => {
    const lines = text.split('\n');
    lines[3] = lines[3]!.replace(',anonymous,DE,2,Hello World!,', ',anonymous,DE,2');
    const broken = writeTemp('qualtrics-short-row.csv', lines.join('\n'));
    const error = importFailure(() => importSurveyExport(readFileSync(broken, 'utf8'), { ...options, file: broken }));
    expect(error.problems[0]).toMatchObject({ file: broken, line: 4 });
    expect(error.problems[0]?.message).toMatch(/18 cells but the header has 20/);
  });
});

describe('legacy Qualtrics export with two header rows (qualtrics-sample-legacy.csv)', () => {
  const file = 'qualtrics-sample-legacy.csv';
  const text = readExternal(file);

  it('imports the one response, dropping the trailing empty column', () => {
    const { responses, report } = importSurveyExport(text, { ...options, file });
    expect(report.format).toBe('qualtrics-legacy');
    expect(report.headerRows).toBe(2);
    expect(report.rows).toBe(1);
    // line 3: ResponseID R_2YPOQ602ER1jkf1, EndDate 2017-07-18 08:28:48, Q1 = 2, Q2 = Hello World!
    expect(responses[0]).toMatchObject({
      responseId: 'R_2YPOQ602ER1jkf1',
      submittedAt: '2017-07-18T08:28:48.000Z',
      answers: { choice: 2, free_text: 'Hello World!' },
    });
    expect(report.mappedColumns.map((c) => `${c.column}→${c.target}`)).toEqual([
      'ResponseID→response_id',
      'EndDate→submitted_at',
      'Q1→choice',
      'Q2→free_text',
    ]);
  });

  it('drops and reports Name, e-mail, IP address and location', () => {
    const { report, responses } = importSurveyExport(text, { ...options, file });
    expect(report.droppedPersonalColumns).toEqual([
      'Name',
      'ExternalDataReference',
      'EmailAddress',
      'IPAddress',
      'LocationLatitude',
      'LocationLongitude',
      'LocationAccuracy',
    ]);
    expect(report.ignoredColumns).toEqual(['ResponseSet', 'Status', 'StartDate', 'Finished']);
    expect(JSON.stringify(responses)).not.toContain('Anonym');
  });

  it('refuses a copy with an unknown label, naming file, line and column', () => {
    const broken = writeTemp('legacy-bad-label.csv', text.replace(',1,2,Hello World!,', ',1,Fourth,Hello World!,'));
    const error = importFailure(() => importSurveyExport(readFileSync(broken, 'utf8'), { ...options, file: broken }));
    expect(error.problems).toEqual([
      expect.objectContaining({ file: broken, line: 3, column: 'K ("Q1")', message: expect.stringContaining('"Fourth" is not an option of item "choice"') }),
    ]);
  });
});
