import { describe, expect, it } from 'vitest';
import { stringHash64 } from '../../../lib/io/string-hash';

describe('stringHash64', () => {
  it("cut to 53 bits, gives cyrb53's published examples (bryc, github.com/bryc/code, jshash/experimental/cyrb53.js)", () => {
    const halves = new Int32Array(2);
    const cyrb53 = (text: string) => {
      stringHash64(text, halves);
      return 4294967296 * (2097151 & halves[1]!) + (halves[0]! >>> 0);
    };
    expect(cyrb53('a')).toBe(7929297801672961);
    expect(cyrb53('b')).toBe(8684336938537663);
    expect(cyrb53('revenge')).toBe(4051478007546757);
    expect(cyrb53('revenue')).toBe(8309097637345594);
  });
});
