/** FNV-1a over the UTF-16 code units: a 32-bit hash for the open-addressing table. */
function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 0;
}

function grown<T extends Int32Array | Uint8Array | Uint16Array>(array: T, needed: number): T {
  if (needed <= array.length) return array;
  let length = array.length * 2;
  while (length < needed) length *= 2;
  const bigger = new (array.constructor as new (length: number) => T)(length);
  bigger.set(array);
  return bigger;
}

/**
 * Every response id read so far, with the line it was first seen on, to find duplicates in files
 * of any size. A `Map` of a million ids takes about 150 MB and much garbage-collection time, so
 * the ids are kept in typed arrays instead: their characters one after another (a byte each while
 * every character fits in one), and an open-addressing hash table of entry numbers (about 40
 * bytes an id of 14 characters). Matches are exact: a hash match is confirmed character by character.
 *
 * @example
 * const ids = new ResponseIdRegister();
 * ids.firstSeen('r1', 2) // undefined
 * ids.firstSeen('r1', 9) // 2
 */
export class ResponseIdRegister {
  /** Entry number + 1 at each slot; 0 for an empty slot. */
  private slots = new Int32Array(1 << 12);
  private hashes = new Int32Array(1 << 11);
  private lines = new Int32Array(1 << 11);
  /** Entry e's characters are chars[starts[e] .. starts[e + 1]). */
  private starts = new Int32Array((1 << 11) + 1);
  private chars: Uint8Array | Uint16Array = new Uint8Array(1 << 14);
  private size = 0;

  /** The line on which `id` was first seen; undefined the first time (the id is then remembered with `line`). */
  firstSeen(id: string, line: number): number | undefined {
    const hash = hashOf(id);
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (let entry = this.slots[slot]!; entry !== 0; entry = this.slots[slot]!) {
      if (this.hashes[entry - 1] === hash && this.holds(entry - 1, id)) return this.lines[entry - 1];
      slot = (slot + 1) & mask;
    }
    this.add(id, hash, line, slot);
    return undefined;
  }

  private holds(entry: number, id: string): boolean {
    const start = this.starts[entry]!;
    if (this.starts[entry + 1]! - start !== id.length) return false;
    for (let i = 0; i < id.length; i++) if (this.chars[start + i] !== id.charCodeAt(i)) return false;
    return true;
  }

  private add(id: string, hash: number, line: number, slot: number): void {
    const entry = this.size++;
    this.hashes = grown(this.hashes, this.size);
    this.lines = grown(this.lines, this.size);
    this.starts = grown(this.starts, this.size + 1);
    const start = this.starts[entry]!;
    this.chars = grown(this.chars, start + id.length);
    for (let i = 0; i < id.length; i++) {
      const code = id.charCodeAt(i);
      if (code > 0xff && this.chars instanceof Uint8Array) this.chars = Uint16Array.from(this.chars);
      this.chars[start + i] = code;
    }
    this.starts[entry + 1] = start + id.length;
    this.hashes[entry] = hash;
    this.lines[entry] = line;
    this.slots[slot] = entry + 1;
    if (this.size * 2 > this.slots.length) this.rehash();
  }

  /** Doubles the table (kept at most half full, so that probes stay short). */
  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let entry = 0; entry < this.size; entry++) {
      let slot = this.hashes[entry]! & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = entry + 1;
    }
    this.slots = slots;
  }
}

