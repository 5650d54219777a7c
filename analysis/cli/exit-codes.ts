import type { ImportError } from '../../lib/io/imports/import-error';

/**
 * The `pulse` exit codes and the two kinds of failure behind them. Scripts rely on these numbers:
 * 0 success, 1 a usage error (the command line is wrong), 2 a data error (an input file is wrong).
 */
export const EXIT_OK = 0;
export const EXIT_USAGE = 1;
export const EXIT_DATA = 2;

/**
 * The command line is wrong: an unknown option, a missing argument, a value out of range. The
 * message names the option or argument; `command` says whose `--help` to point to.
 */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * An input file cannot be used: missing, unreadable or malformed. The message names the file and,
 * where the input allows, the line and column.
 */
export class DataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataError';
  }
}

/**
 * A reader's ImportError as the DataError of a command that reads a file for itself, not to
 * import it: "Cannot read FILE (2 problems):" and the problems with their lines and columns.
 *
 * @example
 * throw readingError(error) // DataError('Cannot read answers.csv (1 problem):\n  answers.csv, line 3, column C ("b"): "x" is not a number')
 */
export function readingError(error: ImportError): DataError {
  return new DataError(error.message.replace(/^Cannot import/, 'Cannot read').replace('; nothing was imported', ''));
}
