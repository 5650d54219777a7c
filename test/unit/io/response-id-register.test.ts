import { describe, expect, it } from 'vitest';
import { ResponseIdRegister } from '../../../lib/io/response-id-register';

describe('ResponseIdRegister', () => {
  it('finds every repeated id with the line it was first seen on, as a Map would, through many regrowths', () => {
    const register = new ResponseIdRegister();
    const reference = new Map<string, number>();
    for (let line = 2; line < 60_000; line++) {
      // Every 7th id repeats an earlier one; ids of many lengths and characters (é, emoji, empty-looking).
      const id = line % 7 === 0 ? `id-${Math.floor(line / 3)}` : `id-${line}${line % 5 === 0 ? 'é😀' : ''}`;
      expect(register.firstSeen(id, line)).toBe(reference.get(id));
      if (!reference.has(id)) reference.set(id, line);
    }
  });

  it('tells apart ids that differ only in one character or in length', () => {
    const register = new ResponseIdRegister();
    expect(register.firstSeen('ab', 2)).toBeUndefined();
    expect(register.firstSeen('abc', 3)).toBeUndefined();
    expect(register.firstSeen('ac', 4)).toBeUndefined();
    expect(register.firstSeen('ab', 5)).toBe(2);
    expect(register.firstSeen('abc', 6)).toBe(3);
  });
});
