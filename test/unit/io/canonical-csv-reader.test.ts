import { describe, expect, it } from 'vitest';
import { getBuiltinInstrument } from '../../../lib/instruments/builtin';
import type { SurveyResponse } from '../../../lib/instruments/response';
import {
  CanonicalCsvDecoder,
  forEachCanonicalResponse,
  forEachCanonicalRow,
  toSurveyResponse,
  parseCanonicalCsv,
  readCanonicalCsv,
} from '../../../lib/io/canonical-csv-reader';
import { toCanonicalCsv } from '../../../lib/io/canonical-csv-writer';
import { ImportError, type ImportProblem } from '../../../lib/io/imports/import-error';

const FIXED = 'response_id,instrument,instrument_version,submitted_at,authority_code,authority_name,role,team';
const PULSE_HEADER = `${FIXED},week_overall,workload_manageable,direct_work_time,comment`;

function problemsOf(run: () => unknown): readonly ImportProblem[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return (error as ImportError).problems;
  }
  throw new Error('expected an ImportError');
}

async function asyncProblemsOf(run: () => Promise<unknown>): Promise<readonly ImportProblem[]> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return (error as ImportError).problems;
  }
  throw new Error('expected an ImportError');
}

const GOOD = [
  PULSE_HEADER,
  'r1,pulse,1.0.0,2025-02-12T09:00:00Z,E1,Northshire,social_worker,Team A, very GOOD ,Agree,strongly disagree,"Busy week,\nbut fine"',
  'r2,pulse,1.0.0,2025-02-13,E1,Northshire,Manager,,2,5,,',
  'r3,pulse,1.0.0,2025-02-13 10:15+0100,E2,Southshire,social worker,Team B,,,,',
].join('\r\n');

describe('parseCanonicalCsv: wide form', () => {
  it('reads labels in any case and spacing, codes, blanks, multi-line text and role labels', () => {
    const { responses, summary } = parseCanonicalCsv(GOOD, { file: 'pulse.csv' });
    expect(summary).toEqual({ file: 'pulse.csv', form: 'wide', responses: 3, byInstrument: { pulse: 3 }, lines: 5 });
    expect(responses[0]).toEqual({
      responseId: 'r1',
      instrumentId: 'pulse',
      instrumentVersion: '1.0.0',
      submittedAt: '2025-02-12T09:00:00Z',
      authorityCode: 'E1',
      authorityName: 'Northshire',
      role: 'social_worker',
      team: 'Team A',
      answers: { week_overall: 5, workload_manageable: 4, direct_work_time: 1, comment: 'Busy week,\nbut fine' },
    } satisfies SurveyResponse);
    expect(responses[1]!.role).toBe('manager');
    expect(responses[1]!.answers).toEqual({ week_overall: 2, workload_manageable: 5 });
    expect(responses[1]!.submittedAt).toBe('2025-02-13');
    expect(responses[2]!.submittedAt).toBe('2025-02-13T10:15+01:00');
    expect(responses[2]!.answers).toEqual({});
  });

  it('reads multi answers separated by "; " and the typographic apostrophe', () => {
    const header = `${FIXED},three_most_important_support,sufficient_time`;
    const text = `${header}\nm1,ofsted-2011-managers,1.0.0,2011-06-15,E1,N,manager,,Supervision; TRAINING;3,Don’t know\n`;
    const { responses } = parseCanonicalCsv(text);
    expect(responses[0]!.answers).toEqual({ three_most_important_support: [1, 5, 3], sufficient_time: 9 });
  });

  it('reads what the canonical writer writes', () => {
    const instruments = [getBuiltinInstrument('pulse'), getBuiltinInstrument('ofsted-2011-managers')];
    const responses: SurveyResponse[] = [
      {
        responseId: 'a',
        instrumentId: 'pulse',
        instrumentVersion: '1.0.0',
        submittedAt: '2025-02-12T09:00:00.000Z',
        authorityCode: 'E1',
        authorityName: 'North, "the" shire',
        role: 'manager',
        team: 'T',
        answers: { week_overall: 3, comment: 'Quotes " and, commas\r\nand lines' },
      },
      {
        responseId: 'b',
        instrumentId: 'ofsted-2011-managers',
        instrumentVersion: '1.0.0',
        submittedAt: '2011-06-15T09:00:00Z',
        authorityCode: 'E2',
        authorityName: 'South',
        role: 'manager',
        team: '',
        answers: { lm_cpd: 9, three_most_significant_barriers: [2, 6], team_support: 5 },
      },
    ];
    expect(parseCanonicalCsv(toCanonicalCsv(instruments, responses), { instruments }).responses).toEqual(responses);
  });

  it('drops a byte order mark and reads LF, CRLF and CR line ends alike', () => {
    const lf = GOOD.replace(/\r\n/g, '\n');
    const expected = parseCanonicalCsv(lf).responses;
    expect(parseCanonicalCsv(`\uFEFF${GOOD}`).responses).toEqual(expected.map((r) => r));
    const cr = GOOD.replace(/\r\n/g, '\r');
    expect(parseCanonicalCsv(cr).responses.map((r) => r.responseId)).toEqual(['r1', 'r2', 'r3']);
    expect(parseCanonicalCsv(`${lf}\n\n`).summary.responses).toBe(3);
  });
});

