/**
 * The Scale benchmark of issue 3 (the first part of `npm run bench`). It makes (once) canonical
 * CSVs of 1,000,000 responses × 38 Likert items from 150 fictional authorities (the Ofsted 2011
 * social workers' statements) in the system's temporary folder, with answers written as labels
 * (as workers' exports write them, about 530 MB) and as codes (about 190 MB), then for each, in
 * the same run, times
 *
 *   (a) `pulse table FILE --instrument ofsted-2011-social-workers --by authority,role --format json`
 *       as a child process, with its peak resident memory (it reads a large file on every core,
 *       as DuckDB does), and
 *   (b) DuckDB (in memory) reading the same file and counting answers by authority, role, item
 *       and answer, blanks included, two ways (UNPIVOT … GROUP BY, and histogram() per column),
 *
 * and prints both times, their ratios (pulse / DuckDB) and pulse's peak RSS, after checking that
 * both counted the same respondents per group. A benchmark, not a test: machines are noisy,
 * compare the ratios of one run.
 *
 * Options: --answers labels|codes|both (default both), --responses N (default 1000000),
 * --authorities N (150), --dir DIR, --keep-output.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';
import { writeDemoCsv } from '../analysis/demo/write-demo-csv';
import type { AnswerForm } from '../lib/io/canonical-csv-writer';
import { getBuiltinInstrument } from '../lib/instruments/builtin';
import { allItems } from '../lib/instruments/items';
import type { Instrument } from '../lib/instruments/schema';
import { CANONICAL_COLUMNS } from '../lib/io/canonical-columns';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const INSTRUMENT_ID = 'ofsted-2011-social-workers';

const { values } = parseArgs({
  options: {
    answers: { type: 'string', default: 'both' },
    responses: { type: 'string', default: '1000000' },
    authorities: { type: 'string', default: '150' },
    dir: { type: 'string', default: join(tmpdir(), 'frontline-pulse-bench') },
    'keep-output': { type: 'boolean', default: false },
  },
});
const responses = Number(values.responses);
const forms: AnswerForm[] = values.answers === 'both' ? ['labels', 'codes'] : [values.answers as AnswerForm];
if (!forms.every((form) => form === 'labels' || form === 'codes')) throw new Error('--answers must be labels, codes or both');
const authorities = Number(values.authorities);
const dir = resolve(values.dir!);

/** The Ofsted social workers' instrument without its two choose-three questions: 38 Likert items. */
function likertOnly(instrument: Instrument): Instrument {
  return { ...instrument, sections: instrument.sections.filter((section) => section.items.every((item) => item.type === 'likert')) };
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

/** Makes the data file unless the same one is already there (a stamp file records its options and the generator). */
async function ensureData(answers: AnswerForm): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `responses-${responses}x38-${authorities}-${answers}.csv`);
  const stampFile = `${file}.stamp.json`;
  const stamp = JSON.stringify({ responses, authorities, seed: 1, weeks: 52, answers, items: 38, generator: 'canonical-csv-writer' });
  if (existsSync(file) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) {
    console.log(`Data: ${file} (${(statSync(file).size / 1e6).toFixed(0)} MB, made earlier)`);
    return file;
  }
  const instrument = likertOnly(getBuiltinInstrument(INSTRUMENT_ID));
  console.log(`Making ${responses.toLocaleString('en-GB')} responses × ${allItems(instrument).length} items, ${authorities} authorities, answers as ${answers} …`);
  const started = performance.now();
  rmSync(stampFile, { force: true });
  const bytes = await writeDemoCsv(file, instrument, { seed: 1, responses, authorities, weeks: 52, commentRate: 0 }, answers);
  writeFileSync(stampFile, stamp);
  console.log(`Data: ${file} (${(bytes / 1e6).toFixed(0)} MB, made in ${seconds(performance.now() - started)})`);
  return file;
}

/** Peak resident memory of a running process, polled from /proc (Linux), in KiB. */
function pollPeakRss(pid: number, onPeak: (kib: number) => void): () => void {
  const timer = setInterval(() => {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const match = /VmHWM:\s+(\d+) kB/.exec(status);
      if (match) onPeak(Number(match[1]));
    } catch {
      // the process has ended
    }
  }, 20);
  return () => clearInterval(timer);
}

