import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseInstrument } from '../../../../lib/instruments/parse-instrument';
import { getBuiltinInstrument } from '../../../../lib/instruments/builtin';
import { readCsvRows } from '../../../../lib/io/csv-rows';
import { detectFormat } from '../../../../lib/io/imports/detect-format';
import { parseExportTimestamp } from '../../../../lib/io/imports/export-timestamp';
import { columnLetter, shortName } from '../../../../lib/io/imports/import-error';
import { decodeExport, importSurveyExport, parseImportMapping } from '../../../../lib/io/imports';
import { normaliseText } from '../../../../lib/io/imports/normalise-text';
import { personalReason } from '../../../../lib/io/imports/personal-columns';
import { parseRole } from '../../../../lib/io/imports/profile-value';
import { importFailure, readExternal, readFixture } from './helpers';

const pulse = getBuiltinInstrument('pulse');

describe('format detection from the header', () => {
  it.each([
    ['qualtrics-sample.csv', 'qualtrics'],
    ['qualtrics-sample-legacy.csv', 'qualtrics-legacy'],
    ['surveymonkey-fake-export.csv', 'surveymonkey'],
    ['psych-bfi.csv', null],
  ])('%s → %s', (name, format) => {
    expect(detectFormat(readCsvRows(readExternal(name), name))).toBe(format);
  });

  it('google forms (fixture)', () => {
    expect(detectFormat(readCsvRows(readFixture('google-forms-pulse.csv'), 'g.csv'))).toBe('google-forms');
  });

  it('refuses what it does not know, naming the file and line 1', () => {
    const error = importFailure(() => importSurveyExport(readExternal('psych-bfi.csv'), { file: 'psych-bfi.csv', instrument: pulse }));
    expect(error.problems[0]).toMatchObject({ file: 'psych-bfi.csv', line: 1 });
  });
});

describe('CSV records and their lines', () => {
  it('counts the lines of multi-line cells, any line ending, and skips empty lines', () => {
    const rows = readCsvRows('\uFEFFa,b\r\n1,"x\r\ny"\r\n\r\n2,3', 'f.csv');
    expect(rows).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', 'x\ny'] },
      { line: 5, cells: ['2', '3'] },
    ]);
  });

  it('reads tab-separated text as such, even when its header holds commas (a sheet downloaded as TSV)', () => {
    const tsv = 'Timestamp\tHow was your week, overall?\tTeam, if any\n2025/01/06 9:00:00\tGood\tA, North\n2025/01/07 9:00:00\tPoor\t\n';
    expect(readCsvRows(tsv, 'f.tsv').map((row) => row.cells)).toEqual([
      ['Timestamp', 'How was your week, overall?', 'Team, if any'],
      ['2025/01/06 9:00:00', 'Good', 'A, North'],
      ['2025/01/07 9:00:00', 'Poor', ''],
    ]);
    // …and comma-separated text with tabs inside its cells as CSV.
    expect(readCsvRows('a,b\n"x\ty",2\n', 'f.csv').map((row) => row.cells)).toEqual([['a', 'b'], ['x\ty', '2']]);
  });

  it('reports a row with too many cells at its line', () => {
    const error = importFailure(() => readCsvRows('a,b\n1,2\n3,4,5\n', 'f.csv'));
    expect(error.problems).toEqual([{ file: 'f.csv', line: 3, column: 'C', message: 'this row has 3 cells but the header has 2' }]);
  });

  it('shortens long column names in the middle, keeping a grid row whole', () => {
    const grid = 'Thinking about this week, how far do you agree with each statement? [My workload this week was manageable.]';
    expect(shortName(grid)).toBe('Thinking about this… [My workload this week was manageable.]');
    expect(shortName(grid).length).toBeLessThanOrEqual(60);
    const long = `${'a'.repeat(50)} middle ${'z'.repeat(50)}`;
    expect(shortName(long)).toMatch(/^a+…z+$/);
    expect(shortName('Short question?')).toBe('Short question?');
  });

  it('column letters', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});

describe('timestamps', () => {
  const utc = { dateOrder: 'DMY' as const, timeZone: 'UTC' };
  it.each([
    ['2017-07-18 08:28:09', utc, '2017-07-18T08:28:09.000Z'],
    ['2025-02-10T09:14:03Z', utc, '2025-02-10T09:14:03.000Z'],
    ['2025/02/10 9:14:03 AM GMT', utc, '2025-02-10T09:14:03.000Z'],
    ['2025/06/13 12:30:00 AM GMT+1', utc, '2025-06-12T23:30:00.000Z'],
    ['2025/06/13 3:30:00 PM GMT+5:30', utc, '2025-06-13T10:00:00.000Z'],
    ['10/02/2025 09:14:03', utc, '2025-02-10T09:14:03.000Z'],
    ['02/10/2025 9:14:03 AM', { dateOrder: 'MDY' as const, timeZone: 'UTC' }, '2025-02-10T09:14:03.000Z'],
    ['13/06/2025 15:30', { dateOrder: 'DMY' as const, timeZone: 'Europe/London' }, '2025-06-13T14:30:00.000Z'],
    ['2025-10-26 12:00:00', { dateOrder: 'DMY' as const, timeZone: 'Europe/London' }, '2025-10-26T12:00:00.000Z'],
  ])('%s', (raw, options, iso) => {
    expect(parseExportTimestamp(raw, options)?.toISOString()).toBe(iso);
  });

  it.each(['yesterday', '2025-02-30 10:00', '13/13/2025', '2025/01/01 13:00 PM', ''])('refuses %j', (raw) => {
    expect(parseExportTimestamp(raw, utc)).toBeNull();
  });
});