describe('errors name the file, line and column', () => {
  const row = (cells: string) => `${PULSE_HEADER}\nr1,pulse,1.0.0,2025-02-12T09:00:00Z,E1,N,social_worker,T,Good,Agree,Agree,\n${cells}\n`;

  it('an unknown label', () => {
    const problems = problemsOf(() => parseCanonicalCsv(row('r2,pulse,1.0.0,2025-02-12T09:00:00Z,E1,N,social_worker,T,Good,Agreed,,'), { file: 'a.csv' }));
    expect(problems).toEqual([
      {
        file: 'a.csv',
        line: 3,
        column: 'J ("workload_manageable")',
        message: expect.stringMatching(/^unknown answer "Agreed": expected one of "Strongly agree", "Agree", .* or a code \(5, 4, 3, 2, 1\)$/),
      },
    ]);
    expect(() => parseCanonicalCsv(row('r2,pulse,1.0.0,2025-02-12T09:00:00Z,E1,N,social_worker,T,Good,Agreed,,'), { file: 'a.csv' })).toThrow(
      /a\.csv, line 3, column J \("workload_manageable"\): unknown answer "Agreed"/,
    );
  });

  it('an unknown instrument, a bad date, an unknown role, a bad version, a blank id', () => {
    const problems = problemsOf(() =>
      parseCanonicalCsv(
        [
          row('r2,pulses,1.0.0,2025-02-12T09:00:00Z,E1,N,social_worker,T,,,,'),
          'r3,pulse,1.0.0,2025-02-30,E1,N,social_worker,T,,,,',
          'r4,pulse,1.0.0,2025-02-12T09:00,E1,N,social_worker,T,,,,',
          'r5,pulse,1.0.0,12/02/2025,E1,N,boss,T,,,,',
          ',pulse,one,2025-02-12,E1,N,manager,T,,,,',
        ].join('\n'),
        { file: 'b.csv' },
      ),
    );
    expect(problems.map((p) => [p.line, p.column, p.message])).toEqual([
      [3, 'B ("instrument")', 'unknown instrument "pulses" (known: pulse, ofsted-2011-social-workers, ofsted-2011-managers)'],
      [5, 'D ("submitted_at")', 'bad date "2025-02-30": February 2025 has 28 days'],
      [6, 'D ("submitted_at")', 'bad date "2025-02-12T09:00": a time needs a time zone, e.g. 2025-02-12T09:00:00Z'],
      [7, 'D ("submitted_at")', 'bad date "12/02/2025" (expected ISO 8601 such as 2025-02-12T09:30:00Z or 2025-02-12)'],
      [7, 'G ("role")', 'unknown role "boss" (expected social_worker or manager)'],
      [8, 'A ("response_id")', 'the response id is blank'],
      [8, 'C ("instrument_version")', '"one" is not a version such as 1.0.0'],
    ]);
  });

  it('a blank version, and a blank role, on the first row read', () => {
    const header = 'response_id,instrument,instrument_version,submitted_at,authority_code,authority_name,role,team,week_overall';
    const problems = problemsOf(() =>
      parseCanonicalCsv(`${header}\nr1,pulse,,2025-02-12T09:00:00Z,E1,N,social_worker,T,4\nr2,pulse,1.0.0,2025-02-12T09:00:00Z,E1,N,,T,4\n`, { file: 'v.csv' }),
    );
    expect(problems.map((p) => [p.line, p.column, p.message])).toEqual([
      [2, 'C ("instrument_version")', '"" is not a version such as 1.0.0'],
      [3, 'G ("role")', 'unknown role "" (expected social_worker or manager)'],
    ]);
  });

  it('a duplicate response id, pointing at the first', () => {
    const problems = problemsOf(() => parseCanonicalCsv(row('r1,pulse,1.0.0,2025-02-12T09:00:00Z,E1,N,social_worker,T,,,,'), { file: 'c.csv' }));
    expect(problems).toEqual([{ file: 'c.csv', line: 3, column: 'A ("response_id")', message: 'duplicate response id "r1" (first on line 2)' }]);
  });

  it('missing required columns, duplicated and unknown columns (all on line 1, nothing read)', () => {
    const problems = problemsOf(() =>
      parseCanonicalCsv('response_id,instrument,instrument_version,authority_code,role,team,week_overall,week_overall,favourite_colour\n', { file: 'd.csv' }),
    );
    expect(problems.map((p) => [p.line, p.column, p.message])).toEqual([
      [1, 'H ("week_overall")', 'the column name is used twice (also column G ("week_overall"))'],
      [1, '"submitted_at"', 'the required column "submitted_at" is missing (wide form)'],
      [1, '"authority_name"', 'the required column "authority_name" is missing (wide form)'],
      [1, 'I ("favourite_colour")', 'unknown column: not a fixed column nor an item of any known instrument (pulse, ofsted-2011-social-workers, ofsted-2011-managers)'],
    ]);
  });

  it('a row with too few cells, an answer for an item of another instrument, a role the instrument is not for', () => {
    const header = `${FIXED},week_overall,lm_cpd`;
    const problems = problemsOf(() =>
      parseCanonicalCsv(
        [
          header,
          'r1,pulse,1.0.0,2025-02-12,E1,N,manager,T,Good',
          'r2,pulse,1.0.0,2025-02-12,E1,N,manager,T,Good,Agree',
          'r3,ofsted-2011-social-workers,1.0.0,2011-06-15,E1,N,manager,T,,Agree',
        ].join('\n'),
        { file: 'e.csv' },
      ),
    );
    expect(problems.map((p) => [p.line, p.column, p.message])).toEqual([
      [2, 'J ("lm_cpd")', 'this row has 9 cells but the header has 10'],
      [3, 'J ("lm_cpd")', '"lm_cpd" is not an item of instrument "pulse"; leave it blank'],
      [4, 'G ("role")', 'role manager does not answer instrument "ofsted-2011-social-workers" (its roles: social_worker)'],
    ]);
  });

  it('counts lines inside quoted cells, so later lines are where an editor shows them', () => {
    const text = [
      PULSE_HEADER,
      'r1,pulse,1.0.0,2025-02-12,E1,N,manager,T,Good,,,"one\ntwo\r\nthree"',
      'r2,pulse,1.0.0,2025-02-12,E1,N,manager,T,Grand,,,',
    ].join('\n');
    expect(problemsOf(() => parseCanonicalCsv(text)).map((p) => p.line)).toEqual([5]);
  });

  it('an unclosed quote, at the line where it opens', () => {
    const text = `${PULSE_HEADER}\nr1,pulse,1.0.0,2025-02-12,E1,N,manager,T,Good,,,"never closed\n`;
    const problems = problemsOf(() => parseCanonicalCsv(text, { file: 'q.csv' }));
    expect(problems[0]).toMatchObject({ file: 'q.csv', line: 2, column: 'L ("comment")', message: 'a quoted cell is not closed (a missing ")' });
  });

  it('an empty file, and text that is not UTF-8', async () => {
    expect(problemsOf(() => parseCanonicalCsv(''))).toEqual([{ file: '(input)', line: 1, message: 'the file is empty: no header row' }]);
    const latin1 = new Uint8Array([...new TextEncoder().encode(`${PULSE_HEADER}\nr1,pulse,1.0.0,2025-02-12,E1,Caf`), 0xe9, 0x0a]);
    const problems = await asyncProblemsOf(() => forEachCanonicalResponse([latin1], () => {}, { file: 'latin1.csv' }));
    expect(problems[0]!.message).toMatch(/not UTF-8/);
  });

  it('stops after maxProblems', () => {
    const rows = Array.from({ length: 30 }, (_, i) => `r${i},pulse,1.0.0,2025-02-12,E1,N,manager,T,Bad,,,`);
    const problems = problemsOf(() => parseCanonicalCsv([PULSE_HEADER, ...rows].join('\n'), { maxProblems: 5 }));
    expect(problems).toHaveLength(6);
    expect(problems[5]!.message).toBe('stopped reading after 5 problems');
  });
});

