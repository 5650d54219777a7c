import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { canonicalCsvChunks } from '../../../lib/io/canonical-csv-writer';
import { DEFAULT_DEMO_OPTIONS, generateDemoResponses, MAX_DEMO_AUTHORITIES, resolveDemoOptions, type DemoOptions } from '../../demo';
import { writeDemoCsv } from '../../demo/write-demo-csv';
import type { Command } from '../command';
import { INSTRUMENT_OPTION, OUTPUT_OPTION } from '../common-options';
import { UsageError } from '../exit-codes';
import { resolveInstrument } from '../instrument-option';
import { choiceOption, integerOption, stringOption } from '../option-values';
import { writeToStream } from '../write-output';

/** `pulse demo`: seeded synthetic responses as canonical CSV. */
export const demoCommand: Command = {
  name: 'demo',
  summary: 'Seeded synthetic responses to an instrument (many authorities, many weeks) as canonical CSV.',
  usage: '--instrument ID [--seed N] [--responses N] [--authorities N] [--weeks N] [--start YYYY-MM-DD] [--answers labels|codes] [-o FILE]',
  description: [
    'Writes fictional responses for demonstrations, tests and benchmarks: fictional authorities of different sizes, teams, both roles where the instrument has them, weekly drift, some blanks, some "Don\'t know" and neutral comments. The same options always give the same file.',
  ],
  positionals: [],
  options: {
    instrument: INSTRUMENT_OPTION,
    seed: { type: 'string', value: 'N', description: `Random seed (default ${DEFAULT_DEMO_OPTIONS.seed}).` },
    responses: { type: 'string', value: 'N', description: `Number of responses (default ${DEFAULT_DEMO_OPTIONS.responses}).` },
    authorities: { type: 'string', value: 'N', description: `Number of fictional authorities, 1–${MAX_DEMO_AUTHORITIES} (default ${DEFAULT_DEMO_OPTIONS.authorities}).` },
    weeks: { type: 'string', value: 'N', description: `Number of consecutive ISO weeks (default ${DEFAULT_DEMO_OPTIONS.weeks}).` },
    start: { type: 'string', value: 'DATE', description: `A date in the first week (default ${DEFAULT_DEMO_OPTIONS.startDate}).` },
    answers: { type: 'string', value: 'FORM', description: 'Write answers as labels (default) or codes (smaller files).' },
    output: OUTPUT_OPTION,
  },
  examples: [
    'pulse demo --instrument ofsted-2011-social-workers --seed 1 --responses 4000 --authorities 12 --weeks 26 -o demo.csv',
    'pulse demo --instrument pulse --responses 500 > pulse-demo.csv',
  ],
  async run(args, io) {
    const { instrument } = resolveInstrument(args, io);
    const options: Partial<DemoOptions> = {
      seed: integerOption(args, 'seed', DEFAULT_DEMO_OPTIONS.seed),
      responses: integerOption(args, 'responses', DEFAULT_DEMO_OPTIONS.responses, { min: 0 }),
      authorities: integerOption(args, 'authorities', DEFAULT_DEMO_OPTIONS.authorities, { min: 1, max: MAX_DEMO_AUTHORITIES }),
      weeks: integerOption(args, 'weeks', DEFAULT_DEMO_OPTIONS.weeks, { min: 1 }),
      startDate: stringOption(args, 'start') ?? DEFAULT_DEMO_OPTIONS.startDate,
    };
    try {
      resolveDemoOptions(options);
    } catch (error) {
      if (error instanceof RangeError) throw new UsageError(error.message, args.command);
      throw error;
    }
    const format = choiceOption(args, 'answers', ['labels', 'codes'] as const, 'labels');
    const output = stringOption(args, 'output');
    if (output !== undefined) {
      const path = resolve(io.cwd, output);
      mkdirSync(dirname(path), { recursive: true });
      await writeDemoCsv(path, instrument, options, format);
      return;
    }
    for (const chunk of canonicalCsvChunks([instrument], generateDemoResponses(instrument, options), { answers: format })) {
      await writeToStream(io.stdout, chunk);
    }
  },
};
