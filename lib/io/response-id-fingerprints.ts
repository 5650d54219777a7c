import { stringHash64 } from './string-hash';

/**
 * 64-bit fingerprints of response ids (the two halves of cyrb53, see string-hash.ts): a smaller
 * stand-in for `ResponseIdRegister` (16 bytes an id instead of about 40) where a duplicate only
 * needs to be noticed, not described, as when several threads read parts of one file
 * (analysis/cli/count-in-parts.ts). Two different ids
 * may, very rarely, share a fingerprint (about once in 10^7 files of a million ids): a match means
 * "read the file again in one stream", where ids are compared exactly.
 *
 * The fingerprints sit in one open-addressing table of (high, low) pairs, kept at most half full;
 * (0, 0) marks an empty slot.
 *
 * @example
 * const seen = new ResponseIdFingerprints();
 * seen.firstSeen('r1', 2) // undefined
 * seen.firstSeen('r1', 9) // 9: seen before (its first line is not kept)
 */
export class ResponseIdFingerprints {
  private slots = new Int32Array(2 << 12);
  private size = 0;
  private readonly halves = new Int32Array(2);

  /** Undefined the first time an id's fingerprint is seen; `line` again after that (the first line is not kept). */
  firstSeen(id: string, line: number): number | undefined {
    stringHash64(id, this.halves);
    const high = this.halves[0]!;
    const low = this.halves[1]!;
    return this.add(high, low === 0 && high === 0 ? 1 : low) ? undefined : line;
  }

  /**
   * Whether two tables (see {@link fingerprints}) hold a fingerprint in common: the ids read by two
   * threads from different parts of one file.
   *
   * @example
   * ResponseIdFingerprints.overlap(first.fingerprints(), second.fingerprints()) // false
   */
  static overlap(table: Int32Array, other: Int32Array): boolean {
    for (let at = 0; at < other.length; at += 2) {
      const high = other[at]!;
      const low = other[at + 1]!;
      if ((high !== 0 || low !== 0) && !isEmpty(table, slotOf(table, high, low))) return true;
    }
    return false;
  }

  /** The table, to be handed to another thread (this set must not be used afterwards). */
  fingerprints(): Int32Array {
    return this.slots;
  }

  /** Adds a fingerprint; false when it was there already. */
  private add(high: number, low: number): boolean {
    const slot = slotOf(this.slots, high, low);
    if (!isEmpty(this.slots, slot)) return false;
    this.slots[slot] = high;
    this.slots[slot + 1] = low;
    if (++this.size * 4 > this.slots.length) this.grow();
    return true;
  }

  /** Doubles the table. */
  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.size = 0;
    for (let slot = 0; slot < old.length; slot += 2) {
      if (old[slot] !== 0 || old[slot + 1] !== 0) this.add(old[slot]!, old[slot + 1]!);
    }
  }
}

/** Where a fingerprint is in a table, or the empty slot where it would go (linear probing). */
function slotOf(table: Int32Array, high: number, low: number): number {
  const mask = table.length - 2;
  let slot = (low << 1) & mask;
  while (!isEmpty(table, slot) && (table[slot] !== high || table[slot + 1] !== low)) slot = (slot + 2) & mask;
  return slot;
}

function isEmpty(table: Int32Array, slot: number): boolean {
  return table[slot] === 0 && table[slot + 1] === 0;
}
