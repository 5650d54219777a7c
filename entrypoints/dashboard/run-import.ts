import type { PoolFile } from '@/lib/io/pool-file';
import type { ImportReply, ImportRequest } from './import-messages';

export interface RunningImport {
  /** Resolves with the parsed file, or rejects with the worker's message (or "Cancelled"). */
  result: Promise<PoolFile>;
  cancel: () => void;
}

export class ImportCancelled extends Error {
  constructor(fileName: string) {
    super(`Import of ${fileName} cancelled: nothing from it was added.`);
    this.name = 'ImportCancelled';
  }
}

/** Parses one file in a Web Worker, reporting bytes read; cancelling stops the worker at once. */
export function runImport(request: ImportRequest, onProgress: (bytes: number) => void): RunningImport {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  let settle: { resolve: (file: PoolFile) => void; reject: (error: Error) => void } | undefined;
  const result = new Promise<PoolFile>((resolve, reject) => (settle = { resolve, reject }));
  worker.onmessage = (event: MessageEvent<ImportReply>) => {
    const reply = event.data;
    if (reply.type === 'progress') return onProgress(reply.bytes);
    worker.terminate();
    if (reply.type === 'done') settle!.resolve(reply.result);
    else settle!.reject(new Error(reply.message));
  };
  worker.onerror = (event) => {
    worker.terminate();
    settle!.reject(new Error(`${request.file.name}: the import stopped unexpectedly (${event.message})`));
  };
  worker.postMessage(request);
  return {
    result,
    cancel: () => {
      worker.terminate();
      settle!.reject(new ImportCancelled(request.file.name));
    },
  };
}
