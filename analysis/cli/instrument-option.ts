import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BUILTIN_INSTRUMENTS } from '../../lib/instruments/builtin';
import { InvalidInstrumentError, parseInstrument } from '../../lib/instruments/parse-instrument';
import type { Instrument } from '../../lib/instruments/schema';
import { parseJson } from '../../lib/io/parse-json';
import type { CliIo } from './cli-io';
import type { ParsedArgs } from './command';
import { DataError, UsageError } from './exit-codes';
import { requiredOption } from './option-values';

/** The instrument a run uses, and where it came from (for the run record). */
export interface ResolvedInstrument {
  instrument: Instrument;
  /** The built-in instruments, with this one in place of a built-in of the same id. */
  known: Instrument[];
  /** The instrument file, when `--instrument` named one. */
  file?: string;
}

function looksLikeFile(value: string): boolean {
  return /\.json$/i.test(value) || value.includes('/') || value.includes('\\');
}

/**
 * Reads an instrument from a JSON file (validated like the built-ins). A missing file, bad JSON
 * or an invalid instrument is a DataError naming the file (and the line, or the bad field).
 */
export function readInstrumentFile(path: string, shown: string): Instrument {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new DataError(`${shown}: cannot read the instrument file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const parsed = parseJson(text);
  if (!parsed.ok) throw new DataError(`${shown}${parsed.problem.line === undefined ? '' : `, line ${parsed.problem.line}`}: ${parsed.problem.message}`);
  const data = parsed.value;
  try {
    return parseInstrument(data, shown);
  } catch (error) {
    if (error instanceof InvalidInstrumentError) throw new DataError(error.message);
    throw error;
  }
}

/**
 * The instrument named by `--instrument`: a built-in id (`pulse`, `ofsted-2011-social-workers`,
 * `ofsted-2011-managers`) or the path of an instrument JSON file.
 *
 * @example
 * resolveInstrument(args, io).instrument.id // 'ofsted-2011-social-workers'
 */
export function resolveInstrument(args: ParsedArgs, io: CliIo, option = 'instrument'): ResolvedInstrument {
  const value = requiredOption(args, option, `a built-in id (${BUILTIN_INSTRUMENTS.map((i) => i.id).join(', ')}) or an instrument JSON file`);
  const builtin = BUILTIN_INSTRUMENTS.find((instrument) => instrument.id === value);
  if (builtin && !looksLikeFile(value)) return { instrument: builtin, known: [...BUILTIN_INSTRUMENTS] };
  if (!looksLikeFile(value)) {
    throw new UsageError(
      `--${option} "${value}" is neither a built-in instrument (${BUILTIN_INSTRUMENTS.map((i) => i.id).join(', ')}) nor a .json file`,
      args.command,
    );
  }
  const instrument = readInstrumentFile(resolve(io.cwd, value), value);
  return { instrument, known: [...BUILTIN_INSTRUMENTS.filter((i) => i.id !== instrument.id), instrument], file: value };
}
