import { resolve } from 'node:path';
import { BUILTIN_INSTRUMENTS } from '../../../lib/instruments/builtin';
import { allItems, scaleOf, sectionHeading, statement } from '../../../lib/instruments/items';
import type { Instrument } from '../../../lib/instruments/schema';
import type { Command } from '../command';
import { formatOptionSpec, OUTPUT_OPTION } from '../common-options';
import { UsageError } from '../exit-codes';
import { readInstrumentFile } from '../instrument-option';
import { choiceOption, stringOption } from '../option-values';
import { writeOutput } from '../write-output';
import { markdownLine } from '../../report/markdown-line';

const FORMATS = ['md', 'json'] as const;

function listMarkdown(instruments: readonly Instrument[]): string {
  const lines = ['| id | version | title | items | roles |', '| --- | --- | --- | --- | --- |'];
  for (const i of instruments) {
    lines.push(`| ${i.id} | ${i.version} | ${i.title} | ${allItems(i).length} | ${i.roles.join(', ')} |`);
  }
  return `${lines.join('\n')}\n`;
}

function showMarkdown(instrument: Instrument): string {
  const role = instrument.roles.length === 1 ? instrument.roles[0] : undefined;
  const out = [`## ${instrument.title}`, '', `id \`${instrument.id}\`, version ${instrument.version}; for ${instrument.roles.join(', ')}; group label "${instrument.groupLabel}".`];
  if (instrument.description) out.push('', instrument.description);
  if (instrument.source) out.push('', `Source: ${instrument.source}`);
  out.push('', '### Scales', '');
  for (const scale of instrument.scales) {
    out.push(`- \`${scale.id}\`: ${scale.options.map((o) => `${o.code} = ${o.label}${o.substantive ? '' : ' (not substantive)'}`).join('; ')}`);
  }
  for (const section of instrument.sections) {
    out.push('', `### ${sectionHeading(section, role) ?? `(section ${section.id})`}`, '', '| item id | type | scale | statement |', '| --- | --- | --- | --- |');
    for (const item of section.items) {
      const scale = scaleOf(instrument, item)?.id ?? '';
      out.push(markdownLine([item.id, `${item.type}${item.required ? ' (required)' : ''}`, scale, statement(item, role)]));
    }
  }
  return `${out.join('\n')}\n`;
}

/** `pulse instruments`: lists the built-in instruments, or shows one. */
export const instrumentsCommand: Command = {
  name: 'instruments',
  summary: 'List the built-in instruments, or show one (items, scales, codes).',
  usage: '[show ID|FILE] [--format md|json] [-o FILE]',
  description: [
    'Without arguments: the built-in instruments with their versions and item counts. With "show ID": one instrument\'s sections, items (ids, types, scales, statements) and scale codes; ID may also be an instrument JSON file, which is then validated.',
  ],
  positionals: [
    { name: 'show', description: 'The word "show", to show one instrument.', required: false },
    { name: 'ID', description: 'Built-in instrument id or instrument JSON file.', required: false },
  ],
  options: { format: formatOptionSpec(FORMATS), output: OUTPUT_OPTION },
  examples: ['pulse instruments', 'pulse instruments show pulse', 'pulse instruments show ofsted-2011-managers --format json'],
  async run(args, io) {
    const format = choiceOption(args, 'format', FORMATS, 'md');
    const [verb, id] = args.positionals;
    let content: string;
    if (verb === undefined) {
      content =
        format === 'json'
          ? `${JSON.stringify(BUILTIN_INSTRUMENTS.map((i) => ({ id: i.id, version: i.version, title: i.title, roles: i.roles, items: allItems(i).length })), null, 2)}\n`
          : listMarkdown(BUILTIN_INSTRUMENTS);
    } else {
      if (verb !== 'show') throw new UsageError(`unknown sub-command "${verb}" (use "show ID")`, args.command);
      if (id === undefined) throw new UsageError('missing argument ID after "show"', args.command);
      const instrument =
        BUILTIN_INSTRUMENTS.find((i) => i.id === id) ??
        (/\.json$/i.test(id) ? readInstrumentFile(resolve(io.cwd, id), id) : undefined);
      if (!instrument) {
        throw new UsageError(`"${id}" is neither a built-in instrument (${BUILTIN_INSTRUMENTS.map((i) => i.id).join(', ')}) nor a .json file`, args.command);
      }
      content = format === 'json' ? `${JSON.stringify(instrument, null, 2)}\n` : showMarkdown(instrument);
    }
    await writeOutput(io, stringOption(args, 'output'), content);
  },
};
