import { describe, expect, it } from 'vitest';
import { answerCode, NOT_ANSWERED_CODE, SEE_VALUES_CODE } from '../../../lib/io/answer-code';

describe('answerCode', () => {
  it('keeps small whole codes and marks the rest', () => {
    expect([0, 1, 5, 9, 32767].map(answerCode)).toEqual([0, 1, 5, 9, 32767]);
    expect(answerCode(undefined)).toBe(NOT_ANSWERED_CODE);
    for (const other of [[1, 2], 'text', -1, 2.5, 32768]) expect(answerCode(other as never)).toBe(SEE_VALUES_CODE);
  });
});
