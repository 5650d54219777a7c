/**
 * Reading the extension's IndexedDB directly, with the raw IndexedDB API, so assertions about
 * what was stored do not depend on the code under test (Dexie, lib/db).
 *
 * Extension pages and the service worker share one IndexedDB (the extension's origin), so the
 * target may be any open extension page or `session.serviceWorker`.
 */
import type { Page, Worker } from 'playwright-core';

/** The database the extension keeps its data in. */
export const DATABASE_NAME = 'frontline-pulse';

/** Where to run the read: an extension page or the extension's service worker. */
export type ExtensionTarget = Page | Worker;

export interface DatabaseInfo {
  exists: boolean;
  version: number | undefined;
  /** Object store (Dexie table) names, sorted. */
  tables: string[];
}

// Both Page.evaluate and Worker.evaluate accept a function and one serialisable argument.
type Evaluate = <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => Promise<R>;
function evaluator(target: ExtensionTarget): Evaluate {
  return target.evaluate.bind(target) as unknown as Evaluate;
}

/**
 * Describes the database without creating it: if it does not exist yet, `exists` is false.
 * @param dbName defaults to `'frontline-pulse'`
 */
export async function describeDatabase(target: ExtensionTarget, dbName: string = DATABASE_NAME): Promise<DatabaseInfo> {
  return evaluator(target)(async (name: string) => {
    const known = await indexedDB.databases();
    const entry = known.find((db) => db.name === name);
    if (!entry) return { exists: false, version: undefined, tables: [] as string[] };
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error(`cannot open ${name}`));
    });
    try {
      return { exists: true, version: db.version, tables: Array.from(db.objectStoreNames).sort() };
    } finally {
      db.close();
    }
  }, dbName);
}

/**
 * Returns every row of `table` (an object store of the `'frontline-pulse'` database by default),
 * in primary-key order, as structured clones (Dates stay Dates).
 * Throws with a helpful message if the database or the table does not exist; never creates either.
 */
export async function readTable<T = Record<string, unknown>>(
  target: ExtensionTarget,
  table: string,
  dbName: string = DATABASE_NAME,
): Promise<T[]> {
  const rows = await evaluator(target)(
    async ({ name, table }: { name: string; table: string }) => {
      const known = await indexedDB.databases();
      if (!known.some((db) => db.name === name)) {
        throw new Error(`IndexedDB database "${name}" does not exist yet (known: ${known.map((db) => db.name).join(', ') || 'none'})`);
      }
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error(`cannot open ${name}`));
      });
      try {
        if (!db.objectStoreNames.contains(table)) {
          throw new Error(`IndexedDB database "${name}" has no table "${table}" (tables: ${Array.from(db.objectStoreNames).join(', ') || 'none'})`);
        }
        return await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(table, 'readonly').objectStore(table).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error ?? new Error(`cannot read ${table}`));
        });
      } finally {
        db.close();
      }
    },
    { name: dbName, table },
  );
  return rows as T[];
}

/** Waits (polling) until a table holds a record with this key; the record itself is not read. */
export async function waitForRecord(target: ExtensionTarget, table: string, key: string, timeoutMs = 30_000, dbName: string = DATABASE_NAME): Promise<void> {
  const started = Date.now();
  const has = () =>
    evaluator(target)(
      ({ name, table, key }: { name: string; table: string; key: string }) =>
        new Promise<boolean>((resolve, reject) => {
          const open = indexedDB.open(name);
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction(table).objectStore(table).count(key);
            request.onerror = () => reject(request.error);
            request.onsuccess = () => {
              open.result.close();
              resolve(request.result > 0);
            };
          };
        }),
      { name: dbName, table, key },
    );
  while (!(await has())) {
    if (Date.now() - started > timeoutMs) throw new Error(`No record "${key}" in ${table} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
