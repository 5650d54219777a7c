import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { getBuiltinInstrument } from '../../../lib/instruments/builtin';
import type { SurveyResponse } from '../../../lib/instruments/response';
import { toCanonicalCsv } from '../../../lib/io/canonical-csv-writer';
import { parseInstrument } from '../../../lib/instruments/parse-instrument';
import { ImportError } from '../../../lib/io/imports';
import { toJsonExport } from '../../../lib/io/json-export';
import { poolFileKind, readPoolFile } from '../../../lib/io/pool-file';
import { externalDir } from './imports/helpers';

const pulse = getBuiltinInstrument('pulse');
const responses: SurveyResponse[] = [1, 2, 3].map((n) => ({
  responseId: `r-${n}`,
  instrumentId: 'pulse',
  instrumentVersion: '1.0.0',
  submittedAt: `2025-02-1${n}T09:00:00.000Z`,
  authorityCode: 'NSH',
  authorityName: 'Northshire',
  role: 'social_worker',
  team: '',
  answers: { week_overall: n, workload_manageable: 5, direct_work_time: 4, support_when_needed: 3, emotional_support: 2, decision_confidence: 1 },
}));

describe('readPoolFile', () => {
  it('tells the kinds of file apart', () => {
    expect(poolFileKind('a.json', '')).toBe('json');
    expect(poolFileKind('a.csv', '\uFEFFresponse_id,instrument')).toBe('canonical');
    expect(poolFileKind('a.csv', '"response_id","instrument"')).toBe('canonical');
    expect(poolFileKind('a.csv', 'StartDate,EndDate')).toBe('other-tool');
  });

  it('reads a canonical CSV back to the responses written, reporting progress to the last byte', async () => {
    const file = new File([toCanonicalCsv([pulse], responses)], 'team.csv');
    const progress: number[] = [];
    const read = await readPoolFile(file, { instrument: pulse }, (bytes) => progress.push(bytes));
    expect(read.format).toBe('canonical CSV (wide)');
    expect(read.responses).toEqual(responses);
    expect(progress.at(-1)).toBe(file.size);
  });

  it('reads a JSON export back to the responses written', async () => {
    const read = await readPoolFile(new File([toJsonExport(responses)], 'mine.json'), { instrument: pulse });
    expect(read).toEqual({ format: 'Frontline Pulse JSON', responses, droppedColumns: [] });
  });

  it('refuses a JSON export with a bad answer, naming the file and the path', async () => {
    const bad = JSON.parse(toJsonExport(responses));
    bad.responses[1].answers.week_overall = 8;
    bad.responses[2].role = 'director';
    const failure = readPoolFile(new File([JSON.stringify(bad)], 'mine.json'), { instrument: pulse });
    await expect(failure).rejects.toBeInstanceOf(ImportError);
    await expect(failure).rejects.toThrow(/mine\.json, column responses\[1\]\.answers\.week_overall: not one of the options/);
    await expect(failure).rejects.toThrow(/mine\.json, column responses\[2\]\.role/);
  });

  it('refuses a canonical CSV with an unknown label, naming file, line and column', async () => {
    const csv = toCanonicalCsv([pulse], responses).replace('Very hard', 'Awful');
    await expect(readPoolFile(new File([csv], 'team.csv'), { instrument: pulse })).rejects.toThrow(/team\.csv, line 2, column .*week_overall/);
  });

  it("reads another tool's UTF-16 tab-separated export as the CLI does, like the same export as CSV", async () => {
    const csv = readFileSync(path.join(externalDir, 'qualtrics-sample.csv'), 'utf8');
    const tsv = Papa.unparse(Papa.parse<string[]>(csv.trim()).data, { delimiter: '\t', newline: '\r\n' });
    const utf16 = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tsv, 'utf16le')]));
    // The sample's one question, as an instrument of its own.
    const instrument = parseInstrument({
      id: 'two',
      version: '1.0.0',
      title: 'Two',
      roles: ['manager'],
      groupLabel: 'managers',
      scales: [{ id: 's', options: [{ code: 1, label: 'A' }, { code: 2, label: 'B' }] }],
      sections: [{ id: 'a', items: [{ id: 'q1', type: 'single', scale: 's', text: 'This is a multiple choice question.' }] }],
    });
    const fromTsv = await readPoolFile(new File([utf16], 'export.tsv'), { instrument, authorityCode: 'NSH' });
    const fromCsv = await readPoolFile(new File([csv], 'export.tsv'), { instrument, authorityCode: 'NSH' });
    expect(fromTsv.format).toBe('qualtrics');
    expect(fromTsv.responses.length).toBeGreaterThan(0);
    expect(fromTsv.responses).toEqual(fromCsv.responses);
  });

  it('gives responses without a date the date the manager chose, and the team', async () => {
    // A SurveyMonkey export of the pulse without its date columns.
    const questions = ['Respondent ID', '"Overall, how did this week feel?"', 'My workload this week was manageable.'];
    const csv = [questions.join(','), ',Response,Response', '1001,Good,Agree', '1002,Hard,Disagree'].join('\r\n');
    const file = new File([csv], 'monkey.csv');
    await expect(readPoolFile(file, { instrument: pulse, authorityCode: 'NSH', role: 'social_worker' })).rejects.toThrow(/no submission time/);
    const read = await readPoolFile(file, { instrument: pulse, authorityCode: 'NSH', role: 'social_worker', submittedAt: '2025-03-07', team: 'Duty' });
    expect(read.responses.map((r) => [r.submittedAt, r.team, r.answers])).toEqual([
      ['2025-03-07T00:00:00.000Z', 'Duty', { week_overall: 4, workload_manageable: 4 }],
      ['2025-03-07T00:00:00.000Z', 'Duty', { week_overall: 2, workload_manageable: 2 }],
    ]);
  });
});
