import type { OtherToolDefaults, PoolFile } from '@/lib/io/pool-file';

/** Sent to the import worker: one file, and what to assume for other survey tools' exports. */
export type ImportRequest = Omit<OtherToolDefaults, 'instrument'> & { file: File; instrumentId: string };

/** Sent back by the import worker. */
export type ImportReply = { type: 'progress'; bytes: number } | { type: 'done'; result: PoolFile } | { type: 'failed'; message: string };
