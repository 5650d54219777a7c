import { chiSquaredUpperTail } from './chi-squared-upper-tail';
import { cramersV } from './cramers-v';

export interface ChiSquareOptions {
  /**
   * Yates' continuity correction, applied only to tables with one degree of freedom (2 × 2):
   * each observed count is moved towards its expected count by 0.5 (or by less, if it is closer
   * than that), as scipy's `chi2_contingency(correction=True)` and pingouin's `chi2_independence`
   * do by default. Default here: false (the plain Pearson statistic).
   */
  continuityCorrection?: boolean;
}

export interface ChiSquareResult {
  /** Pearson's χ² = Σ (observed − expected)² / expected, over the cells kept. */
  statistic: number;
  /** (rows kept − 1) × (columns kept − 1). */
  df: number;
  /** P(χ²_df ≥ statistic); 1 when df = 0. */
  pValue: number;
  /** Cramér's V from `statistic`; NaN when df = 0. */
  cramersV: number;
  /** Total count. */
  n: number;
  /** Expected counts under independence (row total × column total / n), for the kept rows and columns. */
  expected: number[][];
  /** Indices of the rows and columns kept (those with a non-zero total); empty ones are dropped. */
  rows: number[];
  columns: number[];
  /** Number of cells with an expected count below 5 (the usual rule of thumb for the test's validity). */
  lowExpectedCells: number;
  continuityCorrection: boolean;
}

/**
 * Pearson's chi-square test of independence on a contingency table of counts (for example
 * authorities × answer options), with its degrees of freedom, p-value and Cramér's V.
 *
 * Rows and columns whose total is 0 are dropped first (they carry no information and would give
 * expected counts of 0); `rows` and `columns` say which were kept. With fewer than two rows or
 * columns left the test is undefined: statistic 0, df 0, p-value 1, Cramér's V NaN (as pingouin).
 *
 * @example
 * chiSquareIndependence([[24, 72], [114, 93]])
 * // { statistic: 23.914…, df: 1, pValue: 1.007…e-6, cramersV: 0.2809…, n: 303, … }
 */
export function chiSquareIndependence(
  table: ReadonlyArray<ReadonlyArray<number>>,
  options: ChiSquareOptions = {},
): ChiSquareResult {
  const width = table[0]?.length ?? 0;
  for (const [r, row] of table.entries()) {
    if (row.length !== width) throw new RangeError(`Row ${r} has ${row.length} cells; expected ${width}`);
    for (const [c, value] of row.entries()) {
      if (!(value >= 0) || !Number.isFinite(value)) throw new RangeError(`Cell [${r}][${c}] is not a count: ${value}`);
    }
  }
  const rowTotals = table.map((row) => row.reduce((sum, value) => sum + value, 0));
  const columnTotals = Array.from({ length: width }, (_, c) => table.reduce((sum, row) => sum + row[c]!, 0));
  const rows = rowTotals.flatMap((total, r) => (total > 0 ? [r] : []));
  const columns = columnTotals.flatMap((total, c) => (total > 0 ? [c] : []));
  const n = rowTotals.reduce((sum, total) => sum + total, 0);
  const expected = rows.map((r) => columns.map((c) => (rowTotals[r]! * columnTotals[c]!) / n));
  const df = Math.max(0, (rows.length - 1) * (columns.length - 1));
  const lowExpectedCells = expected.flat().filter((value) => value < 5).length;
  const correct = df === 1 && options.continuityCorrection === true;
  if (df === 0) {
    return { statistic: 0, df, pValue: 1, cramersV: Number.NaN, n, expected, rows, columns, lowExpectedCells, continuityCorrection: correct };
  }
  let statistic = 0;
  rows.forEach((r, i) => {
    columns.forEach((c, j) => {
      const e = expected[i]![j]!;
      let o = table[r]![c]!;
      if (correct) o += Math.sign(e - o) * Math.min(0.5, Math.abs(e - o));
      statistic += ((o - e) * (o - e)) / e;
    });
  });
  return {
    statistic,
    df,
    pValue: chiSquaredUpperTail(statistic, df),
    cramersV: cramersV(statistic, n, rows.length, columns.length),
    n,
    expected,
    rows,
    columns,
    lowExpectedCells,
    continuityCorrection: correct,
  };
}
