/**
 * How many respondents gave each answer code to one item, and how many left it blank. Tables,
 * trends and tests of independence are all computed from counts like these, so that large files
 * can be streamed: no step needs the respondents themselves.
 */
export interface ItemCounts {
  /** Answer code → number of respondents who chose it. */
  byCode: Map<number, number>;
  /** Respondents who were asked the item but left it blank. */
  blank: number;
}

export function emptyItemCounts(): ItemCounts {
  return { byCode: new Map(), blank: 0 };
}

/** Adds one respondent's answer (a code, or undefined for a blank). */
export function addAnswer(counts: ItemCounts, code: number | undefined): void {
  if (code === undefined) counts.blank += 1;
  else counts.byCode.set(code, (counts.byCode.get(code) ?? 0) + 1);
}

/** Adds `other` into `into` (for pooling groups into a total). */
export function mergeItemCounts(into: ItemCounts, other: ItemCounts): void {
  for (const [code, count] of other.byCode) into.byCode.set(code, (into.byCode.get(code) ?? 0) + count);
  into.blank += other.blank;
}
