import type { OptionSpec } from './command';

/** Options shared by several commands, so that they read the same everywhere. */

export const INSTRUMENT_OPTION: OptionSpec = {
  type: 'string',
  value: 'ID',
  description: 'Built-in instrument id (pulse, ofsted-2011-social-workers, ofsted-2011-managers) or an instrument JSON file.',
};

export const OUTPUT_OPTION: OptionSpec = {
  type: 'string',
  short: 'o',
  value: 'FILE',
  description: 'Write to FILE (its folder is created) instead of standard output.',
};

export const MIN_GROUP_OPTION: OptionSpec = {
  type: 'string',
  value: 'N',
  description: 'Minimum responses behind any figure shown (default 5; never below 3). Smaller groups read "fewer than N responses".',
};

/**
 * The `--format` option of a command that writes the given formats, the first being the default.
 *
 * @example
 * formatOptionSpec(['md', 'json', 'csv', 'html']).description // 'Output format: md (default), json, csv or html.'
 */
export function formatOptionSpec(formats: readonly string[]): OptionSpec {
  const [first, ...rest] = formats;
  const others = rest.length === 0 ? '' : rest.length === 1 ? ` or ${rest[0]}` : `, ${rest.slice(0, -1).join(', ')} or ${rest[rest.length - 1]}`;
  return { type: 'string', value: 'FORMAT', description: `Output format: ${first} (default)${others}.` };
}
