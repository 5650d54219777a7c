import { csvText } from './csv-text';
import type { ThemesJson } from '../cli/themes-json';

/**
 * `pulse themes` as a plain CSV table: one row per theme and group (the group `(all)` first).
 *
 * @example
 * themesCsv(json).split('\r\n')[0] // 'theme_id,theme,group,group_label,status,respondents,percent_of_commenters'
 */
export function themesCsv(json: ThemesJson): string {
  const data = json.themes.flatMap((t) => [
    [t.id, t.label, '(all)', 'All', t.total.suppressed ? 'suppressed' : 'shown', t.total.n ?? '', t.total.percent ?? ''],
    ...t.groups.map((c, g) => [t.id, t.label, json.groups[g]!.value, json.groups[g]!.label, c.suppressed ? 'suppressed' : 'shown', c.n ?? '', c.percent ?? '']),
  ]);
  return csvText(['theme_id', 'theme', 'group', 'group_label', 'status', 'respondents', 'percent_of_commenters'], data);
}
