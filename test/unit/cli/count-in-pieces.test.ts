// @vitest-environment node
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { countResponses } from '../../../analysis/cli/count-responses';
import { DataError } from '../../../analysis/cli/exit-codes';
import { sortedGroups } from '../../../analysis/group-counts';
import { BUILTIN_INSTRUMENTS, getBuiltinInstrument } from '../../../lib/instruments/builtin';
import { pulse, tempDir, writeFile } from './helpers';

/**
 * A large file is read in pieces on worker threads (analysis/cli/count-in-pieces.ts). Whatever
 * the pieces, the figures and the messages must be those of reading the file in one stream: here
 * small pieces are forced on small files and compared with the one-stream reading.
 */

const ofsted = getBuiltinInstrument('ofsted-2011-social-workers');
const resolved = { instrument: ofsted, known: [...BUILTIN_INSTRUMENTS] };
const io = (cwd: string) => ({ stdout: process.stdout, stderr: process.stderr, stderrIsTTY: false, cwd });

async function read(file: string, pieces?: { workers: number; pieceBytes: number }) {
  try {
    const { counts, read } = await countResponses(io('/'), file, resolved, ['authority', 'role'], 'table', pieces);
    return { groups: sortedGroups(counts).map((g) => ({ ...g, items: Object.fromEntries([...g.items].map(([id, c]) => [id, { byCode: [...c.byCode].sort(), blank: c.blank }])) })), read };
  } catch (error) {
    if (error instanceof DataError) return { error: error.message };
    throw error;
  }
}

describe('reading a file in pieces on worker threads', { timeout: 120_000 }, () => {
  let dir: string;
  let labels: string;
  beforeAll(async () => {
    dir = tempDir();
    labels = `${dir}/labels.csv`;
    expect((await pulse(['demo', '--instrument', ofsted.id, '--seed', '4', '--responses', '3000', '--authorities', '9', '-o', labels])).code).toBe(0);
  });

  it('gives the same counts, groups, labels and summary as one stream, for any piece size', async () => {
    const whole = await read(labels);
    expect(whole.read?.summary.responses).toBe(3000);
    for (const pieceBytes of [1024, 65_536]) {
      const pieces = await read(labels, { workers: 2, pieceBytes });
      expect(pieces.groups, `pieces of ${pieceBytes} bytes`).toEqual(whole.groups);
      expect(pieces.read, `pieces of ${pieceBytes} bytes`).toEqual(whole.read);
    }
  });

  it('reads quoted cells with commas and line breaks (read in the main thread) and CR or LF line ends alike', async () => {
    const text = readFileSync(labels, 'utf8');
    const lines = text.split('\r\n');
    // Quote the team of every 7th row, with a comma and a line break inside.
    const quoted = lines.map((line, i) => (i > 0 && i % 7 === 0 && line ? line.replace(/,(social_worker),([^,]*),/, ',$1,"$2, and\nmore",') : line));
    for (const [name, body] of [
      ['quoted.csv', quoted.join('\r\n')],
      ['lf.csv', quoted.join('\r\n').replace(/\r\n/g, '\n')],
      ['cr.csv', lines.join('\r')],
    ] as const) {
      const file = writeFile(dir, name, body);
      const whole = await read(file);
      expect(whole.error, name).toBeUndefined();
      const pieces = await read(file, { workers: 2, pieceBytes: 8192 });
      expect(pieces, name).toEqual(whole);
    }
  });

  it('finds a duplicate response id in another piece, and lists problems with their lines in the file', async () => {
    const lines = readFileSync(labels, 'utf8').split('\r\n');
    const id = lines[3]!.split(',')[0]!;
    lines[2500] = lines[2500]!.replace(/^[^,]*/, id); // the id of line 4, again on line 2501
    lines[1200] = lines[1200]!.replace(/,Agree,/, ',Agreed,'); // an unknown answer on line 1201
    lines[2900] = lines[2900]!.replace(/,social_worker,/, ',boss,'); // an unknown role on line 2901
    const file = writeFile(dir, 'bad.csv', lines.join('\r\n'));
    const whole = await read(file);
    expect(whole.error).toContain(`line 2501, column A ("response_id"): duplicate response id "${id}" (first on line 4)`);
    expect(whole.error).toContain('line 1201, column');
    expect(whole.error).toContain('line 2901, column G ("role"): unknown role "boss"');
    for (const pieceBytes of [1024, 50_000]) expect(await read(file, { workers: 2, pieceBytes })).toEqual(whole);
  });

  it('stops at the same limit of problems, and at text that is not UTF-8, as one stream', async () => {
    const lines = readFileSync(labels, 'utf8').split('\r\n');
    const many = lines.map((line, i) => (i > 0 && line ? line.replace(/,social_worker,/, ',boss,') : line));
    const file = writeFile(dir, 'many.csv', many.join('\r\n'));
    const whole = await read(file);
    expect(whole.error).toContain('(101 problems;'); // the 100 first, and "stopped reading after 100 problems"
    expect(await read(file, { workers: 2, pieceBytes: 4096 })).toEqual(whole);

    const bytes = Buffer.from(lines.join('\r\n'), 'utf8');
    const at = bytes.indexOf('Agree', bytes.length >> 1);
    bytes[at] = 0xff;
    const latin = writeFile(dir, 'not-utf8.csv', '');
    writeFile(dir, 'not-utf8.csv', bytes as unknown as string);
    const wholeLatin = await read(latin);
    expect(wholeLatin.error).toContain('not UTF-8');
    expect((await read(latin, { workers: 2, pieceBytes: 4096 })).error).toContain('not UTF-8');
  });
});
