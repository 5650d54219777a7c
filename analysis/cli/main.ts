import { DisclosureSettingError } from '../disclosure';
import { ImportError } from '../../lib/io/imports/import-error';
import type { CliIo } from './cli-io';
import type { Command } from './command';
import { DataError, EXIT_DATA, EXIT_OK, EXIT_USAGE, UsageError } from './exit-codes';
import { commandHelp, topLevelHelp } from './help';
import { parseCommandArgs } from './parse-command-args';
import { TOOL } from './tool-version';
import { writeToStream } from './write-output';

/**
 * Every command, in the order the help lists them, each loaded only when needed (so that one
 * command does not pay for loading the others).
 */
const COMMAND_MODULES: Record<string, () => Promise<Command>> = {
  table: async () => (await import('./commands/table')).tableCommand,
  trend: async () => (await import('./commands/trend')).trendCommand,
  alpha: async () => (await import('./commands/alpha')).alphaCommand,
  crosstab: async () => (await import('./commands/crosstab')).crosstabCommand,
  themes: async () => (await import('./commands/themes')).themesCommand,
  report: async () => (await import('./commands/report')).reportCommand,
  import: async () => (await import('./commands/import')).importCommand,
  instruments: async () => (await import('./commands/instruments')).instrumentsCommand,
  demo: async () => (await import('./commands/demo')).demoCommand,
};

/** The command names, in the order the help lists them. */
const COMMAND_NAMES: readonly string[] = Object.keys(COMMAND_MODULES);

/**
 * Every command's definition (name, help, options), in order.
 *
 * @example
 * (await loadCommands()).map((c) => c.name) // ['table', 'trend', …]
 */
export async function loadCommands(): Promise<Command[]> {
  return Promise.all(COMMAND_NAMES.map((name) => COMMAND_MODULES[name]!()));
}

/** Exit status for an error no command expected (a bug): distinct from usage and data errors. */
const EXIT_INTERNAL = 70;

/**
 * Runs `pulse` with the arguments after the program name and returns the exit status: 0 on
 * success, 1 for a usage error, 2 for a data error. Messages go to stderr, results to stdout (or
 * the file given with --output).
 *
 * @example
 * process.exitCode = await runCli(['table', 'demo.csv', '--instrument', 'pulse'], processIo());
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    await writeToStream(io.stderr, `${topLevelHelp(await loadCommands())}\npulse: missing command\n`);
    return EXIT_USAGE;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' && rest[0] !== undefined ? COMMAND_MODULES[rest[0]] : undefined;
    await writeToStream(io.stdout, topic ? commandHelp(await topic()) : topLevelHelp(await loadCommands()));
    return EXIT_OK;
  }
  if (name === '--version' || name === '-v') {
    await writeToStream(io.stdout, `${TOOL.version}\n`);
    return EXIT_OK;
  }
  const load = Object.hasOwn(COMMAND_MODULES, name) ? COMMAND_MODULES[name] : undefined;
  if (!load) {
    const what = name.startsWith('-') ? `unknown option ${name}` : `unknown command "${name}"`;
    await writeToStream(io.stderr, `pulse: ${what} (commands: ${COMMAND_NAMES.join(', ')}). Run "pulse --help".\n`);
    return EXIT_USAGE;
  }
  const command = await load();
  try {
    const args = parseCommandArgs(command, rest);
    if (args.help) {
      await writeToStream(io.stdout, commandHelp(command));
      return EXIT_OK;
    }
    await command.run(args, io);
    return EXIT_OK;
  } catch (error) {
    if (error instanceof UsageError || error instanceof DisclosureSettingError) {
      await writeToStream(io.stderr, `pulse ${command.name}: ${error.message}\nRun "pulse ${command.name} --help" for usage.\n`);
      return EXIT_USAGE;
    }
    if (error instanceof DataError || error instanceof ImportError) {
      await writeToStream(io.stderr, `pulse ${command.name}: ${error.message}\n`);
      return EXIT_DATA;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    await writeToStream(io.stderr, `pulse ${command.name}: internal error (please report it):\n${detail}\n`);
    return EXIT_INTERNAL;
  }
}
