import { buildSync } from 'esbuild';
import { Worker, type ResourceLimits } from 'node:worker_threads';

/** Scripts already bundled, by module path. */
const bundles = new Map<string, string>();

/**
 * A worker thread running a TypeScript module of this package, bundled with everything it
 * imports into one CommonJS script by esbuild (about 60 ms). `pulse` runs its TypeScript through
 * tsx's module hooks (bin/pulse.mjs), which a worker thread does not inherit; registering tsx in
 * the worker as well cost about 30 MB and half a second of loading, measured on a 2-core machine.
 *
 * @example
 * const worker = bundledWorker('/app/analysis/cli/count-part-worker.ts', parts);
 */
export function bundledWorker(modulePath: string, workerData: unknown, resourceLimits?: ResourceLimits): Worker {
  let script = bundles.get(modulePath);
  if (script === undefined) {
    const bundle = buildSync({ entryPoints: [modulePath], bundle: true, platform: 'node', format: 'cjs', write: false, logLevel: 'error' });
    bundles.set(modulePath, (script = bundle.outputFiles[0]!.text));
  }
  return new Worker(script, { eval: true, workerData, ...(resourceLimits ? { resourceLimits } : {}) });
}
