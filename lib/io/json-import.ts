import { answerProblem } from '../instruments/answers';
import { BUILTIN_INSTRUMENTS } from '../instruments/builtin';
import { findItem } from '../instruments/items';
import type { SurveyResponse } from '../instruments/response';
import { isRole } from '../instruments/roles';
import type { Instrument } from '../instruments/schema';
import { ImportError, type ImportProblem } from './imports/import-error';
import { JSON_EXPORT_FORMAT, JSON_EXPORT_VERSION } from './json-export';
import { parseJson } from './parse-json';

const TEXT_FIELDS = ['responseId', 'instrumentId', 'instrumentVersion', 'submittedAt', 'authorityCode', 'authorityName', 'team'] as const;

/**
 * Reads a worker's JSON export (`toJsonExport`) back into responses, checking every field and
 * answer. Problems name the file and the JSON path (`responses[3].answers.week_overall`); a file
 * with any problem is refused whole.
 *
 * @example
 * parseJsonExport(text, 'my-responses.json') // SurveyResponse[]
 */
export function parseJsonExport(text: string, file: string, instruments: readonly Instrument[] = BUILTIN_INSTRUMENTS): SurveyResponse[] {
  const parsed = parseJson(text);
  if (!parsed.ok) throw new ImportError([{ file, ...parsed.problem }]);
  const data = parsed.value;
  const root = data as { format?: unknown; version?: unknown; responses?: unknown };
  if (root?.format !== JSON_EXPORT_FORMAT || root.version !== JSON_EXPORT_VERSION || !Array.isArray(root.responses)) {
    throw new ImportError([{ file, message: `not a Frontline Pulse export: expected "format": "${JSON_EXPORT_FORMAT}", "version": ${JSON_EXPORT_VERSION} and a "responses" list` }]);
  }
  const problems: ImportProblem[] = [];
  const seen = new Set<string>();
  const responses = root.responses.map((raw: Record<string, unknown>, index: number) => {
    const at = (path: string) => `responses[${index}]${path}`;
    const problem = (path: string, message: string) => problems.push({ file, column: at(path), message });
    for (const field of TEXT_FIELDS) if (typeof raw?.[field] !== 'string') problem(`.${field}`, 'missing or not text');
    if (!isRole(raw?.role)) problem('.role', `not a role ("social_worker" or "manager")`);
    if (typeof raw?.submittedAt === 'string' && Number.isNaN(Date.parse(raw.submittedAt))) problem('.submittedAt', 'not an ISO 8601 time');
    if (typeof raw?.responseId === 'string') {
      if (seen.has(raw.responseId)) problem('.responseId', `response "${raw.responseId}" appears twice`);
      seen.add(raw.responseId);
    }
    const instrument = instruments.find((i) => i.id === raw?.instrumentId);
    if (!instrument) problem('.instrumentId', `unknown instrument "${String(raw?.instrumentId)}"`);
    const answers = raw?.answers;
    if (!answers || typeof answers !== 'object' || Array.isArray(answers)) problem('.answers', 'missing or not a set of answers');
    else if (instrument) {
      for (const [itemId, value] of Object.entries(answers)) {
        const item = findItem(instrument, itemId);
        const wrong = item ? answerProblem(instrument, item, value) : `unknown item for instrument "${instrument.id}"`;
        if (wrong) problem(`.answers.${itemId}`, wrong);
      }
    }
    return raw as unknown as SurveyResponse;
  });
  if (problems.length > 0) throw new ImportError(problems);
  return responses;
}
