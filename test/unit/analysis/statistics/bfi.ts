import { numberOrNull, readReferenceCsv } from './reference-data';

export interface BfiScale {
  name: string;
  items: string[];
  reverse: string[];
  /** Raw answers (1–6), one row per respondent, missing = null. */
  rows: (number | null)[][];
}

/** The five bfi scales, keyed as in psych-bfi-keys.csv ("-A1" = A1 reverse-keyed). */
export function bfiScales(): BfiScale[] {
  const data = readReferenceCsv('psych-bfi.csv');
  const keys = readReferenceCsv('psych-bfi-keys.csv');
  const names = Object.keys(keys[0]!).filter((column) => column !== 'rownames');
  return names.map((name) => {
    const keyed = keys.map((row) => row[name]!);
    const items = keyed.map((key) => key.replace(/^-/, ''));
    return {
      name,
      items,
      reverse: keyed.filter((key) => key.startsWith('-')).map((key) => key.slice(1)),
      rows: data.map((row) => items.map((item) => numberOrNull(row[item]))),
    };
  });
}
