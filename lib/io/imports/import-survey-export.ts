import { answerProblem, type Answers } from '../../instruments/answers';
import type { SurveyResponse } from '../../instruments/response';
import { ROLES, type Role } from '../../instruments/roles';
import type { Instrument } from '../../instruments/schema';
import { readCsvRows, type CsvRow } from '../csv-rows';
import { detectFormat } from './detect-format';
import { parseExportTimestamp } from './export-timestamp';
import { readGoogleForms } from './google-forms';
import { parseAnswerCell } from './import-answer';
import { describeColumn, ImportError, type ImportProblem } from './import-error';
import type { ImportMapping, ProfileTarget } from './import-mapping';
import type { ImportReport } from './import-report';
import { foldAnswer } from './normalise-text';
import { parseRole } from './profile-value';
import { readQualtrics } from './qualtrics';
import { readQualtricsLegacy } from './qualtrics-legacy';
import { resolveColumns, type ColumnTarget } from './resolve-columns';
import { importedResponseId } from './response-id';
import { IMPORT_FORMATS, type ImportFormat, type SourceTable } from './source-table';
import { readSurveyMonkey } from './surveymonkey';

export interface ImportOptions {
  /** The file's name: used in every error and in the report. */
  file: string;
  /** The instrument the answers belong to. */
  instrument: Instrument;
  /** A mapping file, read with `parseImportMapping`; without one, columns are matched by item wording. */
  mapping?: ImportMapping;
  /** The tool that wrote the file; detected from the header when left out. */
  format?: ImportFormat;
  /** Profile for rows whose columns do not give one (e.g. `--authority`). */
  authorityCode?: string;
  authorityName?: string;
  role?: Role;
  team?: string;
  /** ISO 8601 time for rows with no submission time (SurveyMonkey exports without dates). */
  submittedAt?: string;
  /** IANA time zone for timestamps written without one. Default `UTC`. */
  timeZone?: string;
  /** Day/month order of `01/02/2025` dates; default: the tool's (MDY Qualtrics and SurveyMonkey, DMY Google Sheets). */
  dateOrder?: 'DMY' | 'MDY';
}

export interface ImportResult {
  responses: SurveyResponse[];
  report: ImportReport;
}

const READERS: Record<ImportFormat, (rows: readonly CsvRow[]) => SourceTable> = {
  qualtrics: readQualtrics,
  'qualtrics-legacy': readQualtricsLegacy,
  surveymonkey: readSurveyMonkey,
  'google-forms': readGoogleForms,
};

/** Checks the caller's options once, before any row is read. */
function optionProblems(options: ImportOptions): ImportProblem[] {
  const { file, instrument } = options;
  const problems: ImportProblem[] = [];
  if (options.role !== undefined && !instrument.roles.includes(options.role)) {
    problems.push({ file, message: `role "${options.role}" is not one ${instrument.id} is for (${instrument.roles.join(', ')})` });
  }
  if (options.submittedAt !== undefined && Number.isNaN(Date.parse(options.submittedAt))) {
    problems.push({ file, message: `the default submission time "${options.submittedAt}" is not an ISO 8601 date` });
  }
  if (options.timeZone !== undefined) {
    try {
      new Intl.DateTimeFormat('en-GB', { timeZone: options.timeZone });
    } catch {
      problems.push({ file, message: `"${options.timeZone}" is not a time zone (use an IANA name such as Europe/London)` });
    }
  }
  return problems;
}

/**
 * Imports another survey tool's CSV export as canonical responses to an instrument. The format
 * (Qualtrics, legacy Qualtrics, SurveyMonkey, Google Forms) is detected from the header; columns go
 * to items by a mapping file or by item wording; personal columns (names, e-mails, IP addresses,
 * locations…) are dropped and listed. Answers may be labels (any case) or codes.
 *
 * All or nothing: every problem in the file is collected and thrown as one {@link ImportError}
 * naming file, line and column; no responses are returned unless the whole file is good.
 *
 * @example
 * const { responses, report } = importSurveyExport(text, { file: 'pulse.csv', instrument: pulse, authorityCode: 'NSH' });
 * report.droppedPersonalColumns // ['Email address']
 */