describe('personal columns', () => {
  it.each([
    [['IPAddress'], 'IP address'],
    [['RecipientFirstName'], 'recipient name'],
    [['LocationLatitude'], 'location'],
    [['ExternalReference'], 'external data reference'],
    [['Email address'], 'e-mail address'],
    [['Custom Data 1'], 'contact-list custom data'],
    [['Which email address can we use to contact you?'], 'e-mail address'],
    [['What is your first name?'], 'name'],
    [['Contact details', 'Phone number'], 'telephone number'],
  ])('%j is personal (%s)', (texts, reason) => {
    expect(personalReason(texts)).toBe(reason);
  });

  it('does not flag the instruments’ own items, nor a long consent text that mentions e-mail', () => {
    for (const id of ['pulse', 'ofsted-2011-social-workers', 'ofsted-2011-managers']) {
      for (const item of getBuiltinInstrument(id).sections.flatMap((s) => s.items)) {
        expect(personalReason([item.text, item.stem]), item.id).toBeNull();
      }
    }
    expect(personalReason([`I agree that my contact details (name and e-mail) are used. ${'More text. '.repeat(20)}`])).toBeNull();
  });
});

describe('text and role words', () => {
  it('normalises case, spaces, punctuation and typographic marks', () => {
    expect(normaliseText('The team’s  workload — up-to-date?')).toBe(normaliseText("the team's workload up to date"));
  });
  it.each([
    ['social_worker', 'social_worker'],
    ['Social Worker', 'social_worker'],
    ['Manager, supervisor or senior practitioner', 'manager'],
    ['Senior practitioner', 'manager'],
    ['student', undefined],
  ])('%s → %s', (text, role) => expect(parseRole(text)).toBe(role));
});

describe('mapping files', () => {
  const text = readFixture('google-forms-pulse.csv');

  it('reads the JSON and the CSV form alike', () => {
    const json = parseImportMapping(readFixture('google-forms-pulse.mapping.json'), 'm.json');
    const csv = parseImportMapping(readFixture('google-forms-pulse.mapping.csv'), 'm.csv');
    const simple = (m: typeof json) => m.columns.map((c) => [c.target, [...c.values]]);
    expect(simple(csv)).toEqual(simple(json));
    expect(csv.columns[0]?.values.get('northshire')).toBe('NSH');
  });

  it('names the mapping file and line of every bad line', () => {
    const mapping = parseImportMapping(
      [
        'column,target,value,code',
        'No such question,week_overall,,',
        'Overall; how did this week feel?,week_feeling,,',
        '"Thinking about this week, how far do you agree with each statement? [My workload this week was manageable.]",workload_manageable,,',
        '"Thinking about this week, how far do you agree with each statement? [My workload this week was manageable.]",,Agree,7',
        'Email address,comment,,',
      ].join('\n'),
      'bad-map.csv',
    );
    const error = importFailure(() => importSurveyExport(text, { file: 'g.csv', instrument: pulse, mapping, authorityCode: 'X', role: 'manager' }));
    expect(error.problems.map((p) => [p.file, p.line])).toEqual([
      ['bad-map.csv', 2],
      ['bad-map.csv', 3],
      ['bad-map.csv', 4],
      ['bad-map.csv', 6],
    ]);
    expect(error.problems.map((p) => p.message)).toEqual([
      'no column "No such question" in g.csv',
      '"week_feeling" is not an item of pulse nor one of authority_code, authority_name, role, team, response_id, submitted_at, ignore',
      expect.stringContaining('"agree" → "7" is not an option of item "workload_manageable"'),
      'column B ("Email address") holds personal data (e-mail address) and is never imported',
    ]);
  });

  it('refuses a malformed mapping file', () => {
    expect(importFailure(() => parseImportMapping('{"columns": [1, 2', 'm.json')).problems[0]).toMatchObject({ file: 'm.json', line: 1 });
    expect(importFailure(() => parseImportMapping('source,item\nQ1,x\n', 'm.csv')).problems[0]).toMatchObject({ file: 'm.csv', line: 1 });
    expect(importFailure(() => parseImportMapping('column,target,value,code\nQ1,x,1,\n', 'm.csv')).problems[0]).toMatchObject({ file: 'm.csv', line: 2, column: 'code' });
  });
});

describe('file encodings', () => {
  it('reads a UTF-16 tab-separated Qualtrics export like the CSV', () => {
    const csv = readExternal('qualtrics-sample.csv');
    const tsv = Papa.unparse(Papa.parse<string[]>(csv.trim()).data, { delimiter: '\t', newline: '\r\n' });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tsv, 'utf16le')]);
    const instrument = parseInstrument({
      id: 'two',
      version: '1.0.0',
      title: 'Two',
      roles: ['manager'],
      groupLabel: 'x',
      scales: [{ id: 's', options: [{ code: 1, label: 'A' }, { code: 2, label: 'B' }] }],
      sections: [{ id: 'a', items: [{ id: 'q1', type: 'single', scale: 's', text: 'This is a multiple choice question.' }] }],
    });
    const options = { file: 'export.tsv', instrument, authorityCode: 'NSH' };
    const fromTsv = importSurveyExport(decodeExport(utf16), options);
    expect(fromTsv.report.format).toBe('qualtrics');
    expect(fromTsv.responses).toEqual(importSurveyExport(decodeExport(Buffer.from(csv)), options).responses);
    expect(fromTsv.responses[0]?.answers).toEqual({ q1: 2 });
  });
});
