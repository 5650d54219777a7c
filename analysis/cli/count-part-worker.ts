import { parentPort, workerData } from 'node:worker_threads';
import { ResponseIdFingerprints } from '../../lib/io/response-id-fingerprints';
import { countParts, type PartsOfFile } from './count-part';

/**
 * A worker thread of `count-in-parts.ts`: counts parts of the file given as its workerData until
 * none is left, then posts the counts of each part and the fingerprints of the response ids it
 * read (their typed arrays handed over, not copied).
 */
const seen = new ResponseIdFingerprints();
const parts = countParts(workerData as PartsOfFile, seen);
const ids = seen.fingerprints();
parentPort!.postMessage({ parts, ids }, [
  ids.buffer as ArrayBuffer,
  ...parts.flatMap((part) => part.counts.groups.map((group) => group.counters.buffer as ArrayBuffer)),
]);
