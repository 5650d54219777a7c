/**
 * An attacker for disclosure tests, written independently of the code under test: it knows every
 * published figure (each the number of people in a set of "leaf" groups, e.g. the social workers
 * of one authority in one week) and combines them in every way linear algebra allows (adding and
 * subtracting any of them, any number of times). It reports
 * - every set of unpublished leaves whose total it can work out and that holds 1 to k − 1 people, and
 * - every unpublished figure it can work out exactly that has people in it.
 *
 * It tries every subset of the unpublished leaves (so keep examples small: up to about 20 of them).
 */

export interface Figure {
  /** What the figure is, for messages: "Aville, social workers". */
  name: string;
  /** The leaves it adds up. */
  leaves: number[];
}

export interface Finding {
  kind: 'small group' | 'hidden figure';
  description: string;
  people: number;
}

const EPSILON = 1e-9;

/** A basis of the vectors x with figure · x = 0 for every published figure (its null space). */
function nullSpace(published: readonly Figure[], leafCount: number): number[][] {
  const rows = published.map((f) => {
    const row = new Array<number>(leafCount).fill(0);
    for (const leaf of f.leaves) row[leaf] = 1;
    return row;
  });
  const pivots: number[] = [];
  let rank = 0;
  for (let column = 0; column < leafCount && rank < rows.length; column++) {
    let best = rank;
    for (let r = rank + 1; r < rows.length; r++) if (Math.abs(rows[r]![column]!) > Math.abs(rows[best]![column]!)) best = r;
    if (Math.abs(rows[best]![column]!) < EPSILON) continue;
    [rows[rank], rows[best]] = [rows[best]!, rows[rank]!];
    const pivot = rows[rank]![column]!;
    for (let c = 0; c < leafCount; c++) rows[rank]![c]! /= pivot;
    for (let r = 0; r < rows.length; r++) {
      if (r === rank) continue;
      const factor = rows[r]![column]!;
      if (Math.abs(factor) < EPSILON) continue;
      for (let c = 0; c < leafCount; c++) rows[r]![c]! -= factor * rows[rank]![c]!;
    }
    pivots.push(column);
    rank += 1;
  }
  const free = [...Array(leafCount).keys()].filter((c) => !pivots.includes(c));
  return free.map((f) => {
    const vector = new Array<number>(leafCount).fill(0);
    vector[f] = 1;
    pivots.forEach((p, r) => (vector[p] = -rows[r]![f]!));
    return vector;
  });
}

/**
 * Everything the attacker can work out that it should not.
 *
 * @param values people in each leaf
 * @param figures every figure that could be published, and whether it is
 */
export function attack(values: readonly number[], figures: readonly (Figure & { shown: boolean })[], minGroupSize: number): Finding[] {
  const published = figures.filter((f) => f.shown);
  const basis = nullSpace(published, values.length);
  // A set of leaves is worked out iff its indicator is orthogonal to the whole null space.
  const signature = (leaves: readonly number[]) => basis.map((b) => leaves.reduce((sum, leaf) => sum + b[leaf]!, 0));
  const known = (leaves: readonly number[]) => signature(leaves).every((x) => Math.abs(x) < EPSILON);
  const people = (leaves: readonly number[]) => leaves.reduce((sum, leaf) => sum + values[leaf]!, 0);
  const findings: Finding[] = [];

  for (const figure of figures) {
    if (!figure.shown && people(figure.leaves) > 0 && known(figure.leaves)) {
      findings.push({ kind: 'hidden figure', description: figure.name, people: people(figure.leaves) });
    }
  }
  // Leaves published on their own are known; every other leaf may hide someone.
  const shownLeaves = new Set(published.filter((f) => f.leaves.length === 1).map((f) => f.leaves[0]!));
  const unknown = [...values.keys()].filter((leaf) => !shownLeaves.has(leaf));
  if (unknown.length > 22) throw new Error(`Too many unknown leaves to try every subset (${unknown.length})`);
  const vectors = unknown.map((leaf) => basis.map((b) => b[leaf]!));
  const sum = new Array<number>(basis.length).fill(0);
  let size = 0;
  // Gray code: each step adds or removes one leaf.
  for (let step = 1; step < 2 ** unknown.length; step++) {
    const bit = Math.log2(step & -step);
    const gray = step ^ (step >> 1);
    const added = ((gray >> bit) & 1) === 1;
    const sign = added ? 1 : -1;
    vectors[bit]!.forEach((x, i) => (sum[i]! += sign * x));
    size += sign * values[unknown[bit]!]!;
    if (size > 0 && size < minGroupSize && sum.every((x) => Math.abs(x) < EPSILON)) {
      const leaves = unknown.filter((_, i) => (gray >> i) & 1);
      findings.push({ kind: 'small group', description: `leaves ${leaves.join(', ')}`, people: size });
    }
  }
  return findings;
}
