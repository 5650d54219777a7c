import type { Codebook } from '../themes/codebook';
import type { ThemeCell, ThemeTable } from '../themes/theme-counts';
import type { RunRecord } from './run-record';

/** The JSON output of `pulse themes` (`"format": "frontline-pulse/themes"`). */
export interface ThemesJson {
  format: 'frontline-pulse/themes';
  formatVersion: 1;
  run: RunRecord;
  codebook: { name: string; file: string | null; themes: Codebook['themes'] };
  items: string[];
  groupBy: string | null;
  minCommentGroupSize: number;
  respondents: number;
  commenters: ThemeCell;
  groups: { value: string; label: string; commenters: ThemeCell }[];
  themes: ThemeTable['themes'];
  notes: string[];
}

/**
 * The theme counts as the JSON `pulse themes --format json` prints.
 *
 * @example
 * themesJson(themeTable(counter), run, { codebook, file: null, items: ['comment'], groupBy: null, labelOf: (g) => g })
 */
export function themesJson(
  table: ThemeTable,
  run: RunRecord,
  source: { codebook: Codebook; file: string | null; items: string[]; groupBy: string | null; labelOf: (group: string) => string },
): ThemesJson {
  return {
    format: 'frontline-pulse/themes',
    formatVersion: 1,
    run,
    codebook: { name: source.codebook.name, file: source.file, themes: source.codebook.themes },
    items: source.items,
    groupBy: source.groupBy,
    minCommentGroupSize: table.minGroupSize,
    respondents: table.respondents,
    commenters: table.commenters,
    groups: table.groups.map((g) => ({ value: g.key, label: source.labelOf(g.key), commenters: g.commenters })),
    themes: table.themes,
    notes: table.notes,
  };
}
