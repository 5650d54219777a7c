import { checkMinGroupSize, DEFAULT_MIN_COMMENT_GROUP_SIZE, suppressedText, suppressParts } from '../disclosure';
import { roundHalfUpPercent } from '../rounding';
import { themeMatcher, type Codebook } from './codebook';

/**
 * Counts respondents who mention each theme of a codebook in their free-text answers, per group
 * (e.g. per authority), streaming: only counts are kept, never the texts. A respondent who
 * mentions a theme in several answers, or several times, counts once for it.
 */
export class ThemeCounter {
  private readonly matchers: ((text: string) => boolean)[];
  /** group → [commenters, theme 1 count, theme 2 count, …] */
  private readonly groups = new Map<string, number[]>();
  /** Respondents counted (with or without a comment). */
  respondents = 0;

  constructor(readonly codebook: Codebook) {
    this.matchers = codebook.themes.map(themeMatcher);
  }

  /**
   * Counts one respondent's answers (blank ones are ignored).
   *
   * @example
   * counter.add('WRD', ['Supervision was cancelled again.'])
   */
  add(group: string, texts: readonly (string | undefined)[]): void {
    this.respondents += 1;
    const written = texts.filter((text): text is string => typeof text === 'string' && text.trim() !== '');
    if (written.length === 0) return;
    let counts = this.groups.get(group);
    if (!counts) this.groups.set(group, (counts = new Array<number>(this.matchers.length + 1).fill(0)));
    counts[0]! += 1;
    this.matchers.forEach((matches, t) => {
      if (written.some(matches)) counts[t + 1]! += 1;
    });
  }

  /** Groups with at least one commenter, sorted by code unit. */
  groupKeys(): string[] {
    return [...this.groups.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }

  /** [commenters, theme counts…] of a group, or of all groups when `group` is undefined. */
  counts(group?: string): number[] {
    if (group !== undefined) return [...(this.groups.get(group) ?? new Array<number>(this.matchers.length + 1).fill(0))];
    const total = new Array<number>(this.matchers.length + 1).fill(0);
    for (const counts of this.groups.values()) counts.forEach((count, i) => (total[i]! += count));
    return total;
  }
}

/** A count as shown: with its percentage of commenters, or suppressed. */
export interface ThemeCell {
  /** True when hidden (too few respondents, or to protect another hidden count); the reason is not said. */
  suppressed: boolean;
  text: string | null;
  n: number | null;
  /** Percentage of the respondents who commented (in the same group), rounded half up. */
  percent: number | null;
}

export interface ThemeTable {
  minGroupSize: number;
  /** Respondents read (commenting or not). */
  respondents: number;
  commenters: ThemeCell;
  groups: { key: string; commenters: ThemeCell }[];
  themes: { id: string; label: string; total: ThemeCell; groups: ThemeCell[] }[];
  notes: string[];
}

function cell(n: number, of: number, status: 'shown' | 'primary' | 'complementary', k: number): ThemeCell {
  if (status !== 'shown') return { suppressed: true, text: suppressedText(k), n: null, percent: null };
  return { suppressed: false, text: null, n, percent: of > 0 ? roundHalfUpPercent(n, of) : null };
}

/**
 * The counts with the comment threshold applied (default 10, never below 3): no figure rests on
 * fewer than k respondents. Commenters per group are suppressed below k, with complementary
 * suppression against the total; a theme count below k reads "fewer than 10 responses" (never 0),
 * and within a theme, groups are hidden further where a hidden one could be worked out from the
 * theme's total. A hidden group's theme counts are all hidden.
 *
 * @example
 * themeTable(counter).themes[0] // { id: 'workload', label: 'Workload', total: { n: 15, percent: 29, … }, groups: [] }
 */
export function themeTable(counter: ThemeCounter, options: { minGroupSize?: number; byGroup?: boolean } = {}): ThemeTable {
  const k = checkMinGroupSize(options.minGroupSize ?? DEFAULT_MIN_COMMENT_GROUP_SIZE, 'minimum comment group size');
  const keys = options.byGroup ? counter.groupKeys() : [];
  const total = counter.counts();
  const perGroup = keys.map((key) => counter.counts(key));
  const commenterStatus = suppressParts(perGroup.map((c) => c[0]!), k);
  const totalShown = total[0]! >= k;
  const themes = counter.codebook.themes.map((theme, t) => {
    const sizes = perGroup.map((c, g) => (commenterStatus[g] === 'shown' ? c[t + 1]! : 0));
    const status = suppressParts(sizes, k);
    return {
      id: theme.id,
      label: theme.label,
      total: cell(total[t + 1]!, total[0]!, totalShown && total[t + 1]! >= k ? 'shown' : 'primary', k),
      groups: perGroup.map((c, g) => {
        const hidden = commenterStatus[g] !== 'shown' ? commenterStatus[g]! : status[g]!;
        return cell(c[t + 1]!, c[0]!, hidden, k);
      }),
    };
  });
  return {
    minGroupSize: k,
    respondents: counter.respondents,
    commenters: cell(total[0]!, total[0]!, totalShown ? 'shown' : 'primary', k),
    groups: keys.map((key, g) => ({ key, commenters: cell(perGroup[g]![0]!, perGroup[g]![0]!, commenterStatus[g]!, k) })),
    themes,
    notes: [
      `A respondent is counted once for a theme however often, and in however many answers, they mention it. Percentages are of the respondents who wrote a comment, rounded half up; themes overlap, so they do not sum to 100.`,
      `Counts of fewer than ${k} respondents are not shown ("${suppressedText(k)}"), nor any group with fewer than ${k} commenters; where such a count could be worked out from a total, further counts are hidden too.`,
    ],
  };
}
