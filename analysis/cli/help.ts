import type { Command } from './command';
import { HELP_OPTION } from './parse-command-args';
import { TOOL } from './tool-version';

const WIDTH = 100;

/** Wraps text to the help width with a hanging indent. */
function wrap(text: string, indent: number, first = indent): string {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let width = WIDTH - first;
  for (const word of words) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
      width = WIDTH - indent;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.map((l, i) => (i === 0 ? l : `${' '.repeat(indent)}${l}`)).join('\n');
}

/**
 * The `--help` text of one command: usage, description, arguments, options, examples.
 *
 * @example
 * commandHelp(tableCommand) // 'Usage: pulse table FILE --instrument ID …'
 */
export function commandHelp(command: Command): string {
  const out = [wrap(`Usage: pulse ${command.name} ${command.usage}`, 6, 0), '', ...command.description.flatMap((p) => [wrap(p, 0, 0), ''])];
  if (command.positionals.length > 0) {
    out.push('Arguments:');
    for (const p of command.positionals) out.push(`  ${p.name.padEnd(24)}${wrap(p.description, 26, 26)}`);
    out.push('');
  }
  out.push('Options:');
  const options = { ...command.options, help: { ...HELP_OPTION } };
  for (const [name, spec] of Object.entries(options)) {
    const flag = `${'short' in spec && spec.short ? `-${spec.short}, ` : '    '}--${name}${'value' in spec && spec.value ? ` ${spec.value}` : ''}`;
    const label = `  ${flag}`;
    out.push(label.length < 26 ? `${label.padEnd(26)}${wrap(spec.description, 26, 26)}` : `${label}\n${' '.repeat(26)}${wrap(spec.description, 26, 26)}`);
  }
  if (command.examples.length > 0) out.push('', 'Examples:', ...command.examples.map((e) => `  ${e}`));
  out.push('', 'Exit status: 0 success, 1 usage error, 2 data error (the message names file, line and column).');
  return `${out.join('\n')}\n`;
}

/**
 * The top-level help: every command with its one-line summary.
 *
 * @example
 * topLevelHelp(COMMANDS) // 'pulse — Frontline Pulse analysis …'
 */
export function topLevelHelp(commands: readonly Command[]): string {
  const out = [
    `pulse ${TOOL.version}: Frontline Pulse analysis. Ofsted-style tables, trends, statistics, imports and reports from canonical responses CSV.`,
    '',
    'Usage: pulse <command> [arguments] [options]',
    '       pulse <command> --help',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(13)}${wrap(c.summary, 15, 15)}`),
    '',
    'Options:',
    '  -h, --help   Show this help (or a command\'s help after the command).',
    '  --version    Print the version.',
    '',
    'Output is the same, byte for byte, for the same input and options; JSON and reports record the tool version, the instrument and its version, the SHA-256 of each input file and every option. Groups with fewer than 5 responses (10 for free-text comments) are never shown.',
    '',
    'Exit status: 0 success, 1 usage error, 2 data error.',
  ];
  const lines = out.join('\n').split('\n');
  return `${lines.map((line) => (line.length > WIDTH ? wrap(line, 0, 0) : line)).join('\n')}\n`;
}