export function importSurveyExport(text: string, options: ImportOptions): ImportResult {
  const { file, instrument } = options;
  const optionIssues = optionProblems(options);
  if (optionIssues.length > 0) throw new ImportError(optionIssues);

  const rows = readCsvRows(text, file);
  const format = options.format ?? detectFormat(rows);
  if (!format) {
    throw new ImportError([
      {
        file,
        line: 1,
        message: `not an export this tool can read (${IMPORT_FORMATS.join(', ')}): expected Qualtrics' {"ImportId":…} third header row, a legacy Qualtrics V1… header, SurveyMonkey's "Respondent ID" with a Response row, or Google Forms' "Timestamp" column`,
      },
    ]);
  }
  const table = READERS[format](rows);
  if (rows.length < table.headerRows) {
    throw new ImportError([{ file, line: rows.at(-1)?.line, message: `a ${format} export has ${table.headerRows} header rows; this file has ${rows.length}` }]);
  }
  const resolved = resolveColumns(table, instrument, options.mapping, file);
  const problems = [...resolved.problems];
  const timeZone = options.timeZone ?? 'UTC';
  const dateOrder = options.dateOrder ?? table.dateOrder;
  const blanks = new Set(table.blankValues.map(foldAnswer));
  const isBlank = (cell: string) => cell.trim() === '' || blanks.has(foldAnswer(cell));
  const notes: string[] = [];

  const itemTargets = resolved.targets.filter((t) => t.kind === 'item' || t.kind === 'option');
  if (itemTargets.length === 0) {
    problems.push({ file, message: `no column matches an item of ${instrument.id} by wording; give a mapping file (column → item id)` });
  }
  const find = <K extends ColumnTarget['kind']>(kind: K) => resolved.targets.find((t): t is Extract<ColumnTarget, { kind: K }> => t.kind === kind);
  const profileColumn = (field: ProfileTarget) => resolved.targets.find((t) => t.kind === 'profile' && t.field === field);
  const idColumn = find('response_id');
  const timeColumn = find('submitted_at');

  // Profile fields that neither a column nor an option gives: a problem once for the file, not per row.
  const roleFallback = options.role ?? (instrument.roles.length === 1 ? instrument.roles[0] : undefined);
  if (!profileColumn('role') && !roleFallback) {
    problems.push({ file, message: `no role: ${instrument.id} is for ${instrument.roles.join(' and ')}; map a column to "role" or pass a role` });
  }
  if (!profileColumn('authority_code') && !options.authorityCode) {
    problems.push({ file, message: 'no authority: map a column to "authority_code" or pass an authority code' });
  }
  if (!timeColumn && !options.submittedAt) {
    problems.push({ file, message: 'no submission time in this export: map a column to "submitted_at" or pass a default time' });
  }
  if (problems.length > 0) throw new ImportError(problems);

  const responses: SurveyResponse[] = [];
  // For exports without ids: the columns an id is made from, and how often each content was seen.
  const contentColumns = table.columns.filter((column) => column.kind !== 'personal');
  const contentSeen = new Map<string, number>();
  let zoneless = false;
  let defaultTimes = 0;
  table.rows.forEach((row) => {
    const at = (target: ColumnTarget) => ({ file, line: row.line, column: describeColumn(target.column.index, target.column.name) });
    const cellOf = (target: ColumnTarget | undefined) => {
      if (!target) return undefined;
      const cell = row.cells[target.column.index] ?? '';
      return isBlank(cell) ? undefined : cell;
    };
    const profile = (field: ProfileTarget, fallback: string | undefined): string | undefined => {
      const target = profileColumn(field);
      const cell = cellOf(target);
      if (cell === undefined || !target) return fallback;
      return String(target.values?.get(foldAnswer(cell)) ?? cell).trim();
    };

    const idCell = cellOf(idColumn);
    let responseId = idCell?.trim();
    if (responseId === undefined) {
      const content = contentColumns.flatMap((column): [string, string][] => {
        const cell = row.cells[column.index] ?? '';
        return isBlank(cell) ? [] : [[column.name, cell.trim()]];
      });
      const key = JSON.stringify(content);
      const occurrence = (contentSeen.get(key) ?? 0) + 1;
      contentSeen.set(key, occurrence);
      responseId = importedResponseId(content, occurrence);
    }

    let submittedAt = options.submittedAt ? new Date(options.submittedAt).toISOString() : undefined;
    const timeCell = cellOf(timeColumn);
    if (timeCell === undefined && submittedAt !== undefined) defaultTimes++;
    if (timeCell !== undefined && timeColumn) {
      const date = parseExportTimestamp(timeCell, { dateOrder, timeZone });
      if (date) {
        submittedAt = date.toISOString();
        if (!/(Z|GMT|UTC|[+-]\d{1,2}(:?\d{2})?)\s*$/i.test(timeCell.trim())) zoneless = true;
      } else problems.push({ ...at(timeColumn), message: `"${timeCell}" is not a date and time` });
    } else if (submittedAt === undefined && timeColumn) {
      problems.push({ ...at(timeColumn), message: 'no submission time (and no default time was given)' });
    }

    const roleText = profile('role', undefined);
    const roleTarget = profileColumn('role');
    let role = roleFallback;
    if (roleText !== undefined && roleTarget) {
      const parsed = parseRole(roleText);
      if (!parsed) problems.push({ ...at(roleTarget), message: `"${roleText}" is not a role (${ROLES.join(', ')})` });
      else if (!instrument.roles.includes(parsed)) problems.push({ ...at(roleTarget), message: `role "${parsed}" is not one ${instrument.id} is for (${instrument.roles.join(', ')})` });
      else role = parsed;
    } else if (!role && roleTarget) problems.push({ ...at(roleTarget), message: 'no role given (and no default role was given)' });

    const authorityCode = profile('authority_code', options.authorityCode);
    const authorityTarget = profileColumn('authority_code');
    if (!authorityCode && authorityTarget) problems.push({ ...at(authorityTarget), message: 'no authority code (and no default authority was given)' });
    // A recoded authority column ("Northshire" → NSH) names the authority, unless a name is given.
    const authorityCell = cellOf(authorityTarget);
    const recodedName = authorityCell !== undefined && authorityTarget?.values?.has(foldAnswer(authorityCell)) ? authorityCell.trim() : undefined;
    const authorityName = profile('authority_name', options.authorityName ?? recodedName) ?? authorityCode ?? '';
    const team = profile('team', options.team) ?? '';

    const answers: Answers = {};
    const chosen = new Map<string, Set<number>>();
    for (const target of itemTargets) {
      const cell = cellOf(target);
      if (cell === undefined || (target.kind !== 'item' && target.kind !== 'option')) continue;
      const { item } = target;
      if (target.kind === 'option') {
        chosen.set(item.id, (chosen.get(item.id) ?? new Set()).add(target.code));
        continue;
      }
      const result = parseAnswerCell(instrument, item, cell, target.values);
      if (!result.ok) problems.push({ ...at(target), message: result.problem });
      else if (item.type === 'multi' && Array.isArray(result.value)) {
        const codes = chosen.get(item.id) ?? new Set<number>();
        result.value.forEach((code) => codes.add(code));
        chosen.set(item.id, codes);
      } else answers[item.id] = result.value;
    }
    for (const [itemId, codes] of chosen) {
      const target = itemTargets.find((t) => (t.kind === 'item' || t.kind === 'option') && t.item.id === itemId);
      if (!target || (target.kind !== 'item' && target.kind !== 'option')) continue;
      const value = [...codes].sort((a, b) => a - b);
      const problem = answerProblem(instrument, target.item, value);
      if (problem) problems.push({ ...at(target), message: `item "${itemId}": ${problem}` });
      else answers[itemId] = value;
    }

    responses.push({
      responseId,
      instrumentId: instrument.id,
      instrumentVersion: instrument.version,
      submittedAt: submittedAt ?? '',
      authorityCode: authorityCode ?? '',
      authorityName,
      role: role ?? instrument.roles[0]!,
      team,
      answers,
    });
  });
  if (problems.length > 0) throw new ImportError(problems);

  // Tool ids should be unique; if not, keep every response and say so.
  const counts = new Map<string, number>();
  const duplicates = new Set<string>();
  for (const response of responses) {
    const n = (counts.get(response.responseId) ?? 0) + 1;
    counts.set(response.responseId, n);
    if (n > 1) {
      duplicates.add(response.responseId);
      response.responseId = `${response.responseId}-${n}`;
    }
  }
  if (duplicates.size > 0) notes.push(`${duplicates.size} response id(s) occur more than once; later occurrences got -2, -3… appended`);
  if (zoneless) notes.push(`timestamps without a time zone were read as ${timeZone} time`);
  if (defaultTimes > 0) notes.push(`${defaultTimes} response(s) had no submission time and were given the default ${options.submittedAt}`);
  for (const { column, items } of resolved.ambiguous) {
    notes.push(`column "${column.name}" fits items ${items.map((i) => i.id).join(', ')}: not imported; use a mapping file`);
  }

  const targetName = (t: ColumnTarget): string =>
    t.kind === 'item' || t.kind === 'option' ? t.item.id : t.kind === 'profile' ? t.field : t.kind;
  return {
    responses,
    report: {
      file,
      format,
      instrumentId: instrument.id,
      instrumentVersion: instrument.version,
      rows: responses.length,
      headerRows: table.headerRows,
      mappedColumns: resolved.targets.map((t) => ({ column: t.column.name, target: targetName(t), by: t.by })),
      droppedPersonalColumns: resolved.personal.map((c) => c.name),
      unmappedColumns: resolved.unmapped.map((c) => c.name),
      ignoredColumns: resolved.ignored.map((c) => c.name),
      duplicateResponseIds: [...duplicates],
      generatedResponseIds: !idColumn,
      notes,
    },
  };
}
