import { describe, expect, it } from 'vitest';
import { getBuiltinInstrument } from '../../../lib/instruments/builtin';
import type { SurveyResponse } from '../../../lib/instruments/response';
import { toCanonicalCsv } from '../../../lib/io/canonical-csv-writer';
import { ImportError } from '../../../lib/io/imports';
import { toJsonExport } from '../../../lib/io/json-export';
import { poolFileKind, readPoolFile } from '../../../lib/io/pool-file';

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
});
