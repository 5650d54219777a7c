import { Worker } from 'node:worker_threads';

/**
 * A worker thread running a TypeScript module of this package. `pulse` runs its TypeScript through
 * tsx (bin/pulse.mjs), and a worker thread starts without the main thread's module hooks: the
 * worker registers tsx first, then imports the module.
 *
 * @example
 * const worker = typeScriptWorker(new URL('./count-worker.ts', import.meta.url), setup);
 */
export function typeScriptWorker(module: URL, workerData: unknown): Worker {
  const tsx = import.meta.resolve('tsx/esm/api');
  const start = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(module.href)}); });`;
  return new Worker(start, { eval: true, workerData });
}
