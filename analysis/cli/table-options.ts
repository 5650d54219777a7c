import type { TableOptions } from '../percentage-table';
import type { RoundingMethod } from '../rounding';
import type { OptionSpec, ParsedArgs } from './command';
import { MIN_GROUP_OPTION } from './common-options';
import { minGroupOption } from './min-group-option';
import { choiceOption, flagOption } from './option-values';

/** The options that shape a percentage table, shared by `table`, `crosstab` and `report`. */
export const TABLE_OPTION_SPECS: Record<string, OptionSpec> = {
  rounding: {
    type: 'string',
    value: 'RULE',
    description: 'half-up (default, as Annex A: rows may sum to 99–101) or largest-remainder (rows sum to exactly 100).',
  },
  base: {
    type: 'string',
    value: 'BASE',
    description: 'Who counts in n: answered (default, as Annex A: "Don\'t know" in, blanks out) or substantive ("Don\'t know" out too).',
  },
  'min-group': MIN_GROUP_OPTION,
};

/** `--net`, for `table` and `crosstab` (a report always has the nets). */
export const NET_OPTION: OptionSpec = { type: 'boolean', description: 'Add net agree (Strongly agree + Agree) and net disagree columns.' };

/** The table options as given, with defaults filled in, for the run record. */
export interface TableOptionValues {
  rounding: RoundingMethod;
  base: 'answered' | 'substantive';
  net: boolean;
  minGroup: number;
}

/**
 * Reads and checks the table options. A minimum group size below 3 is a usage error. `net` is
 * `--net`, unless the caller always shows the nets.
 *
 * @example
 * tableOptionValues(args) // { rounding: 'half-up', base: 'answered', net: false, minGroup: 5 }
 */
export function tableOptionValues(args: ParsedArgs, net = flagOption(args, 'net')): TableOptionValues {
  const rounding = choiceOption(args, 'rounding', ['half-up', 'largest-remainder'] as const, 'half-up');
  const base = choiceOption(args, 'base', ['answered', 'substantive'] as const, 'answered');
  const minGroup = minGroupOption(args);
  return { rounding, base, net, minGroup };
}

/**
 * The option values as `percentageTable` takes them.
 *
 * @example
 * percentageTable(counts, toTableOptions(values, 'none'))
 */
export function toTableOptions(values: TableOptionValues, benchmark: 'auto' | 'none'): TableOptions {
  return {
    rounding: { method: values.rounding },
    base: { nonSubstantive: values.base === 'answered' ? 'include' : 'exclude' },
    net: values.net,
    minGroupSize: values.minGroup,
    benchmark,
  };
}
