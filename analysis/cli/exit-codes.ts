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
