import { parseArgs } from 'node:util';
import type { Command, ParsedArgs } from './command';
import { UsageError } from './exit-codes';

/** The options every command has. */
export const HELP_OPTION = { type: 'boolean', short: 'h', description: 'Show this help and exit.' } as const;

/** Rewrites node:util's parseArgs messages so that they name the option plainly. */
function usageMessage(error: Error & { code?: string }): string {
  const quoted = /'(-[^' ]+)/.exec(error.message)?.[1];
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${quoted ?? error.message}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (/does not take an argument/.test(error.message)) return `option ${quoted} does not take a value`;
      return `option ${quoted ?? ''} needs a value`.replace('  ', ' ');
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL': {
      const extra = /'([^']*)'/.exec(error.message)?.[1];
      return `unexpected argument ${extra === undefined ? '' : `"${extra}"`}`.trim();
    }
    default:
      return error.message;
  }
}

/**
 * The arguments with a negative number after an option that takes a value joined to it
 * (`--responses -5` → `--responses=-5`): node:util would take `-5` for an option, and the
 * command's own check then says which values are allowed.
 */
function joinNegativeValues(args: readonly string[], options: Record<string, { type: 'string' | 'boolean'; short?: string }>): string[] {
  const takesValue = (arg: string) =>
    arg.startsWith('--') ? options[arg.slice(2)]?.type === 'string' : Object.values(options).some((o) => o.type === 'string' && arg === `-${o.short}`);
  const joined: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const next = args[i + 1];
    if (next !== undefined && /^-\d/.test(next) && takesValue(arg)) {
      joined.push(`${arg}=${next}`);
      i++;
    } else joined.push(arg);
  }
  return joined;
}

/**
 * Parses a command's arguments strictly: unknown options, options without their value and
 * arguments beyond the command's positionals are usage errors naming the culprit. Missing
 * required positionals are reported too (unless `--help` is given).
 *
 * @example
 * parseCommandArgs(tableCommand, ['demo.csv', '--instrument', 'pulse']).values.instrument // 'pulse'
 * parseCommandArgs(tableCommand, ['demo.csv', '--bogus']) // throws UsageError('unknown option --bogus')
 */
export function parseCommandArgs(command: Command, args: readonly string[]): ParsedArgs & { help: boolean } {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = { help: { type: 'boolean', short: 'h' } };
  for (const [name, spec] of Object.entries(command.options)) {
    options[name] = spec.short ? { type: spec.type, short: spec.short } : { type: spec.type };
  }
  let parsed: { values: Record<string, string | boolean | (string | boolean)[] | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({ args: joinNegativeValues(args, options), options, allowPositionals: true, strict: true });
  } catch (error) {
    if (error instanceof TypeError) throw new UsageError(usageMessage(error), command.name);
    throw error;
  }
  const values: Record<string, string | boolean | undefined> = {};
  for (const [name, value] of Object.entries(parsed.values)) {
    values[name] = Array.isArray(value) ? value[value.length - 1] : value;
  }
  const help = values.help === true;
  delete values.help;
  if (!help) {
    const max = command.positionals.length;
    if (parsed.positionals.length > max) {
      throw new UsageError(`unexpected argument "${parsed.positionals[max]}"`, command.name);
    }
    const missing = command.positionals.slice(parsed.positionals.length).find((p) => p.required);
    if (missing) throw new UsageError(`missing argument ${missing.name}`, command.name);
  }
  return { command: command.name, values, positionals: parsed.positionals, argv: [...args], help };
}
