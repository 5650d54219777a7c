/**
 * Disclosure control: no figure may describe fewer people than a minimum group size, whether it is
 * printed or can be worked out from printed figures.
 *
 * - **Primary suppression**: a group (a cell, a column, a trend point) with 1 to k − 1 responses is
 *   not shown. It reads "fewer than k responses", never 0 and never its real size.
 * - Hidden groups must read alike in every output (text, JSON): a reader who can tell which hidden
 *   group is small and which was hidden to protect it can sometimes work both out (1 + 5 = 6).
 *   {@link SuppressionStatus} is for deciding, not for publishing.
 * - **Complementary suppression**: a shown total minus the shown parts gives the sum of the hidden
 *   parts. So whenever a total's parts include a hidden group, enough further parts are hidden,
 *   smallest first, that the hidden parts hold at least k responses between them and at least two
 *   of them are non-empty. Then subtraction yields only a pool of k or more people spread over
 *   groups that cannot be told apart.
 * - **Empty groups** (0 responses) read "fewer than k responses" too, but describe nobody, so they
 *   neither call for complementary suppression nor count towards the k people a hidden pool must
 *   hold.
 * - **Several breakdown columns** (authority × role): the same holds for every margin a report
 *   could print (each authority's total, each role's total), also when a reader combines them.
 *
 * Defaults: k = 5 for scores, 10 for free-text comments. k is configurable but never below 3.
 */

export const DEFAULT_MIN_GROUP_SIZE = 5;
export const DEFAULT_MIN_COMMENT_GROUP_SIZE = 10;
/** No setting may go below this: a group of 1 or 2 would identify people. */
export const LOWEST_ALLOWED_MIN_GROUP_SIZE = 3;

export interface DisclosureOptions {
  /** Minimum responses behind any shown score, percentage or n. Default 5. */
  minGroupSize: number;
  /** Minimum responses behind any shown free-text comment or theme count. Default 10. */
  minCommentGroupSize: number;
}

/** Thrown for a minimum group size that is not a whole number or is below 3. */
export class DisclosureSettingError extends RangeError {
  constructor(
    readonly setting: string,
    readonly value: unknown,
  ) {
    super(
      `The ${setting} must be a whole number of at least ${LOWEST_ALLOWED_MIN_GROUP_SIZE} (got ${String(value)}): ` +
        'smaller groups could identify the people in them.',
    );
    this.name = 'DisclosureSettingError';
  }
}

/**
 * Checks a minimum group size and returns it; throws a {@link DisclosureSettingError} below 3.
 *
 * @example
 * checkMinGroupSize(5) // 5
 * checkMinGroupSize(2) // throws DisclosureSettingError: The minimum group size must be a whole number of at least 3 …
 */
export function checkMinGroupSize(value: number, setting = 'minimum group size'): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < LOWEST_ALLOWED_MIN_GROUP_SIZE) {
    throw new DisclosureSettingError(setting, value);
  }
  return value;
}

/**
 * Complete, checked disclosure options from partial ones.
 *
 * @example
 * disclosureOptions({ minGroupSize: 10 }) // { minGroupSize: 10, minCommentGroupSize: 10 }
 */
export function disclosureOptions(options: Partial<DisclosureOptions> = {}): DisclosureOptions {
  return {
    minGroupSize: checkMinGroupSize(options.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE),
    minCommentGroupSize: checkMinGroupSize(options.minCommentGroupSize ?? DEFAULT_MIN_COMMENT_GROUP_SIZE, 'minimum comment group size'),
  };
}

/**
 * What a suppressed cell reads.
 *
 * @example
 * suppressedText(5)  // 'fewer than 5 responses'
 * suppressedText(10) // 'fewer than 10 responses'
 */
export function suppressedText(minGroupSize: number): string {
  return `fewer than ${checkMinGroupSize(minGroupSize)} responses`;
}

/**
 * `shown`; `primary` (too small itself, or empty); `complementary` (big enough, but hidden so that
 * a hidden group cannot be recovered by subtraction).
 */
export type SuppressionStatus = 'shown' | 'primary' | 'complementary';

/**
 * Works out which cells a reader can determine from what is published: the shown ones and,
 * repeatedly, any hidden cell that is the last unknown part of a published total (the total minus
 * everything else). A hidden empty cell reads "fewer than k responses" like any other, so it is not
 * known; but it hides nobody, so it never counts towards the k people a hidden pool must hold.
 */
function readerKnowledge(
  status: readonly SuppressionStatus[],
  published: readonly (readonly number[])[],
  partitionsOf: readonly (readonly number[])[],
): boolean[] {
  const known = status.map((s) => s === 'shown');
  const unknown = published.map((members) => members.reduce((count, i) => count + (known[i] ? 0 : 1), 0));
  const queue = unknown.flatMap((count, p) => (count === 1 ? [p] : []));
  while (queue.length > 0) {
    const p = queue.pop()!;
    if (unknown[p] !== 1) continue;
    const cell = published[p]!.find((i) => !known[i])!;
    known[cell] = true;
    for (const q of partitionsOf[cell]!) {
      unknown[q]! -= 1;
      if (unknown[q] === 1) queue.push(q);
    }
  }
  return known;
}

/**
 * Suppression for a table whose cells add up to several published totals. `partitions` lists, for
 * each total that is (or may be) published, the indices of the cells that make it up, e.g. the
 * grand total and, for a two-way breakdown, every row and column margin. A total is published when
 * it has at least k responses. Cells are hidden, smallest first and in the smallest totals first,
 * until for every published total no hidden cell can be worked out (directly, or by combining
 * totals) and the hidden people who cannot be told apart number at least k.
 *
 * @example
 * // authorities × roles: cells 0–3 = A/sw, A/manager, B/sw, B/manager
 * suppressTable([20, 3, 30, 12], [[0, 1, 2, 3], [0, 1], [2, 3], [0, 2], [1, 3]], 5)
 * // ['complementary', 'primary', 'complementary', 'complementary']
 */
