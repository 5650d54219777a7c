import Dexie from 'dexie';
import type { SurveyResponse } from '../instruments/response';
import type { ImportRecord, PooledResponse, PulseDatabase } from './database';
import { guardWrite } from './write-error';

export interface PoolImport {
  fileName: string;
  format: string;
  responses: readonly SurveyResponse[];
  droppedColumns?: readonly string[];
}

/**
 * Adds a parsed file's responses to the manager's pool in one transaction: the file is recorded
 * and all its responses stored, or (on any failure) nothing is. Responses already in the pool
 * (same response id) are kept as they are and only linked to this import, so importing the same
 * file twice adds nothing.
 */
export function addToPool(db: PulseDatabase, file: PoolImport, now = new Date()): Promise<ImportRecord> {
  return guardWrite(() =>
    db.transaction('rw', db.pooled, db.imports, async () => {
      const record: ImportRecord = {
        fileName: file.fileName,
        format: file.format,
        importedAt: now.toISOString(),
        responses: file.responses.length,
        added: 0,
        instrumentIds: [...new Set(file.responses.map((r) => r.instrumentId))].sort(),
        droppedColumns: [...(file.droppedColumns ?? [])],
      };
      const importId = (await db.imports.add(record)) as number;
      const existing = await db.pooled.bulkGet(file.responses.map((r) => r.responseId));
      const fresh: PooledResponse[] = [];
      const linked: PooledResponse[] = [];
      file.responses.forEach((response, index) => {
        const found = existing[index];
        if (!found) fresh.push({ ...response, importIds: [importId] });
        else if (!found.importIds.includes(importId)) linked.push({ ...found, importIds: [...found.importIds, importId] });
      });
      await db.pooled.bulkPut([...fresh, ...linked]);
      record.id = importId;
      record.added = fresh.length;
      await db.imports.put(record);
      return record;
    }),
  );
}

/** Removes an import; its responses leave the pool unless another import also brought them. */
export function removeImport(db: PulseDatabase, importId: number): Promise<void> {
  return guardWrite(() =>
    db.transaction('rw', db.pooled, db.imports, async () => {
      const responses = await db.pooled.where('importIds').equals(importId).toArray();
      const orphans = responses.filter((r) => r.importIds.length === 1).map((r) => r.responseId);
      const shared = responses.filter((r) => r.importIds.length > 1).map((r) => ({ ...r, importIds: r.importIds.filter((id) => id !== importId) }));
      await db.pooled.bulkDelete(orphans);
      await db.pooled.bulkPut(shared);
      await db.imports.delete(importId);
    }),
  );
}

/** Imports, newest first. */
export async function listImports(db: PulseDatabase): Promise<ImportRecord[]> {
  return (await db.imports.orderBy('importedAt').toArray()).reverse();
}

/** The pooled responses to one instrument, optionally of one authority. */
export function pooledResponses(db: PulseDatabase, instrumentId: string, authorityCode?: string) {
  const index = db.pooled.where('[instrumentId+authorityCode]');
  return authorityCode === undefined
    ? index.between([instrumentId, Dexie.minKey], [instrumentId, Dexie.maxKey], true, true)
    : index.equals([instrumentId, authorityCode]);
}
