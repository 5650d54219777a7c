import { parentPort, workerData } from 'node:worker_threads';
import { countPiece, type PieceSetup } from './count-piece';

/**
 * A worker thread of count-in-pieces.ts: reads and counts the pieces it is sent. It gets the
 * setup as its workerData, then `{ header, newline }` once they are known, then
 * `{ index, bytes }` for each piece; it answers `{ index, piece }` (or `{ index, error }`).
 */
export type CountWorkerMessage = { header: string[]; newline: PieceSetup['newline'] } | { index: number; bytes: Uint8Array };

const setup: PieceSetup = { ...(workerData as PieceSetup) };
const port = parentPort!;
port.on('message', (message: CountWorkerMessage) => {
  if ('header' in message) {
    setup.header = message.header;
    setup.newline = message.newline;
    return;
  }
  try {
    port.postMessage({ index: message.index, piece: countPiece(setup, message.bytes).piece });
  } catch (error) {
    port.postMessage({ index: message.index, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
