import { describe, expect, it } from 'vitest';
import { ResponseIdFingerprints } from '../../../lib/io/response-id-fingerprints';

describe('ResponseIdFingerprints', () => {
  it('notices every repeated id, as a Set would, through many regrowths', () => {
    const seen = new ResponseIdFingerprints();
    const reference = new Set<string>();
    for (let line = 2; line < 60_000; line++) {
      const id = line % 7 === 0 ? `id-${Math.floor(line / 3)}` : `id-${line}${line % 5 === 0 ? 'é😀' : ''}`;
      expect(seen.firstSeen(id, line)).toBe(reference.has(id) ? line : undefined);
      reference.add(id);
    }
  });

  it('tells apart ids that differ only in one character, in order or in length', () => {
    const seen = new ResponseIdFingerprints();
    for (const id of ['ab', 'ba', 'abc', 'ac', '', 'a b']) expect(seen.firstSeen(id, 1)).toBeUndefined();
    expect(seen.firstSeen('ab', 9)).toBe(9);
  });

  it('finds an id read by two sets (two threads), and none when they share no id', () => {
    const first = new ResponseIdFingerprints();
    const second = new ResponseIdFingerprints();
    const third = new ResponseIdFingerprints();
    for (let i = 0; i < 20_000; i++) {
      first.firstSeen(`r${i}`, i);
      second.firstSeen(`r${20_000 + i}`, i);
      third.firstSeen(`r${40_000 + i}`, i);
    }
    third.firstSeen('r12345', 1); // also read by the first
    expect(ResponseIdFingerprints.overlap(first.fingerprints(), second.fingerprints())).toBe(false);
    expect(ResponseIdFingerprints.overlap(second.fingerprints(), first.fingerprints())).toBe(false);
    expect(ResponseIdFingerprints.overlap(second.fingerprints(), third.fingerprints())).toBe(false);
    expect(ResponseIdFingerprints.overlap(first.fingerprints(), third.fingerprints())).toBe(true);
    expect(ResponseIdFingerprints.overlap(third.fingerprints(), first.fingerprints())).toBe(true);
  });
});
