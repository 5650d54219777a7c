// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { demoCsvLines } from '../../../analysis/demo';
import { getBuiltinInstrument } from '../../../lib/instruments/builtin';
import type { SurveyResponse } from '../../../lib/instruments/response';
import { CanonicalCsvFastDecoder, FastPathDeclined, forEachCanonicalRowFast } from '../../../lib/io/canonical-csv-fast-path';
import { forEachCanonicalRow, toSurveyResponse } from '../../../lib/io/canonical-csv-reader';
import { toCanonicalCsv } from '../../../lib/io/canonical-csv-writer';
import { generate, longCsv, wideCsv } from '../analysis/helpers/annex-a-respondents';

const encoder = new TextEncoder();

/** What the full reader makes of a text: every row (with its line) and the summary, or its error. */
async function fullRead(text: string) {
  const rows: (SurveyResponse & { line: number })[] = [];
  try {
    const summary = await forEachCanonicalRow(text, (row) => rows.push({ ...toSurveyResponse(row), line: row.line }), { file: 'f.csv' });
    return { rows, summary };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** The fast decoder alone, fed the bytes in chunks of `size`. */
function fastRead(text: string, size = 1 << 16) {
  const rows: (SurveyResponse & { line: number })[] = [];
  const decoder = new CanonicalCsvFastDecoder({ file: 'f.csv' }, (row) => rows.push({ ...toSurveyResponse(row), line: row.line }));
  const bytes = encoder.encode(text);
  for (let start = 0; start < bytes.length; start += size) decoder.write(bytes.subarray(start, start + size));
  return { rows, summary: decoder.end() };
}

function demo(instrumentId: string, responses: number, format: 'labels' | 'codes' = 'labels'): string {
  return [...demoCsvLines(getBuiltinInstrument(instrumentId), { seed: 9, responses, authorities: 5, weeks: 4, commentRate: 0.4 }, format)].join('');
}

describe('the fast path of the canonical CSV reader', () => {
  const cases: [string, string][] = [
    ['Ofsted demo, labels, CRLF', demo('ofsted-2011-social-workers', 300)],
    ['Ofsted demo, codes, choose-three answers', demo('ofsted-2011-managers', 300, 'codes')],
    ['pulse demo with comments', demo('pulse', 400)],
    ['Annex A data: answers in odd case, quoted, with spaces', wideCsv(generate('managers'))],
  ];

  for (const [name, text] of cases) {
    it(`reads exactly what the full reader reads: ${name}, in chunks of any size`, async () => {
      const full = await fullRead(text);
      expect(full.rows!.length).toBeGreaterThan(100);
      for (const size of [1 << 16, 997, 61, 7]) expect(fastRead(text, size)).toEqual(full);
      const lf = text.replace(/\r\n/g, '\n');
      expect(fastRead(`\uFEFF${lf}\n\n`)).toEqual(await fullRead(`\uFEFF${lf}\n\n`));
    });
  }

  it('reads quoted cells with commas, quotes and line breaks, and counts the lines they span', async () => {
    const pulse = getBuiltinInstrument('pulse');
    const base = { instrumentId: 'pulse', instrumentVersion: '1.0.0', submittedAt: '2025-02-10T09:00:00Z', authorityCode: 'NSH', authorityName: 'North, shire', role: 'social_worker' as const, team: 'Front door "MASH"' };
    const answers = { week_overall: 3, workload_manageable: 4, direct_work_time: 2, support_when_needed: 5, emotional_support: 1, decision_confidence: 4 };
    const responses: SurveyResponse[] = [
      { ...base, responseId: 'a', answers: { ...answers, comment: 'Busy, "hard"\r\nweek.\nReally.' } },
      { ...base, responseId: 'b', answers: { ...answers, comment: 'Fine' } },
      { ...base, responseId: 'c', answers },
    ];
    const text = toCanonicalCsv([pulse], responses);
    const fast = fastRead(text, 5);
    expect(fast).toEqual(await fullRead(text));
    expect(fast.rows.map((r) => r.line)).toEqual([2, 5, 6]);
    expect(fast.rows[0]!.answers.comment).toBe('Busy, "hard"\r\nweek.\nReally.');
  });

  it('declines what it does not check itself, and then the full reader gives the same result as ever', async () => {
    const good = demo('pulse', 50);
    const lines = good.split('\r\n');
    const withCells = (line: number, change: (cells: string[]) => void) => {
      const copy = [...lines];
      const cells = copy[line]!.split(',');
      change(cells);
      copy[line] = cells.join(',');
      return copy.join('\r\n');
    };
    const declined: [string, string][] = [
      ['the long form', longCsv(generate('managers'))],
      ['an answer that is not an option', withCells(5, (c) => (c[9] = 'Sometimes'))],
      ['a duplicate response id', withCells(7, (c) => (c[0] = lines[3]!.split(',')[0]!))],
      ['an unknown instrument', withCells(4, (c) => (c[1] = 'other'))],
      ['a bad date', withCells(4, (c) => (c[3] = '2025-02-30'))],
      ['a row with a cell too many', withCells(4, (c) => c.push(''))],
      ['a bare line feed in a CRLF file', good.replace('\r\n', '\n').replace(/\r\n(?=demo-1-0000003)/, '\n')],
      ['bytes that are not UTF-8', good],
    ];
    for (const [name, text] of declined) {
      const bytes = name.startsWith('bytes') ? Uint8Array.from([...encoder.encode(text.slice(0, 400)), 0xff, 0xfe, ...encoder.encode(text.slice(400))]) : encoder.encode(text);
      expect(() => {
        const decoder = new CanonicalCsvFastDecoder({ file: 'f.csv' }, () => {});
        decoder.write(bytes);
        decoder.end();
      }, name).toThrow(FastPathDeclined);
      let restarted = 0;
      let rows: string[] = [];
      const outcome = await forEachCanonicalRowFast(() => [bytes], (row) => rows.push(row.responseId), {
        file: 'f.csv',
        onRestart: () => {
          restarted++;
          rows = [];
        },
      }).then(
        (summary) => ({ summary, rows }),
        (error: Error) => ({ error: error.message }),
      );
      expect(restarted, name).toBe(1);
      const reference = await forEachCanonicalRow([bytes], () => {}, { file: 'f.csv' }).then(
        (summary) => ({ summary: { ...summary, fastPath: false } }),
        (error: Error) => ({ error: error.message }),
      );
      if ('error' in reference) expect(outcome, name).toEqual(reference);
      else expect((outcome as { summary: unknown }).summary, name).toEqual(reference.summary);
    }
  });

  it('keeps 16 bytes a response for duplicate ids, not the ids themselves', async () => {
    const text = demo('ofsted-2011-social-workers', 2000, 'codes');
    const result = await forEachCanonicalRowFast(() => [encoder.encode(text)], () => {}, { file: 'f.csv' });
    expect(result).toMatchObject({ fastPath: true, responses: 2000, lines: 2001, byInstrument: { 'ofsted-2011-social-workers': 2000 } });
  });
});
