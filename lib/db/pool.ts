import Dexie from 'dexie';
import type { SurveyResponse } from '../instruments/response';
import type { ImportRecord, PooledResponse, PulseDatabase } from './database';
import { markPoolChanged } from './pool-snapshot';
import { guardWrite } from './write-error';

export interface PoolImport {
  fileName: string;
  format: string;
  responses: readonly SurveyResponse[];
  droppedColumns?: readonly string[];
}

/** What an import did. */
export interface PoolImportResult {
  /** The import as recorded; undefined when the file brought nothing new and nothing was written. */
  record?: ImportRecord;
  /** Responses new to the pool. */
  added: number;
  /** Responses already pooled that this file brings in a later version (same id, later submission time). */
  updated: number;
  /** Responses already pooled as they are, or in a later version than this file's. */
  unchanged: number;
  /** When nothing was new: the most recent import that brought these responses. */
  earlier?: ImportRecord;
}

/** Thrown for a file that holds no responses at all: it is not recorded. */
export class EmptyImportError extends Error {
  constructor(readonly fileName: string) {
    super(`${fileName}: no responses in this file, so nothing was imported.`);
    this.name = 'EmptyImportError';
  }
}

const isLater = (incoming: SurveyResponse, pooled: SurveyResponse) => Date.parse(incoming.submittedAt) > Date.parse(pooled.submittedAt);

/**
 * Adds a parsed file's responses to the manager's pool in one transaction: whole or (on any
 * failure) not at all. By response id: a new response is added; one already pooled is replaced
 * when the file's version was submitted later (a worker who changed this week's pulse) and kept as
 * it is otherwise. A file that brings nothing new changes nothing: no import is recorded and no row
 * is written (the result names the earlier import instead). A file with no responses is refused.
 */
export async function addToPool(db: PulseDatabase, file: PoolImport, now = new Date()): Promise<PoolImportResult> {
  if (file.responses.length === 0) throw new EmptyImportError(file.fileName);
  return guardWrite(() =>
    db.transaction('rw', db.pooled, db.imports, db.settings, async () => {
      const existing = await db.pooled.bulkGet(file.responses.map((r) => r.responseId));
      // Per response of the file: a later version of a pooled one?
      const replaces = file.responses.map((response, index) => existing[index] !== undefined && isLater(response, existing[index]));
      const added = existing.filter((row) => !row).length;
      const updated = replaces.filter(Boolean).length;
      const unchanged = file.responses.length - added - updated;
      if (added === 0 && updated === 0) {
        // (A loop, not Math.max(...ids): a spread of one id per row overflows the stack on large files.)
        let latest = -Infinity;
        for (const row of existing) for (const id of row?.importIds ?? []) latest = Math.max(latest, id);
        const earlier = latest > -Infinity ? await db.imports.get(latest) : undefined;
        return { added: 0, updated: 0, unchanged, ...(earlier ? { earlier } : {}) };
      }
      const record: ImportRecord = {
        fileName: file.fileName,
        format: file.format,
        importedAt: now.toISOString(),
        responses: file.responses.length,
        added,
        updated,
        instrumentIds: [...new Set(file.responses.map((r) => r.instrumentId))].sort(),
        droppedColumns: [...(file.droppedColumns ?? [])],
      };
      const importId = (await db.imports.add(record)) as number;
      record.id = importId;
      // Every response of the file is linked to this import, so that removing an earlier import keeps it.
      const rows: PooledResponse[] = file.responses.map((response, index) => {
        const found = existing[index];
        if (!found) return { ...response, importIds: [importId] };
        const importIds = [...found.importIds, importId];
        return replaces[index] ? { ...response, importIds } : { ...found, importIds };
      });
      await db.pooled.bulkPut(rows);
      await markPoolChanged(db);
      return { record, added, updated, unchanged };
    }),
  );
}

/** Removes an import; its responses leave the pool unless another import also brought them. */
export function removeImport(db: PulseDatabase, importId: number): Promise<void> {
  return guardWrite(() =>
    db.transaction('rw', db.pooled, db.imports, db.settings, async () => {
      const responses = await db.pooled.where('importIds').equals(importId).toArray();
      const orphans = responses.filter((r) => r.importIds.length === 1).map((r) => r.responseId);
      const shared = responses.filter((r) => r.importIds.length > 1).map((r) => ({ ...r, importIds: r.importIds.filter((id) => id !== importId) }));
      await db.pooled.bulkDelete(orphans);
      await db.pooled.bulkPut(shared);
      await db.imports.delete(importId);
      await markPoolChanged(db);
    }),
  );
}

/** Imports, newest first. */
export async function listImports(db: PulseDatabase): Promise<ImportRecord[]> {
  return (await db.imports.orderBy('importedAt').toArray()).reverse();
}

/**
 * Hands every pooled response to one questionnaire to `each`, one authority at a time, so that
 * only one authority's rows are in memory at once (each authority is read in bulk, which is far
 * faster than a cursor). Resolves with the number of responses read.
 */
export async function forEachPooledResponse(db: PulseDatabase, instrumentId: string, each: (response: PooledResponse) => void): Promise<number> {
  const index = db.pooled.where('[instrumentId+authorityCode]');
  const keys = (await index.between([instrumentId, Dexie.minKey], [instrumentId, Dexie.maxKey], true, true).uniqueKeys()) as unknown as [string, string][];
  let count = 0;
  for (const key of keys) {
    const rows = await db.pooled.where('[instrumentId+authorityCode]').equals(key).toArray();
    rows.forEach(each);
    count += rows.length;
  }
  return count;
}
