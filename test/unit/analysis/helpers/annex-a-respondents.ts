/**
 * Respondent-level data consistent with the published Annex A of the Ofsted 2011 survey, built
 * independently of the code under test: for each published row, integer counts that sum to the
 * published n and whose percentages round (half up) to the published figures, found by a small
 * search; then one response per respondent, written as canonical CSV by hand.
 */
import Papa from 'papaparse';
import annex from '../../../../lib/instruments/data/ofsted-2011-annex-a.json';

export type Group = 'social workers' | 'managers';
export const MERGED = 'team_support__merged_with_interagency_communication';

export interface PublishedRow {
  key: string;
  itemId: string;
  n: number;
  percent: number[];
}

export function publishedRows(group: Group): PublishedRow[] {
  const table = annex.tables.find((t) => t.group === group)!;
  return table.items.map((row) => ({
    key: row.key,
    itemId: row.key === MERGED ? 'team_support' : row.key,
    n: row.n,
    percent: [...row.percent],
  }));
}

export function publishedTotal(group: Group): number {
  return annex.tables.find((t) => t.group === group)!.total_respondents;
}

/** p − 0.5 ≤ 100c/n < p + 0.5, in integers: (2p − 1)n ≤ 200c < (2p + 1)n. */
export function roundsTo(c: number, n: number, p: number): boolean {
  return (2 * p - 1) * n <= 200 * c && 200 * c < (2 * p + 1) * n;
}

/** Counts summing to n whose percentages round half up to `percents`; throws if there are none. */
export function countsFor(percents: readonly number[], n: number): number[] {
  const ranges = percents.map((p) => {
    const values: number[] = [];
    for (let c = 0; c <= n; c++) if (roundsTo(c, n, p)) values.push(c);
    if (values.length === 0) throw new Error(`no count of ${n} rounds to ${p}%`);
    return { lo: values[0]!, hi: values[values.length - 1]! };
  });
  const counts = ranges.map((r) => r.lo);
  let rest = n - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; i < counts.length && rest > 0; i++) {
    const add = Math.min(rest, ranges[i]!.hi - ranges[i]!.lo);
    counts[i]! += add;
    rest -= add;
  }
  if (rest !== 0) throw new Error(`no counts for ${percents.join('/')} sum to ${n}`);
  return counts;
}

/** A small seeded generator (mulberry32), so the data are the same on every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(values: T[], next: () => number): T[] {
  for (let i = values.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [values[i], values[j]] = [values[j]!, values[i]!];
  }
  return values;
}

export const SCALE_LABELS = annex.scale; // Strongly agree … Don't know
export const SCALE_CODES = [5, 4, 3, 2, 1, 9];

export interface GeneratedData {
  instrumentId: string;
  role: string;
  total: number;
  authorities: { code: string; name: string }[];
  /** item id → counts per option, in scale order (the independent truth). */
  counts: Map<string, number[]>;
  /** One array of answers (option index or undefined) per respondent, keyed by item id. */
  answers: Map<string, (number | undefined)[]>;
  authorityOf: number[];
}

export function generate(group: Group, seed = 2011): GeneratedData {
  const next = random(seed);
  const total = publishedTotal(group);
  const counts = new Map<string, number[]>();
  const answers = new Map<string, (number | undefined)[]>();
  const add = (itemId: string, itemCounts: number[]) => {
    counts.set(itemId, itemCounts);
    const column: (number | undefined)[] = itemCounts.flatMap((count, option) => Array<number>(count).fill(option));
    while (column.length < total) column.push(undefined);
    answers.set(itemId, shuffle(column, next));
  };
  for (const row of publishedRows(group)) add(row.itemId, countsFor(row.percent, row.n));
  // The second statement of the merged row: answered, but with no published figures.
  const answered = Math.floor(total * 0.9);
  const shares = [0.15, 0.5, 0.2, 0.1, 0.03].map((share) => Math.floor(share * answered));
  add('interagency_communication', [...shares, answered - shares.reduce((a, b) => a + b, 0)]);
  const authorities = Array.from({ length: 13 }, (_, i) => ({ code: `E${String(10000001 + i)}`, name: `Authority ${i + 1}` }));
  const authorityOf = Array.from({ length: total }, (_, j) => j % authorities.length);
  return {
    instrumentId: group === 'managers' ? 'ofsted-2011-managers' : 'ofsted-2011-social-workers',
    role: group === 'managers' ? 'manager' : 'social_worker',
    total,
    authorities,
    counts,
    answers,
    authorityOf,
  };
}

const FIXED = ['response_id', 'instrument', 'instrument_version', 'submitted_at', 'authority_code', 'authority_name', 'role', 'team'];

/** How one answer is spelt in the CSV: the label, in odd case or with spaces, or the code. */
function spell(option: number, next: () => number): string {
  const label = SCALE_LABELS[option]!;
  const pick = Math.floor(next() * 4);
  if (pick === 0) return label;
  if (pick === 1) return ` ${label.toUpperCase()} `;
  if (pick === 2) return label.toLowerCase();
  return String(SCALE_CODES[option]);
}

function fixedCells(data: GeneratedData, j: number): string[] {
  const authority = data.authorities[data.authorityOf[j]!]!;
  const day = String(1 + (j % 28)).padStart(2, '0');
  return [`${data.instrumentId}-${j + 1}`, data.instrumentId, '1.0.0', `2011-06-${day}T10:00:00Z`, authority.code, authority.name, data.role, j % 2 ? 'Team B' : 'Team A'];
}

/** The data as canonical wide CSV, answers spelt in mixed ways. */
export function wideCsv(data: GeneratedData, seed = 7): string {
  const next = random(seed);
  const items = [...data.answers.keys()];
  const rows = Array.from({ length: data.total }, (_, j) => [
    ...fixedCells(data, j),
    ...items.map((id) => {
      const option = data.answers.get(id)![j];
      return option === undefined ? '' : spell(option, next);
    }),
  ]);
  return Papa.unparse({ fields: [...FIXED, ...items], data: rows }, { newline: '\r\n' });
}

/** The data as canonical long CSV: one row per answer (blank answers left out or left blank). */
export function longCsv(data: GeneratedData, seed = 8): string {
  const next = random(seed);
  const items = [...data.answers.keys()];
  const rows: string[][] = [];
  for (let j = 0; j < data.total; j++) {
    for (const id of items) {
      const option = data.answers.get(id)![j];
      if (option === undefined && id !== items[0] && next() < 0.5) continue;
      rows.push([...fixedCells(data, j), id, option === undefined ? '' : spell(option, next)]);
    }
  }
  return Papa.unparse({ fields: [...FIXED, 'item', 'answer'], data: rows }, { newline: '\n' });
}

/** Half up, computed here independently: floor(100c/n + 1/2) via the rounding interval. */
export function halfUp(c: number, n: number): number {
  for (let p = 0; p <= 100; p++) if (roundsTo(c, n, p)) return p;
  throw new Error('unreachable');
}
