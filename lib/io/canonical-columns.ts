/**
 * The fixed leading columns of the canonical responses CSV (PRODUCT.md, "Contracts"). After them
 * comes one column per item id. Answers are scale labels (matched case-insensitively on import)
 * or codes; a blank cell is "not answered".
 */
export const CANONICAL_COLUMNS = [
  'response_id',
  'instrument',
  'instrument_version',
  'submitted_at',
  'authority_code',
  'authority_name',
  'role',
  'team',
] as const;

/** Separates the chosen options of a choose-up-to-N item inside one cell. */
export const MULTI_SEPARATOR = '; ';
