import { describe, expect, it } from 'vitest';
import { parseJson } from '../../../lib/io/parse-json';

describe('parseJson', () => {
  it('parses JSON, with or without a byte order mark', () => {
    expect(parseJson('{"a": [1, 2]}')).toEqual({ ok: true, value: { a: [1, 2] } });
    expect(parseJson('\uFEFF{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
  });

  it('names the line a syntax error is on', () => {
    // The stray comma is on the third line; the parser stops at the closing brace on the fourth.
    const lines = ['{', '  "a": 1,', '  "b": 2,', '}'];
    const result = parseJson(lines.join('\n'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.message).toMatch(/^not valid JSON \(/);
    expect(result.problem.line).toBe(4);
  });

  it('counts lines after a byte order mark the same way', () => {
    // A missing comma between the second and third lines: the parser stops at the third line's quote.
    const result = parseJson('\uFEFF{\n"a": 1\n"b": 2}');
    expect(!result.ok && result.problem.line).toBe(3);
  });

  it('leaves the line out when the parser does not say where it stopped', () => {
    const result = parseJson('{"a": tru }');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem.line).toBeUndefined();
  });
});
