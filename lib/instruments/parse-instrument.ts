import type { ZodError } from 'zod';
import { instrumentSchema, type Instrument } from './schema';

/** Thrown when an instrument does not match the schema; the message names every bad field. */
export class InvalidInstrumentError extends Error {
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    super(`Invalid instrument ${source}: ${problems.join('; ')}`);
    this.name = 'InvalidInstrumentError';
  }
}

/** Formats a zod issue path as `sections[2].items[0].scale`. */
function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

export function describeIssues(error: ZodError): string[] {
  return error.issues.map((issue) => `${formatPath(issue.path) || '(root)'}: ${issue.message}`);
}

/**
 * Validates unknown data as an instrument and fills in defaults.
 *
 * @example
 * parseInstrument(JSON.parse(text), 'my-survey.json') // throws InvalidInstrumentError naming the field
 */
export function parseInstrument(data: unknown, source = '(instrument)'): Instrument {
  const result = instrumentSchema.safeParse(data);
  if (!result.success) throw new InvalidInstrumentError(source, describeIssues(result.error));
  return result.data;
}
