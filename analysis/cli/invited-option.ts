import { readInvitedCounts } from '../../lib/io/invited-counts';
import { ImportError, type ImportProblem } from '../../lib/io/imports/import-error';
import { sortedGroups, type CountsAccumulator } from '../group-counts';
import type { PercentageTable } from '../percentage-table';
import { responseRates, type ResponseRate } from '../response-rates';
import type { OptionSpec, ParsedArgs } from './command';
import type { CliIo } from './cli-io';
import { readingError, UsageError } from './exit-codes';
import { readWholeInput } from './input-file';
import { stringOption } from './option-values';
import type { InputRecord } from './run-record';

export const INVITED_OPTION: OptionSpec = {
  type: 'string',
  value: 'FILE',
  description: 'Staff invited per authority (CSV with the columns authority_code and invited): adds response rates with 95% Wilson intervals.',
};

/** Response rates per authority and for all, with the invited file they came from. */
export interface InvitedRates {
  file: string;
  record: InputRecord;
  authorities: ResponseRate[];
  total: ResponseRate;
}

/**
 * The response rates asked for with `--invited FILE`, for a table broken down by authority alone.
 * The file is checked against the responses counted: an authority code with no responses, fewer
 * invited than responded, or a responding authority missing from the file is a DataError naming
 * the file, line and column.
 *
 * @example
 * const rates = invitedRates(args, io, 'demo.csv', table, counts); // undefined without --invited
 */
export function invitedRates(args: ParsedArgs, io: CliIo, dataFile: string, table: PercentageTable, counts: CountsAccumulator): InvitedRates | undefined {
  const file = stringOption(args, 'invited');
  if (file === undefined) return undefined;
  if (table.groupBy.length !== 1 || table.groupBy[0] !== 'authority') {
    throw new UsageError('--invited needs the table broken down by authority alone (--by authority, or --authority CODE)', args.command);
  }
  const whole = readWholeInput(io, file, 'invited');
  const responded = new Map(sortedGroups(counts).map((g) => [g.values[0]!, g]));
  const problems: ImportProblem[] = [];
  let invited;
  try {
    invited = readInvitedCounts(new TextDecoder('utf-8').decode(whole.bytes), file);
  } catch (error) {
    if (error instanceof ImportError) throw readingError(error);
    throw error;
  }
  for (const { code, invited: count, line } of invited.entries) {
    const group = responded.get(code);
    if (!group) problems.push({ file, line, column: invited.columns.code, message: `unknown authority code "${code}": no responses from it in ${dataFile}` });
    else if (count < group.respondents) problems.push({ file, line, column: invited.columns.invited, message: `fewer invited (${count}) than responded for authority "${code}"` });
  }
  const listed = new Set(invited.entries.map((entry) => entry.code));
  for (const [code, group] of responded) {
    if (!listed.has(code)) problems.push({ file, message: `no invited count for authority "${code}" (${group.labels[0]}), which has responses in ${dataFile}` });
  }
  if (problems.length > 0) throw readingError(new ImportError(problems));
  const groups = table.columns.map((column) => ({ code: column.values[0]!, label: column.label, respondents: column.respondents }));
  const rates = responseRates(groups, new Map(invited.entries.map((entry) => [entry.code, entry.invited])), table.total.respondents, table.settings.minGroupSize, {
    totalLabel: table.total.label,
  });
  return { file, record: whole.record, ...rates };
}
