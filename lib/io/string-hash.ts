/**
 * cyrb53 (public domain), a small, well-mixed string hash over UTF-16 code units, before it is
 * cut to 53 bits: its two 32-bit halves are written into `into` (reused from call to call, so
 * that hashing a million ids allocates nothing).
 *
 * @example
 * const halves = new Int32Array(2);
 * stringHash64('r1', halves); // halves[0], halves[1]: the two halves
 */
export function stringHash64(text: string, into: Int32Array): void {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  into[0] = h1;
  into[1] = h2;
}
