import type { ParsedArgs } from './command';
import { UsageError } from './exit-codes';

/**
 * Reading option values with checks: every failure is a UsageError that names the option and
 * says what it accepts.
 */

/**
 * A string option's value, or undefined when it was not given.
 *
 * @example
 * stringOption(args, 'instrument') // 'pulse'
 */
export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === 'string' ? value : undefined;
}

/**
 * A string option that must be given.
 *
 * @example
 * requiredOption(args, 'instrument') // throws UsageError('missing required option --instrument') when absent
 */
export function requiredOption(args: ParsedArgs, name: string, hint?: string): string {
  const value = stringOption(args, name);
  if (value === undefined || value === '') {
    throw new UsageError(`missing required option --${name}${hint ? ` (${hint})` : ''}`, args.command);
  }
  return value;
}

/** Whether a boolean option was given. */
export function flagOption(args: ParsedArgs, name: string): boolean {
  return args.values[name] === true;
}

/**
 * One of a fixed set of values.
 *
 * @example
 * choiceOption(args, 'rounding', ['half-up', 'largest-remainder'], 'half-up') // 'half-up' when not given
 */
export function choiceOption<T extends string>(args: ParsedArgs, name: string, choices: readonly T[], fallback: T): T;
export function choiceOption<T extends string>(args: ParsedArgs, name: string, choices: readonly T[], fallback?: undefined): T | undefined;
export function choiceOption<T extends string>(args: ParsedArgs, name: string, choices: readonly T[], fallback?: T): T | undefined {
  const value = stringOption(args, name);
  if (value === undefined) return fallback;
  if (!(choices as readonly string[]).includes(value)) {
    throw new UsageError(`--${name} must be ${choices.join(' or ')}, not "${value}"`, args.command);
  }
  return value as T;
}

/**
 * A whole number within bounds.
 *
 * @example
 * integerOption(args, 'min-group', 5, { min: 3 }) // 5 when not given
 */
export function integerOption(args: ParsedArgs, name: string, fallback: number, bounds: { min?: number; max?: number } = {}): number {
  const value = stringOption(args, name);
  if (value === undefined) return fallback;
  const number = /^[+-]?\d+$/.test(value.trim()) ? Number(value) : Number.NaN;
  const { min, max } = bounds;
  if (!Number.isSafeInteger(number) || (min !== undefined && number < min) || (max !== undefined && number > max)) {
    const range = min !== undefined && max !== undefined ? ` from ${min} to ${max}` : min !== undefined ? ` of at least ${min}` : max !== undefined ? ` of at most ${max}` : '';
    throw new UsageError(`--${name} must be a whole number${range}, not "${value}"`, args.command);
  }
  return number;
}

/**
 * A comma-separated list, trimmed, without empty entries or repeats.
 *
 * @example
 * listOption(args, 'by') // ['authority', 'role'] for --by authority,role
 */
export function listOption(args: ParsedArgs, name: string): string[] | undefined {
  const value = stringOption(args, name);
  if (value === undefined) return undefined;
  const list = value.split(',').map((part) => part.trim()).filter((part) => part !== '');
  if (list.length === 0) throw new UsageError(`--${name} needs at least one value`, args.command);
  const repeated = list.find((part, i) => list.indexOf(part) !== i);
  if (repeated) throw new UsageError(`--${name} names "${repeated}" twice`, args.command);
  return list;
}

/**
 * A scale range written `MIN..MAX`, e.g. `1..6`.
 *
 * @example
 * rangeOption(args, 'range') // { min: 1, max: 6 }
 */
export function rangeOption(args: ParsedArgs, name: string): { min: number; max: number } | undefined {
  const value = stringOption(args, name);
  if (value === undefined) return undefined;
  const match = /^\s*(-?\d+(?:\.\d+)?)\s*\.\.\s*(-?\d+(?:\.\d+)?)\s*$/.exec(value);
  const min = Number(match?.[1]);
  const max = Number(match?.[2]);
  if (!match || !(min < max)) throw new UsageError(`--${name} must be a range such as 1..6 (lowest..highest), not "${value}"`, args.command);
  return { min, max };
}
