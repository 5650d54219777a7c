import { ImportError, type ImportProblem } from './import-error';
import { readCsvRows } from '../csv-rows';
import { foldAnswer } from './normalise-text';
import { parseJson } from '../parse-json';

/** Targets that are not items: the response's profile, its id and time, or "leave this column out". */
export const PROFILE_TARGETS = ['authority_code', 'authority_name', 'role', 'team'] as const;
export type ProfileTarget = (typeof PROFILE_TARGETS)[number];
export const SPECIAL_TARGETS = [...PROFILE_TARGETS, 'response_id', 'submitted_at', 'ignore'] as const;
export type SpecialTarget = (typeof SPECIAL_TARGETS)[number];

export function isSpecialTarget(target: string): target is SpecialTarget {
  return (SPECIAL_TARGETS as readonly string[]).includes(target);
}

/** One line of a mapping: a source column, where its values go, and how to recode them. */
export interface ColumnMapping {
  /** The column as the export names it: the tool's id (`Q3_1`), its header or name, or `#12` (1-based). */
  column: string;
  /** An item id of the instrument, or one of {@link SPECIAL_TARGETS}. */
  target: string;
  /** Source value (compared case-insensitively) → answer code, or a label / profile value. */
  values: Map<string, number | string>;
  /** Where this was written in the mapping file: a line (CSV) or a path (JSON). */
  where: { line?: number; path?: string };
}

/** A mapping file, read: see {@link parseImportMapping} for the two accepted forms. */
export interface ImportMapping {
  file: string;
  columns: ColumnMapping[];
}

function codeOrText(value: string | number): number | string {
  if (typeof value === 'number') return value;
  return /^-?\d+$/.test(value.trim()) ? Number(value.trim()) : value;
}

function fromJson(text: string, file: string): ImportMapping {
  const parsed = parseJson(text);
  if (!parsed.ok) throw new ImportError([{ file, ...parsed.problem }]);
  const data = parsed.value;
  const problems: ImportProblem[] = [];
  const columns: ColumnMapping[] = [];
  const entries = data && typeof data === 'object' && 'columns' in data ? data.columns : undefined;
  if (!entries || typeof entries !== 'object' || Array.isArray(entries)) {
    throw new ImportError([{ file, column: 'columns', message: 'expected an object "columns": { "<source column>": "<item id>" | { "target": …, "values": {…} } }' }]);
  }
  for (const [column, spec] of Object.entries(entries)) {
    const path = `columns["${column}"]`;
    if (typeof spec === 'string') {
      columns.push({ column, target: spec, values: new Map(), where: { path } });
      continue;
    }
    if (!spec || typeof spec !== 'object' || typeof spec.target !== 'string') {
      problems.push({ file, column: path, message: 'expected an item id, or { "target": "<item id>", "values": { "<source value>": <code> } }' });
      continue;
    }
    const values = new Map<string, number | string>();
    const rawValues: unknown = spec.values ?? {};
    if (!rawValues || typeof rawValues !== 'object' || Array.isArray(rawValues)) {
      problems.push({ file, column: `${path}.values`, message: 'expected an object of source value → code or label' });
      continue;
    }
    for (const [from, to] of Object.entries(rawValues)) {
      if (typeof to !== 'number' && typeof to !== 'string') {
        problems.push({ file, column: `${path}.values["${from}"]`, message: 'expected a code (number) or a label (text)' });
        continue;
      }
      values.set(foldAnswer(from), codeOrText(to));
    }
    columns.push({ column, target: spec.target, values, where: { path } });
  }
  if (problems.length > 0) throw new ImportError(problems);
  return { file, columns };
}

function fromCsv(text: string, file: string): ImportMapping {
  const [header, ...rows] = readCsvRows(text, file);
  const names = (header?.cells ?? []).map((cell) => cell.trim().toLowerCase());
  const at = (name: string) => names.indexOf(name);
  const [columnAt, targetAt, valueAt, codeAt] = [at('column'), at('target'), at('value'), at('code')];
  if (columnAt < 0 || targetAt < 0) {
    throw new ImportError([{ file, line: header?.line ?? 1, message: 'the header must name the columns "column" and "target" (and optionally "value" and "code")' }]);
  }
  const problems: ImportProblem[] = [];
  const byColumn = new Map<string, ColumnMapping>();
  for (const row of rows) {
    const cell = (index: number) => (index >= 0 ? (row.cells[index] ?? '') : '').trim();
    const column = cell(columnAt);
    const target = cell(targetAt);
    const [value, code] = [cell(valueAt), cell(codeAt)];
    if (!column) {
      problems.push({ file, line: row.line, column: 'column', message: 'no source column given' });
      continue;
    }
    let mapping = byColumn.get(column);
    if (!mapping) {
      if (!target) {
        problems.push({ file, line: row.line, column: 'target', message: `no target given for "${column}"` });
        continue;
      }
      mapping = { column, target, values: new Map(), where: { line: row.line } };
      byColumn.set(column, mapping);
    } else if (target && target !== mapping.target) {
      problems.push({ file, line: row.line, column: 'target', message: `"${column}" is already mapped to "${mapping.target}" (line ${mapping.where.line})` });
      continue;
    }
    if (value || code) {
      if (!value || !code) {
        problems.push({ file, line: row.line, column: value ? 'code' : 'value', message: 'a recoding needs both a value and a code' });
        continue;
      }
      mapping.values.set(foldAnswer(value), codeOrText(code));
    }
  }
  if (problems.length > 0) throw new ImportError(problems);
  return { file, columns: [...byColumn.values()] };
}

/**
 * Reads a mapping file, JSON or CSV (decided by a leading `{`).
 *
 * JSON: `{ "columns": { "<source column>": "<target>", "<source column>": { "target": "<target>",
 * "values": { "<source value>": <code or label> } } } }`.
 *
 * CSV, header `column,target,value,code`: one line per column (value and code empty), plus one
 * line per recoded value (target may then be left empty).
 *
 * A source column is named by the tool's id (`Q1`, `Q3_1`, `V7`), its header or name (as in the
 * import report), or `#N` (1-based position). A target is an item id, or `authority_code`,
 * `authority_name`, `role`, `team`, `response_id`, `submitted_at`, or `ignore`. Values are matched
 * case-insensitively; codes are numbers, anything else is read as a label (or a profile value).
 *
 * @example
 * parseImportMapping('column,target,value,code\nQ1,week_overall,,\nQ1,,1,Very hard\n', 'map.csv').columns[0]
 * // { column: 'Q1', target: 'week_overall', values: Map { '1' => 'Very hard' }, where: { line: 2 } }
 */
export function parseImportMapping(text: string, file: string): ImportMapping {
  const body = text.replace(/^\uFEFF/, '');
  return body.trimStart().startsWith('{') ? fromJson(body, file) : fromCsv(body, file);
}