describe('all or nothing', () => {
  const text = [
    PULSE_HEADER,
    'r1,pulse,1.0.0,2025-02-12,E1,N,manager,T,Good,,,',
    'r2,pulse,1.0.0,2025-02-12,E1,N,manager,T,Good,,,',
    'r3,pulse,1.0.0,2025-02-12,E1,N,manager,T,Great,,,',
    'r4,pulse,1.0.0,2025-02-12,E1,N,manager,T,Good,,,',
  ].join('\n');

  it('the convenience function throws before returning anything', () => {
    let result: unknown;
    expect(() => {
      result = parseCanonicalCsv(text);
    }).toThrow(ImportError);
    expect(result).toBeUndefined();
  });

  it('the streaming functions hand out nothing after the first problem, and then reject', async () => {
    const seen: string[] = [];
    await expect(forEachCanonicalResponse(text, (r) => seen.push(r.responseId))).rejects.toThrow(/line 4, column I \("week_overall"\)/);
    expect(seen).toEqual(['r1', 'r2']);
    const iterated: string[] = [];
    await expect(
      (async () => {
        for await (const response of readCanonicalCsv(text)) iterated.push(response.responseId);
      })(),
    ).rejects.toBeInstanceOf(ImportError);
    expect(iterated.includes('r4')).toBe(false);
  });
});

