import type { Instrument } from '../../lib/instruments/schema';
import { TOOL } from './tool-version';

/** A file a run read: its name as given on the command line, its SHA-256 and its size. */
export interface InputRecord {
  /** What the file is to the run: `data`, `codebook`, `mapping`, `instrument`. */
  role: string;
  file: string;
  sha256: string;
  bytes: number;
}

/**
 * What is needed to rerun a command and check that the result is the same: the tool and its
 * version, the command, every input file with its SHA-256, the instrument and its version, every
 * option with the value used (defaults filled in), and the command line. It holds nothing that
 * changes from run to run (no clock time), so equal inputs and options give equal records.
 */
export interface RunRecord {
  tool: string;
  toolVersion: string;
  command: string;
  inputs: InputRecord[];
  instrument: { id: string; version: string; file: string | null } | null;
  options: Record<string, unknown>;
  commandLine: string;
}

/** Quotes an argument for a POSIX shell when it needs it. */
function shellQuote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

/**
 * Builds the run record of a command.
 *
 * @example
 * runRecord('table', argv, [data], { instrument: ofsted, file: undefined }, { by: ['authority'], rounding: 'half-up' })
 * // { tool: 'frontline-pulse', toolVersion: '0.1.0', command: 'table', inputs: [{ role: 'data', file: 'demo.csv', sha256: '…', bytes: 812345 }], … }
 */
export function runRecord(
  command: string,
  argv: readonly string[],
  inputs: InputRecord[],
  instrument: { instrument: Instrument; file?: string } | undefined,
  options: Record<string, unknown>,
): RunRecord {
  return {
    tool: TOOL.name,
    toolVersion: TOOL.version,
    command,
    inputs,
    instrument: instrument ? { id: instrument.instrument.id, version: instrument.instrument.version, file: instrument.file ?? null } : null,
    options,
    commandLine: ['pulse', command, ...argv].map(shellQuote).join(' '),
  };
}

/**
 * The run record as lines of text, for the foot of Markdown and HTML outputs.
 *
 * @example
 * describeRun(record) // ['Tool: frontline-pulse 0.1.0', 'Input (data): demo.csv, SHA-256 …', …]
 */
export function describeRun(record: RunRecord): string[] {
  const lines = [`Tool: ${record.tool} ${record.toolVersion}`];
  if (record.instrument) {
    lines.push(`Instrument: ${record.instrument.id} ${record.instrument.version}${record.instrument.file ? ` (from ${record.instrument.file})` : ''}`);
  }
  for (const input of record.inputs) lines.push(`Input (${input.role}): ${input.file}, ${input.bytes} bytes, SHA-256 ${input.sha256}`);
  const options = Object.entries(record.options)
    .map(([name, value]) => `${name} = ${Array.isArray(value) ? value.join(',') || '(none)' : value === null ? '(none)' : String(value)}`)
    .join('; ');
  lines.push(`Options: ${options}`);
  lines.push(`Command: ${record.commandLine}`);
  return lines;
}
