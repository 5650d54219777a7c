import { describe, expect, it } from 'vitest';
import { CsvRowSplitter } from '../../../lib/io/csv-rows';
import { normaliseTimestamp } from '../../../lib/io/timestamp';
import { answerParser, AnswerParseFailure } from '../../../lib/io/parse-answer';
import { getBuiltinInstrument } from '../../../lib/instruments/builtin';
import { findItem } from '../../../lib/instruments/items';

function split(chunks: string[]): { rows: [string[], number][]; errors: [string, number][] } {
  const rows: [string[], number][] = [];
  const errors: [string, number][] = [];
  const splitter = new CsvRowSplitter(
    (fields, line) => rows.push([fields, line]),
    (message, line) => errors.push([message, line]),
  );
  chunks.forEach((chunk) => splitter.write(chunk));
  splitter.end();
  return { rows, errors };
}

describe('CsvRowSplitter', () => {
  const text = 'a,b\r\n1,"x\r\ny"\r\n"q""uote",2\r\n3,4';
  const expected: [string[], number][] = [
    [['a', 'b'], 1],
    [['1', 'x\r\ny'], 2],
    [['q"uote', '2'], 4],
    [['3', '4'], 5],
  ];

  it('splits rows and gives the physical line each starts on', () => {
    expect(split([text])).toEqual({ rows: expected, errors: [] });
  });

  it('gives the same rows for every way of cutting the text into two or three chunks', () => {
    for (let i = 0; i <= text.length; i++) {
      expect(split([text.slice(0, i), text.slice(i)]).rows, `cut at ${i}`).toEqual(expected);
      for (let j = i; j <= text.length; j += 3) expect(split([text.slice(0, i), text.slice(i, j), text.slice(j)]).rows).toEqual(expected);
    }
  });

  it('reports a malformed quote at the line where its cell starts, however the text is cut', () => {
    const bad = 'a,b\n1,"x"y\n2,3\n';
    const errors = [
      ['a quote (") inside a quoted cell is not doubled ("")', 2],
      ['a quoted cell is not closed (a missing ")', 2],
    ];
    for (let i = 0; i <= bad.length; i++) expect(split([bad.slice(0, i), bad.slice(i)]).errors).toEqual(errors);
  });

  it('stops at an unfinished row longer than the limit, instead of re-reading the rest of the file', () => {
    const errors: [string, number][] = [];
    const splitter = new CsvRowSplitter(() => {}, (message, line) => errors.push([message, line]), { maxRowLength: 100 });
    splitter.write('a,b\n1,"never closed');
    for (let i = 0; i < 50; i++) splitter.write('x'.repeat(10));
    splitter.end();
    expect(errors).toEqual([['a row is longer than 100 characters: probably a quoted cell that is not closed', 2]]);
  });
});

describe('normaliseTimestamp', () => {
  it('accepts ISO 8601 dates and date-times with a zone, in a canonical spelling', () => {
    expect(normaliseTimestamp('2025-02-12')).toBe('2025-02-12');
    expect(normaliseTimestamp(' 2025-02-12T09:30:00Z ')).toBe('2025-02-12T09:30:00Z');
    expect(normaliseTimestamp('2025-02-12 09:30:00.123+0100')).toBe('2025-02-12T09:30:00.123+01:00');
    expect(normaliseTimestamp('2025-02-12T09:30:00,5-05')).toBe('2025-02-12T09:30:00.5-05:00');
    expect(normaliseTimestamp('2024-02-29T00:00z')).toBe('2024-02-29T00:00Z');
    expect(Date.parse(normaliseTimestamp('2025-02-12 09:30+0100') as string)).toBe(Date.UTC(2025, 1, 12, 8, 30));
  });

  it('refuses impossible or ambiguous ones, saying why', () => {
    expect(normaliseTimestamp('2023-02-29')).toEqual({ problem: 'bad date "2023-02-29": February 2023 has 28 days' });
    expect(normaliseTimestamp('2025-13-01')).toEqual({ problem: 'bad date "2025-13-01": there is no month 13' });
    expect(normaliseTimestamp('2025-02-12T25:00Z')).toEqual({ problem: 'bad date "2025-02-12T25:00Z": the time is out of range' });
    expect(normaliseTimestamp('2025-02-12T09:00')).toMatchObject({ problem: expect.stringContaining('needs a time zone') });
    expect(normaliseTimestamp('')).toMatchObject({ problem: expect.stringContaining('blank') });
    expect(normaliseTimestamp('yesterday')).toMatchObject({ problem: expect.stringContaining('expected ISO 8601') });
  });
});

describe('answerParser', () => {
  const pulse = getBuiltinInstrument('pulse');
  it('reads numbers and text, and refuses what the item does not allow', () => {
    const comment = answerParser(pulse, findItem(pulse, 'comment')!);
    expect(comment('  ')).toBeUndefined();
    expect(comment(' kept as written ')).toBe(' kept as written ');
    expect(comment('x'.repeat(501))).toBeInstanceOf(AnswerParseFailure);
    const managers = getBuiltinInstrument('ofsted-2011-managers');
    const pick = answerParser(managers, findItem(managers, 'three_most_important_support')!);
    expect(pick('Training; Training')).toEqual(new AnswerParseFailure('"Training; Training": an option is chosen twice'));
    expect(pick('1;2;3;4')).toEqual(new AnswerParseFailure('"1;2;3;4": choose at most 3'));
  });
});