describe('streaming', () => {
  const many = [
    PULSE_HEADER,
    ...Array.from({ length: 200 }, (_, i) => `r${i},pulse,1.0.0,2025-02-12T09:00:00Z,E${i % 7},Café ${i % 7},manager,Team ’${i % 3}’,${['Good', ' very hard ', '3'][i % 3]},Agree,,"Line one\nline ""two"", ✓"`),
  ].join('\r\n');
  const expected = parseCanonicalCsv(many).responses;

  it('gives the same responses whatever the chunk size', async () => {
    expect(expected).toHaveLength(200);
    for (const size of [1, 2, 3, 7, 64, 1000]) {
      const chunks: string[] = [];
      for (let i = 0; i < many.length; i += size) chunks.push(many.slice(i, i + size));
      const seen: SurveyResponse[] = [];
      await forEachCanonicalResponse(chunks, (r) => seen.push(r));
      expect(seen, `chunks of ${size}`).toEqual(expected);
    }
  });

  it('reads UTF-8 bytes split inside characters, from an iterable, an async iterable or a ReadableStream', async () => {
    const bytes = new TextEncoder().encode(many);
    const pieces: Uint8Array[] = [];
    for (let i = 0; i < bytes.length; i += 5) pieces.push(bytes.subarray(i, i + 5));
    const seen: SurveyResponse[] = [];
    await forEachCanonicalResponse(pieces, (r) => seen.push(r));
    expect(seen).toEqual(expected);

    async function* slowly() {
      for (const piece of pieces) yield piece;
    }
    const iterated: SurveyResponse[] = [];
    const iterator = readCanonicalCsv(slowly(), { file: 'stream.csv' });
    let step = await iterator.next();
    while (!step.done) {
      iterated.push(step.value);
      step = await iterator.next();
    }
    expect(iterated).toEqual(expected);
    expect(step.value).toMatchObject({ file: 'stream.csv', responses: 200, form: 'wide' });

    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        pieces.forEach((piece) => controller.enqueue(piece));
        controller.close();
      },
    });
    const fromStream: SurveyResponse[] = [];
    await forEachCanonicalResponse(stream, (r) => fromStream.push(r));
    expect(fromStream).toEqual(expected);
  });

  it('hands out decoded rows with answers aligned to the instrument’s items', async () => {
    const rows: SurveyResponse[] = [];
    const firstValues: unknown[] = [];
    const summary = await forEachCanonicalRow(many, (row) => {
      if (firstValues.length === 0) firstValues.push([...row.values]);
      rows.push(toSurveyResponse(row));
    });
    expect(summary.responses).toBe(200);
    expect(rows).toEqual(expected);
    // pulse items: week_overall, workload_manageable, direct_work_time, …, comment
    expect(firstValues[0]).toEqual([4, 4, undefined, undefined, undefined, undefined, 'Line one\nline "two", ✓']);
  });

  it('hands out the answers as codes too: the code, -1 where not answered, -2 for text (read from values)', async () => {
    const codes: number[][] = [];
    await forEachCanonicalRow(GOOD, (row) => codes.push([...row.codes]));
    // pulse items: week_overall (1–5), workload_manageable, direct_work_time (agreement, 5 = Strongly agree), …, comment
    expect(codes).toEqual([
      [5, 4, 1, -1, -1, -1, -2],
      [2, 5, -1, -1, -1, -1, -1],
      [-1, -1, -1, -1, -1, -1, -1],
    ]);
    const long = [`${FIXED},item,answer`, 'r1,pulse,1.0.0,2025-02-12,E1,N,manager,T,workload_manageable,Disagree', 'r1,pulse,1.0.0,2025-02-12,E1,N,manager,T,comment,ok'].join('\n');
    const longCodes: number[][] = [];
    await forEachCanonicalRow(long, (row) => longCodes.push([...row.codes]));
    expect(longCodes).toEqual([[-1, 2, -1, -1, -1, -1, -2]]);
  });

  it('reads fixed cells with white space around them, including non-breaking spaces and tabs', () => {
    const csv = `${PULSE_HEADER}\n r9 , pulse ,\u00a01.0.0,2025-02-12 ,E1 , Northshire,manager\t, Team A ,4,,,`;
    const [response] = parseCanonicalCsv(csv).responses;
    expect(response).toMatchObject({ responseId: 'r9', instrumentId: 'pulse', instrumentVersion: '1.0.0', submittedAt: '2025-02-12', authorityCode: 'E1', authorityName: 'Northshire', role: 'manager', team: 'Team A' });
  });

  it('the decoder can be fed by hand and reports the line of each response', () => {
    const lines: number[] = [];
    const decoder = new CanonicalCsvDecoder({}, (_, line) => lines.push(line));
    decoder.write(many.slice(0, 500));
    decoder.write(many.slice(500));
    expect(decoder.end().lines).toBe(1 + 200 * 2);
    expect(lines.slice(0, 3)).toEqual([2, 4, 6]);
  });
});

