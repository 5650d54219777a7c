/// <reference lib="webworker" />
import { getBuiltinInstrument } from '@/lib/instruments/builtin';
import { readPoolFile } from '@/lib/io/pool-file';
import type { ImportReply, ImportRequest } from './import-messages';

// Parsing runs here, off the page's thread, so that a large file never freezes the dashboard.
const post = (reply: ImportReply) => postMessage(reply);
const PROGRESS_EVERY = 256 * 1024;

onmessage = async (event: MessageEvent<ImportRequest>) => {
  const { file, instrumentId, ...defaults } = event.data;
  let reported = 0;
  try {
    const result = await readPoolFile(file, { instrument: getBuiltinInstrument(instrumentId), ...defaults }, (bytes) => {
      if (bytes - reported >= PROGRESS_EVERY || bytes === file.size) {
        reported = bytes;
        post({ type: 'progress', bytes });
      }
    });
    post({ type: 'done', result });
  } catch (error) {
    post({ type: 'failed', message: (error as Error).message });
  }
};
