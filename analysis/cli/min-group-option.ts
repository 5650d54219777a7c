import { checkMinGroupSize, DEFAULT_MIN_GROUP_SIZE, DisclosureSettingError } from '../disclosure';
import type { ParsedArgs } from './command';
import { UsageError } from './exit-codes';
import { integerOption } from './option-values';

/**
 * A minimum group size option (`--min-group`, `--min-comments`): a whole number, never below 3
 * (the rule of `analysis/disclosure.ts`); anything else is a usage error naming the option.
 *
 * @example
 * minGroupOption(args) // 5 when --min-group is not given
 * minGroupOption(args, 'min-comments', 10)
 */
export function minGroupOption(args: ParsedArgs, name = 'min-group', fallback = DEFAULT_MIN_GROUP_SIZE): number {
  const value = integerOption(args, name, fallback);
  try {
    return checkMinGroupSize(value, `--${name}`);
  } catch (error) {
    if (error instanceof DisclosureSettingError) throw new UsageError(error.message, args.command);
    throw error;
  }
}