describe('long form', () => {
  const header = `${FIXED},item,answer`;
  const base = 'pulse,1.0.0,2025-02-12T09:00:00Z,E1,N,manager,T';

  it('gives the same responses as the wide form', () => {
    const long = [
      header,
      `r1,${base},week_overall, very GOOD `,
      `r1,${base},workload_manageable,Agree`,
      `r1,${base},direct_work_time,1`,
      `r1,${base},comment,"Busy week,\nbut fine"`,
      `r2,${base},week_overall,2`,
      `r2,${base},workload_manageable,`,
    ].join('\n');
    const wide = [
      PULSE_HEADER,
      `r1,${base}, very GOOD ,Agree,1,"Busy week,\nbut fine"`,
      `r2,${base},2,,,`,
    ].join('\n');
    const read = parseCanonicalCsv(long, { file: 'long.csv' });
    expect(read.summary.form).toBe('long');
    expect(read.responses).toEqual(parseCanonicalCsv(wide).responses);
  });

  it('refuses split responses, changed fixed cells, unknown and repeated items', () => {
    const problems = problemsOf(() =>
      parseCanonicalCsv(
        [
          header,
          `r1,${base},week_overall,Good`,
          `r1,${base},week_overall,Hard`,
          `r1,pulse,1.0.0,2025-02-12T09:00:00Z,E2,N,manager,T,workload_manageable,Agree`,
          `r1,${base},lm_cpd,Agree`,
          `r2,${base},week_overall,Good`,
          `r1,${base},comment,late`,
        ].join('\n'),
        { file: 'long.csv' },
      ),
    );
    expect(problems.map((p) => [p.line, p.column, p.message])).toEqual([
      [3, 'I ("item")', 'item "week_overall" is answered twice for response "r1" (first on line 2)'],
      [4, 'E ("authority_code")', 'differs from line 2, where response "r1" starts'],
      [5, 'I ("item")', 'unknown item "lm_cpd" for instrument "pulse"'],
      [7, 'A ("response_id")', 'duplicate response id "r1" (first on line 2); the rows of one response must be together'],
    ]);
  });

  it('refuses extra columns in the long form when asked for it', () => {
    const problems = problemsOf(() => parseCanonicalCsv(`${header},note\n`, { form: 'long' }));
    expect(problems[0]).toMatchObject({ line: 1, column: 'K ("note")' });
  });
});