/** Runs `pulse table` as a child process: wall time and peak RSS (GNU time when present, else /proc). */
async function runPulse(file: string, output: string): Promise<{ ms: number; peakMiB: number; how: string }> {
  const args = [join(repoRoot, 'bin/pulse.mjs'), 'table', file, '--instrument', INSTRUMENT_ID, '--by', 'authority,role', '--format', 'json', '-o', output];
  const gnuTime = existsSync('/usr/bin/time');
  const command = gnuTime ? '/usr/bin/time' : process.execPath;
  const commandArgs = gnuTime ? ['-f', 'PEAK_RSS_KIB=%M', process.execPath, ...args] : args;
  const started = performance.now();
  const child = spawn(command, commandArgs, { stdio: ['ignore', 'inherit', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let polled = 0;
  const stop = gnuTime ? () => {} : pollPeakRss(child.pid!, (kib) => (polled = Math.max(polled, kib)));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  const ms = performance.now() - started;
  stop();
  const measured = /PEAK_RSS_KIB=(\d+)/.exec(stderr);
  if (code !== 0) throw new Error(`pulse table failed (exit ${code}):\n${stderr}`);
  const kib = measured ? Number(measured[1]) : polled;
  return { ms, peakMiB: kib / 1024, how: measured ? 'GNU time' : '/proc VmHWM, polled' };
}

/**
 * DuckDB in memory, the same counts two ways: (1) UNPIVOT to one row per answer, then
 * GROUP BY authority, role, item, answer (the same aggregation, in the same long shape), and
 * (2) GROUP BY authority, role with one histogram() per item column (the same counts, wide;
 * blanks = count(*) minus the histogram's total). Each on a fresh in-memory database.
 */
async function runDuckDb(file: string, items: readonly string[]): Promise<{ unpivotMs: number; histogramMs: number; respondents: Map<string, number> }> {
  const fixed = CANONICAL_COLUMNS.join(', ');
  const path = file.replace(/'/g, "''");
  const timed = async (sql: string) => {
    const started = performance.now();
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    const rows = (await connection.runAndReadAll(sql)).getRowObjects();
    const ms = performance.now() - started;
    connection.closeSync();
    instance.closeSync();
    return { ms, rows };
  };
  const unpivot = await timed(`
    SELECT authority_code, role, item, answer, count(*) AS n
    FROM (SELECT * FROM read_csv('${path}', header = true, all_varchar = true))
    UNPIVOT INCLUDE NULLS (answer FOR item IN (COLUMNS(* EXCLUDE (${fixed}))))
    GROUP BY ALL`);
  const histogram = await timed(`
    SELECT authority_code, role, count(*) AS n, ${items.map((item) => `histogram("${item}") AS "${item}"`).join(', ')}
    FROM read_csv('${path}', header = true)
    GROUP BY ALL`);
  // Respondents per group: the counts of any one item, blanks included, sum to the group's size.
  const firstItem = unpivot.rows[0]?.item;
  const respondents = new Map<string, number>();
  for (const row of unpivot.rows) {
    if (row.item !== firstItem) continue;
    const key = `${String(row.authority_code)}/${String(row.role)}`;
    respondents.set(key, (respondents.get(key) ?? 0) + Number(row.n));
  }
  for (const row of histogram.rows) {
    if (respondents.get(`${String(row.authority_code)}/${String(row.role)}`) !== Number(row.n)) throw new Error('DuckDB: the two queries disagree');
  }
  return { unpivotMs: unpivot.ms, histogramMs: histogram.ms, respondents };
}

/** One form of the data: pulse and DuckDB on the same file, one after the other. */
async function compare(answers: AnswerForm): Promise<{ line: string; ok: boolean }> {
  const file = await ensureData(answers);
  const output = join(dir, `pulse-table-${answers}.json`);
  console.log(`\nAnswers as ${answers}: timing pulse table … (child process)`);
  const pulse = await runPulse(file, output);
  console.log(`  pulse:  ${seconds(pulse.ms)}, peak RSS ${pulse.peakMiB.toFixed(0)} MiB (${pulse.how})`);
  console.log('  timing DuckDB … (in memory, this process)');
  const items = allItems(likertOnly(getBuiltinInstrument(INSTRUMENT_ID))).map((item) => item.id);
  const duck = await runDuckDb(file, items);
  console.log(`  DuckDB: ${seconds(duck.unpivotMs)} (UNPIVOT), ${seconds(duck.histogramMs)} (histogram per column)`);

  const table = JSON.parse(readFileSync(output, 'utf8')) as { groups: { values: string[]; respondents: number | null }[] };
  const disagreements = table.groups.filter((g) => g.respondents !== null && duck.respondents.get(g.values.join('/')) !== g.respondents);
  const check = disagreements.length === 0 ? `the ${table.groups.length} groups have the same respondents in pulse and DuckDB` : `${disagreements.length} groups DIFFER`;
  if (!values['keep-output']) rmSync(output, { force: true });
  const ratio = (ms: number) => `${(pulse.ms / ms).toFixed(2)} (${pulse.ms < ms ? 'pulse faster' : 'pulse slower'})`;
  const line = `
Answers as ${answers} (${responses.toLocaleString('en-GB')} responses × 38 items, ${(statSync(file).size / 1e6).toFixed(0)} MB):
  pulse table --by authority,role --format json   ${seconds(pulse.ms)}   peak RSS ${pulse.peakMiB.toFixed(0)} MiB
  DuckDB read_csv + UNPIVOT + GROUP BY            ${seconds(duck.unpivotMs)}   ratio pulse / DuckDB ${ratio(duck.unpivotMs)}
  DuckDB read_csv + GROUP BY, histogram per item  ${seconds(duck.histogramMs)}   ratio pulse / DuckDB ${ratio(duck.histogramMs)}
  check: ${check}`;
  return { line, ok: disagreements.length === 0 };
}

async function main(): Promise<void> {
  const results = [];
  for (const form of forms) results.push(await compare(form));
  console.log(`\nResult${results.map((r) => r.line).join('\n')}`);
  if (results.some((r) => !r.ok)) process.exitCode = 1;
}

await main();