export function suppressTable(
  sizes: readonly number[],
  partitions: readonly (readonly number[])[],
  minGroupSize: number,
): SuppressionStatus[] {
  const k = checkMinGroupSize(minGroupSize);
  sizes.forEach((size) => {
    if (!Number.isInteger(size) || size < 0) throw new RangeError(`group sizes must be whole numbers ≥ 0, not ${size}`);
  });
  const status: SuppressionStatus[] = sizes.map((size) => (size < k ? 'primary' : 'shown'));
  if (!status.some((s, i) => s === 'primary' && sizes[i]! > 0)) return status;
  // Most specific totals first: hiding a cell inside a small margin also protects the larger ones.
  const published = partitions
    .filter((members) => members.length > 1 && members.reduce((sum, i) => sum + sizes[i]!, 0) >= k)
    .map((members, order) => ({ members, order }))
    .sort((a, b) => a.members.length - b.members.length || a.order - b.order)
    .map((p) => p.members);
  const partitionsOf: number[][] = sizes.map(() => []);
  published.forEach((members, p) => members.forEach((i) => partitionsOf[i]!.push(p)));
  const bySize = (a: number, b: number) => sizes[a]! - sizes[b]! || a - b;

  for (;;) {
    const known = readerKnowledge(status, published, partitionsOf);
    let hid = false;
    for (const members of published) {
      const hidden = members.filter((i) => status[i] !== 'shown' && sizes[i]! > 0);
      if (hidden.length === 0) continue;
      const unknown = hidden.filter((i) => !known[i]);
      const safe = unknown.length === hidden.length && unknown.reduce((sum, i) => sum + sizes[i]!, 0) >= k;
      if (safe) continue;
      const candidates = members.filter((i) => status[i] === 'shown' && sizes[i]! > 0).sort(bySize);
      if (candidates.length === 0) continue;
      // Prefer a cell that stays unknown once hidden (one that no other total gives away).
      const stays = (i: number) => {
        status[i] = 'complementary';
        const result = !readerKnowledge(status, published, partitionsOf)[i];
        status[i] = 'shown';
        return result;
      };
      status[candidates.find(stays) ?? candidates[0]!] = 'complementary';
      hid = true;
      break;
    }
    // Nothing left to hide in an unsafe total: only hiding totals themselves could help. A total
    // below k is never published, so this cannot arise for a breakdown by one column.
    if (!hid) return status;
  }
}

/**
 * Suppression for the parts of one published total (the groups of a breakdown beside their total,
 * or the authorities' points of one week beside the all-authority point). Trends call this per
 * period. The total itself is shown only when it has at least k responses ({@link isShown}).
 *
 * @example
 * suppressParts([2, 6, 7, 30], 5)  // ['primary', 'complementary', 'shown', 'shown']
 * suppressParts([12, 40, 31], 5)   // ['shown', 'shown', 'shown']
 * suppressParts([0, 8, 9], 5)      // ['primary', 'shown', 'shown'] (an empty group reveals nobody)
 */
export function suppressParts(sizes: readonly number[], minGroupSize: number): SuppressionStatus[] {
  return suppressTable(sizes, [sizes.map((_, i) => i)], minGroupSize);
}

/**
 * Whether a single figure (a total, or a group shown on its own) may be shown.
 *
 * @example
 * isShown(4, 5) // false
 * isShown(5, 5) // true
 */
export function isShown(size: number, minGroupSize: number): boolean {
  return size >= checkMinGroupSize(minGroupSize);
}

/**
 * The partitions of a breakdown by several columns: for every subset of the columns (the empty
 * subset is the grand total), the groups that share values on it. These are the totals that a
 * report could publish beside the breakdown (for authority × role: the grand total, each
 * authority's total and each role's total). A subtotal of a single group is left out: it is that
 * group, and whichever table publishes it applies the same rule to it.
 *
 * @example
 * breakdownPartitions([['A', 'sw'], ['A', 'manager'], ['B', 'sw']])
 * // [[0, 1, 2], [0, 1], [0, 2]]
 */
export function breakdownPartitions(groupValues: readonly (readonly string[])[]): number[][] {
  const columns = groupValues[0]?.length ?? 0;
  const partitions: number[][] = [];
  for (let mask = 0; mask < 2 ** columns - 1; mask++) {
    const byKey = new Map<string, number[]>();
    groupValues.forEach((values, index) => {
      const key = JSON.stringify(values.filter((_, c) => (mask >> c) & 1));
      const members = byKey.get(key);
      if (members) members.push(index);
      else byKey.set(key, [index]);
    });
    // A "total" of one group is that group itself: it is published (or hidden) as the group is.
    partitions.push(...[...byKey.values()].filter((members) => members.length > 1));
  }
  return partitions;
}

/**
 * The note printed under every table.
 *
 * @example
 * describeDisclosure(5)
 * // 'Groups with fewer than 5 responses are not shown; where such a group could be worked out by subtraction
 * //  from a total, further groups are not shown either. Every hidden group reads "fewer than 5 responses", …'
 */
export function describeDisclosure(minGroupSize: number): string {
  const text = suppressedText(minGroupSize);
  return (
    `Groups with ${text} are not shown; where such a group could be worked out by subtraction from a total, further groups are not shown either. ` +
    `Every hidden group reads "${text}", so that the small ones cannot be told apart.`
  );
}
