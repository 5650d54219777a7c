/**
 * Every version of the database schema, oldest first. A version is never edited once released:
 * a change is a new version with an upgrade in `database.ts`. Tests open a database at an older
 * version, fill it, and check that the current version upgrades it with nothing lost.
 */
export const SCHEMA_VERSIONS = {
  /** 0.1: responses by id, one draft per instrument, settings by key. */
  1: {
    responses: 'responseId, instrumentId, submittedAt',
    drafts: 'instrumentId',
    settings: 'key',
  },
  /** 0.2: each response carries its ISO week, indexed with the instrument for "my last 8 weeks". */
  2: {
    responses: 'responseId, instrumentId, submittedAt, [instrumentId+week]',
    drafts: 'instrumentId',
    settings: 'key',
  },
  /** 0.3: the dashboard's pool of imported responses, and the list of imports they came from. */
  3: {
    responses: 'responseId, instrumentId, submittedAt, [instrumentId+week]',
    drafts: 'instrumentId',
    settings: 'key',
    pooled: 'responseId, *importIds, [instrumentId+authorityCode]',
    imports: '++id, importedAt',
  },
  /** 0.4: no new tables or indexes; each response's week is recomputed as the worker's local ISO week. */
  4: {
    responses: 'responseId, instrumentId, submittedAt, [instrumentId+week]',
    drafts: 'instrumentId',
    settings: 'key',
    pooled: 'responseId, *importIds, [instrumentId+authorityCode]',
    imports: '++id, importedAt',
  },
  /** 0.5: a saved copy of the dashboard's in-memory pool per questionnaire, so that opening the page need not read every row. */
  5: {
    responses: 'responseId, instrumentId, submittedAt, [instrumentId+week]',
    drafts: 'instrumentId',
    settings: 'key',
    pooled: 'responseId, *importIds, [instrumentId+authorityCode]',
    imports: '++id, importedAt',
    poolSnapshots: 'instrumentId',
  },
} as const;

export const CURRENT_SCHEMA_VERSION = 5;
