/**
 * Shared types of the statistics module.
 *
 * An {@link ItemMatrix} holds one row per respondent and one column per item, in the same item
 * order in every row. A missing answer is `null`, `undefined` or `NaN` (blank answers and
 * non-substantive answers such as "Don't know" should be passed as missing).
 */
export type ItemMatrix = ReadonlyArray<ReadonlyArray<number | null | undefined>>;

/**
 * How missing answers are handled by the reliability functions. There is no default: the caller
 * chooses explicitly, because the two give different numbers.
 *
 * - `'listwise'`: respondents with any missing answer among the items are dropped, and everything
 *   is computed on the complete rows (R: `psych::alpha(x[complete.cases(x), ])`).
 * - `'pairwise'`: each variance uses every respondent who answered that item, and each covariance
 *   every respondent who answered both items (R: `psych::alpha(x, use = "pairwise")`; Python:
 *   `pingouin.cronbach_alpha(nan_policy = "pairwise")`, i.e. `pandas.DataFrame.cov`).
 */
export type MissingPolicy = 'listwise' | 'pairwise';

/** A square matrix of numbers, indexed `[row][column]`. */
export type SquareMatrix = number[][];
