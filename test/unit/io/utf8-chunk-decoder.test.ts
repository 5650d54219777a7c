import { describe, expect, it } from 'vitest';
import { Utf8ChunkDecoder } from '../../../lib/io/utf8-chunk-decoder';

const text = '\uFEFFid,team\nr1,Équipe Nord — “A”\nr2,😀 日本語 ñ\n';
const bytes = new TextEncoder().encode(text);

function decodeInChunks(input: Uint8Array, cuts: number[]): string {
  const utf8 = new Utf8ChunkDecoder();
  let out = '';
  let from = 0;
  for (const cut of [...cuts, input.length]) {
    out += utf8.decode(input.subarray(from, cut));
    from = cut;
  }
  utf8.end();
  return out;
}

describe('Utf8ChunkDecoder', () => {
  it('gives the same text however the bytes are cut, through characters of two, three and four bytes', () => {
    for (let cut = 0; cut <= bytes.length; cut++) expect(decodeInChunks(bytes, [cut])).toBe(text);
    for (let cut = 0; cut + 3 <= bytes.length; cut++) expect(decodeInChunks(bytes, [cut, cut + 1, cut + 2, cut + 3])).toBe(text);
  });

  it('keeps a byte order mark, at the start and inside (the reader drops the leading one)', () => {
    expect(decodeInChunks(bytes, [])[0]).toBe('\uFEFF');
    const inside = new TextEncoder().encode('a\uFEFFb');
    expect(decodeInChunks(inside, [1])).toBe('a\uFEFFb');
  });

  it('rejects bytes that are not UTF-8, and input that ends inside a character', () => {
    expect(() => new Utf8ChunkDecoder().decode(new Uint8Array([0x61, 0xff, 0x62]))).toThrow(TypeError);
    expect(() => new Utf8ChunkDecoder().decode(new Uint8Array([0x61, 0xc3, 0x28]))).toThrow(TypeError);
    const cutShort = new Utf8ChunkDecoder();
    expect(cutShort.decode(new Uint8Array([0x61, 0xe6, 0x97]))).toBe('a');
    expect(() => cutShort.end()).toThrow(TypeError);
  });
});
