import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { countInParts, type PartOptions } from '../../../analysis/cli/count-in-parts';
import type { CliIo } from '../../../analysis/cli/cli-io';
import { inputFile } from '../../../analysis/cli/input-file';
import type { ResolvedInstrument } from '../../../analysis/cli/instrument-option';
import { readCanonicalFile } from '../../../analysis/cli/read-canonical-file';
import { writeDemoCsv } from '../../../analysis/demo/write-demo-csv';
import { addAnswerValues, createAccumulator, sortedGroups } from '../../../analysis/group-counts';
import { BUILTIN_INSTRUMENTS, getBuiltinInstrument } from '../../../lib/instruments/builtin';
import { tempDir } from './helpers';

const ofsted = getBuiltinInstrument('ofsted-2011-social-workers');
const resolved: ResolvedInstrument = { instrument: ofsted, known: [...BUILTIN_INSTRUMENTS] };
const dir = tempDir('pulse-parts-');
const io: CliIo = { stdout: new Writable({ write: (_c, _e, done) => done() }), stderr: new Writable({ write: (_c, _e, done) => done() }), stderrIsTTY: false, cwd: dir };
/** Small parts, so that a file of a few hundred kilobytes is cut into dozens of them. */
const SMALL: PartOptions = { threads: 2, partBytes: 16 << 10, fromBytes: 0 };
const BY = ['authority', 'role'];

/** What counting in parts gives: the counts, and the summary and the file's record (undefined when it gives up). */
async function inParts(name: string, options: PartOptions) {
  const counts = createAccumulator(ofsted, { groupBy: BY });
  const read = await countInParts(io, inputFile(io, name), resolved.known, counts, options);
  return read && { counts, read };
}

/** What one stream reads: the counts, the summary and the file's record. */
async function inOneStream(name: string) {
  const counts = createAccumulator(ofsted, { groupBy: BY });
  const read = await readCanonicalFile(io, name, resolved.known, (row) => addAnswerValues(counts, row, row.values, row.codes));
  return { counts, read };
}

let codes: string;
let labels: string;
beforeAll(async () => {
  await writeDemoCsv(path.join(dir, 'codes.csv'), ofsted, { seed: 5, responses: 3000, authorities: 9, weeks: 10 }, 'codes');
  await writeDemoCsv(path.join(dir, 'labels.csv'), ofsted, { seed: 6, responses: 2000, authorities: 7, weeks: 10 }, 'labels');
  codes = readFileSync(path.join(dir, 'codes.csv'), 'utf8');
  labels = readFileSync(path.join(dir, 'labels.csv'), 'utf8');
});

/** The codes file with its lines changed by `edit` (line 0 is the header). */
function variant(name: string, edit: (lines: string[]) => void, from = codes): string {
  const lines = from.split('\n');
  edit(lines);
  writeFileSync(path.join(dir, name), lines.join('\n'));
  return name;
}

describe('countInParts', () => {
  it('counts a file cut into dozens of parts on two threads exactly as one stream does (codes and labels)', async () => {
    for (const name of ['codes.csv', 'labels.csv']) {
      const parts = await inParts(name, SMALL);
      const one = await inOneStream(name);
      expect(parts).toBeDefined();
      expect(sortedGroups(parts!.counts)).toEqual(sortedGroups(one.counts));
      expect(parts!.read).toEqual(one.read); // summary (responses, lines, per instrument) and the file's SHA-256
    }
  });

  it('gives up (for one stream to read) on a response id read twice, in different parts', async () => {
    const name = variant('repeated-id.csv', (lines) => {
      const id = lines[3]!.split(',')[0]!;
      lines[2900] = lines[2900]!.replace(/^[^,]+/, id);
    });
    expect(await inParts(name, SMALL)).toBeUndefined();
    await expect(inOneStream(name)).rejects.toThrow(/line 2901.*duplicate response id .* \(first on line 4\)/);
  });

  it('gives up on a bad cell in any part', async () => {
    const name = variant('bad-cell.csv', (lines) => {
      lines[2500] = lines[2500]!.replace(/,([1-5]),/, ',7,');
    });
    expect(await inParts(name, SMALL)).toBeUndefined();
    await expect(inOneStream(name)).rejects.toThrow(/line 2501/);
  });

  it('gives up when a cut falls inside a quoted cell that holds line breaks; one stream reads the file', async () => {
    const name = variant('quoted-team.csv', (lines) => {
      const cells = lines[1500]!.split(',');
      cells[7] = `"${'A team\nwith many lines\n'.repeat(2000)}"`; // about 40 KB: some cut falls inside
      lines[1500] = cells.join(',');
    });
    expect(await inParts(name, SMALL)).toBeUndefined();
    expect((await inOneStream(name)).read.summary.responses).toBe(3000);
  });

  it('leaves to one stream a small file, a long-form file and a machine with one core', async () => {
    expect(await inParts('codes.csv', { ...SMALL, threads: 1 })).toBeUndefined();
    expect(await inParts('codes.csv', { ...SMALL, fromBytes: 1 << 30 })).toBeUndefined();
    const header = 'response_id,instrument,instrument_version,submitted_at,authority_code,authority_name,role,team,item,answer';
    const rows = Array.from({ length: 3000 }, (_, i) => `r${i},${ofsted.id},${ofsted.version},2025-02-03T10:00:00Z,AAA,Aville,social_worker,,sufficient_time,4`);
    writeFileSync(path.join(dir, 'long.csv'), [header, ...rows, ''].join('\n'));
    expect(await inParts('long.csv', SMALL)).toBeUndefined();
  });
});
