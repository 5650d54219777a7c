import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';

/** The repository root (this file is test/unit/analysis/statistics/reference-data.ts). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

/** `../shared/reference/external` beside the clone, as in CI. */
export const externalDir = path.resolve(repoRoot, '../shared/reference/external');

/** A reference CSV as header-keyed rows of strings (a leading byte-order mark is dropped). */
export function readReferenceCsv(file: string): Record<string, string>[] {
  const text = readFileSync(path.join(externalDir, file), 'utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(`${file}: ${parsed.errors[0]!.message}`);
  return parsed.data;
}

/** A cell as a number, or null when empty or NA. */
export function numberOrNull(cell: string | undefined): number | null {
  if (cell === undefined || cell.trim() === '' || cell.trim() === 'NA') return null;
  const value = Number(cell);
  if (!Number.isFinite(value)) throw new Error(`Not a number: ${cell}`);
  return value;
}

/**
 * Textbook statistics written out here, independently of the code under test, to check it.
 * Two-pass sums in plain loops; no simple-statistics.
 */
export const textbook = {
  mean(x: readonly number[]): number {
    let sum = 0;
    for (const v of x) sum += v;
    return sum / x.length;
  },
  /** Sample covariance (n − 1). */
  cov(x: readonly number[], y: readonly number[]): number {
    const mx = textbook.mean(x);
    const my = textbook.mean(y);
    let sum = 0;
    for (let i = 0; i < x.length; i++) sum += (x[i]! - mx) * (y[i]! - my);
    return sum / (x.length - 1);
  },
  variance(x: readonly number[]): number {
    return textbook.cov(x, x);
  },
  pearson(x: readonly number[], y: readonly number[]): number {
    return textbook.cov(x, y) / Math.sqrt(textbook.variance(x) * textbook.variance(y));
  },
  /** Cronbach (1951) on complete data: k/(k−1) × (1 − Σ var(item) / var(total)). */
  alphaComplete(rows: readonly (readonly number[])[]): number {
    const k = rows[0]!.length;
    let itemVariances = 0;
    for (let i = 0; i < k; i++) itemVariances += textbook.variance(rows.map((r) => r[i]!));
    const totals = rows.map((r) => r.reduce((a, b) => a + b, 0));
    return (k / (k - 1)) * (1 - itemVariances / textbook.variance(totals));
  },
  /**
   * Pairwise alpha as the mean-covariance form k c̄ / (v̄ + (k − 1) c̄), with each variance over the
   * rows that answered the item and each covariance over the rows that answered both.
   */
  alphaPairwise(rows: readonly (readonly (number | null)[])[]): number {
    const k = rows[0]!.length;
    const pair = (i: number, j: number) => {
      const x: number[] = [];
      const y: number[] = [];
      for (const r of rows) {
        if (r[i] !== null && r[j] !== null) {
          x.push(r[i]!);
          y.push(r[j]!);
        }
      }
      return textbook.cov(x, y);
    };
    let variances = 0;
    let covariances = 0;
    for (let i = 0; i < k; i++) {
      variances += pair(i, i);
      for (let j = 0; j < k; j++) if (j !== i) covariances += pair(i, j);
    }
    const vBar = variances / k;
    const cBar = covariances / (k * (k - 1));
    return (k * cBar) / (vBar + (k - 1) * cBar);
  },
};
