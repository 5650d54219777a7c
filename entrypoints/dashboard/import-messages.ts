import type { ImportMapping } from '@/lib/io/imports';
import type { PoolFile } from '@/lib/io/pool-file';
import type { Role } from '@/lib/instruments/roles';

/** Sent to the import worker: one file, and what to assume for other survey tools' exports. */
export interface ImportRequest {
  file: File;
  instrumentId: string;
  authorityCode?: string;
  authorityName?: string;
  role?: Role;
  team?: string;
  /** ISO 8601 date for responses without one. */
  submittedAt?: string;
  mapping?: ImportMapping;
}

/** Sent back by the import worker. */
export type ImportReply = { type: 'progress'; bytes: number } | { type: 'done'; result: PoolFile } | { type: 'failed'; message: string };
