import { describe, expect, it } from 'vitest';
import { revealsSmallComplement } from '../../../analysis/filter-complement';

describe('revealsSmallComplement', () => {
  it('hides a filtered figure whose left-out rest is 1 to k − 1 respondents', () => {
    expect([0, 1, 4, 5, 40].map((size) => revealsSmallComplement(size, 5))).toEqual([false, true, true, false, false]);
    expect([2, 9, 10].map((size) => revealsSmallComplement(size, 10))).toEqual([true, true, false]);
  });
  it('refuses a minimum group size below 3', () => {
    expect(() => revealsSmallComplement(1, 2)).toThrow(/3/);
  });
});
