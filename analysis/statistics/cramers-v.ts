/**
 * Cramér's V, the effect size of a chi-square test of independence on an r × c table:
 *
 *     V = sqrt(χ² / (n × (min(r, c) − 1)))
 *
 * from 0 (independence) to 1 (each row determines the column). Cramér (1946), *Mathematical
 * Methods of Statistics*, p. 282.
 *
 * @example
 * cramersV(22.717, 303, 2, 2) // 0.2738… (pingouin's sex × target example, with Yates' correction)
 */
export function cramersV(statistic: number, n: number, rows: number, columns: number): number {
  const smaller = Math.min(rows, columns) - 1;
  if (smaller < 1 || n <= 0) return Number.NaN;
  return Math.sqrt(statistic / (n * smaller));
}
