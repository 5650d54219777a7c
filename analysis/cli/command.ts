import type { CliIo } from './cli-io';

/** One option of a command, as `node:util` parseArgs takes it, with what `--help` prints. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** The placeholder after the option in help: `--instrument ID`. */
  value?: string;
  description: string;
}

/** A positional argument, for the usage line and help. */
export interface PositionalSpec {
  name: string;
  description: string;
  required: boolean;
}

/** The command line of one command after parsing: option values by name, and the positionals. */
export interface ParsedArgs {
  command: string;
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
  /** The arguments as given after the command name (for the run record's command line). */
  argv: string[];
}

/**
 * A `pulse` command: its name, help and options, and what it does. `run` throws a UsageError or
 * a DataError (see exit-codes.ts) to fail; returning means success.
 */
export interface Command {
  name: string;
  /** One line for the top-level help. */
  summary: string;
  /** What follows `pulse <name>` in the usage line, e.g. `FILE --instrument ID [options]`. */
  usage: string;
  /** Paragraphs printed under the usage line. */
  description: string[];
  positionals: PositionalSpec[];
  options: Record<string, OptionSpec>;
  examples: string[];
  run(args: ParsedArgs, io: CliIo): Promise<void>;
}
