import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Instrument } from '../../lib/instruments/schema';
import { canonicalCsvChunks, type AnswerForm } from '../../lib/io/canonical-csv-writer';
import type { DemoOptions } from './demo-options';
import { generateDemoResponses } from './generate-demo';

/**
 * Node only: writes synthetic responses as canonical CSV to a file (through the canonical
 * writer, in chunks), waiting when the disk is slower than the generator, so memory stays flat
 * for any number of responses. Resolves to the number of bytes written.
 *
 * @example
 * await writeDemoCsv('demo.csv', getBuiltinInstrument('ofsted-2011-social-workers'), { responses: 1_000_000, authorities: 150 }, 'codes')
 */
export async function writeDemoCsv(path: string, instrument: Instrument, options: Partial<DemoOptions> = {}, answers: AnswerForm = 'labels'): Promise<number> {
  const out = createWriteStream(path);
  let bytes = 0;
  for (const chunk of canonicalCsvChunks([instrument], generateDemoResponses(instrument, options), { answers })) {
    bytes += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return bytes;
}
