import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Instrument } from '../../lib/instruments/schema';
import type { DemoOptions } from './demo-options';
import { demoCsvLines, type AnswerFormat } from './demo-csv';

/**
 * Node only: writes synthetic canonical CSV to a file, in batches, waiting when the disk is
 * slower than the generator (memory stays flat for any number of responses). Resolves to the
 * number of bytes written.
 *
 * @example
 * await writeDemoCsv('demo.csv', getBuiltinInstrument('ofsted-2011-social-workers'), { responses: 1_000_000, authorities: 150 }, 'codes')
 */
export async function writeDemoCsv(path: string, instrument: Instrument, options: Partial<DemoOptions> = {}, format: AnswerFormat = 'labels'): Promise<number> {
  const out = createWriteStream(path);
  let bytes = 0;
  let batch = '';
  const flush = async () => {
    bytes += Buffer.byteLength(batch);
    if (!out.write(batch)) await once(out, 'drain');
    batch = '';
  };
  for (const line of demoCsvLines(instrument, options, format)) {
    batch += line;
    if (batch.length >= 1 << 16) await flush();
  }
  if (batch) await flush();
  out.end();
  await once(out, 'finish');
  return bytes;
}
