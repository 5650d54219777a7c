import { allItems, scaleOf } from '../../instruments/items';
import type { Instrument, Item } from '../../instruments/schema';
import type { ValueMap } from './import-answer';
import { optionCode } from './import-answer';
import { describeColumn, type ImportProblem } from './import-error';
import { isSpecialTarget, PROFILE_TARGETS, type ColumnMapping, type ImportMapping, type ProfileTarget } from './import-mapping';
import { itemWordings, matchByText } from './match-by-text';
import { normaliseText } from './normalise-text';
import { parseRole } from './profile-value';
import type { SourceColumn, SourceTable } from './source-table';

/** How a column came to its target: the mapping file, its id equal to an item id, its header naming a canonical column, or its wording. */
export type MatchedBy = 'mapping' | 'id' | 'header' | 'text';

interface TargetBase {
  column: SourceColumn;
  by: MatchedBy;
  values?: ValueMap;
}

/** Where one column's values go. */
export type ColumnTarget = TargetBase &
  (
    | { kind: 'item'; item: Item }
    | { kind: 'option'; item: Item; code: number }
    | { kind: 'profile'; field: ProfileTarget }
    | { kind: 'response_id' }
    | { kind: 'submitted_at' }
  );

/** Every column of an export, sorted by what happens to it. */
export interface ResolvedColumns {
  targets: ColumnTarget[];
  personal: SourceColumn[];
  /** Tool metadata and columns the mapping says to ignore. */
  ignored: SourceColumn[];
  unmapped: SourceColumn[];
  /** Columns whose wording fits more than one item (left unmapped). */
  ambiguous: { column: SourceColumn; items: Item[] }[];
  problems: ImportProblem[];
}

/**
 * The columns a mapping file's reference names, trying in turn: `#N`, the tool's id, the name, the
 * normalised name or question, a matrix row label, and the first words of a long question.
 */
function findColumns(columns: readonly SourceColumn[], ref: string): SourceColumn[] {
  const position = /^#(\d+)$/.exec(ref.trim());
  if (position) return columns.filter((c) => c.index === Number(position[1]) - 1);
  const stages: ((c: SourceColumn) => boolean)[] = [
    (c) => c.key === ref,
    (c) => c.name === ref,
    (c) => normaliseText(c.name) === normaliseText(ref),
    (c) => c.row === undefined && normaliseText(c.question) === normaliseText(ref),
    (c) => c.row !== undefined && normaliseText(c.row) === normaliseText(ref),
    (c) => c.row === undefined && normaliseText(c.question).startsWith(`${normaliseText(ref)} `),
  ];
  for (const stage of stages) {
    const found = columns.filter(stage);
    if (found.length > 0) return found;
  }
  return [];
}

function where(mapping: ImportMapping, entry: ColumnMapping): Pick<ImportProblem, 'file' | 'line' | 'column'> {
  return { file: mapping.file, line: entry.where.line, column: entry.where.path };
}

/** Problems with a mapping's recoded values: codes that are not options, labels that do not exist, unknown roles. */
function checkValues(instrument: Instrument, target: { item?: Item; field?: ProfileTarget }, values: ValueMap): string[] {
  const problems: string[] = [];
  for (const [from, to] of values) {
    if (target.field === 'role' && parseRole(String(to)) === undefined) problems.push(`"${from}" → "${to}" is not a role (social_worker or manager)`);
    const item = target.item;
    if (!item) continue;
    const scale = scaleOf(instrument, item);
    if (!scale) continue;
    const code = typeof to === 'number' ? (scale.options.some((o) => o.code === to) ? to : undefined) : optionCode(scale, to);
    if (code === undefined) problems.push(`"${from}" → "${to}" is not an option of item "${item.id}" (${scale.options.map((o) => `${o.code} ${o.label}`).join(', ')})`);
  }
  return problems;
}

/**
 * Decides where every column of an export goes. In order: personal columns are always dropped (a
 * mapping that names one is an error); then the mapping file; then the tool's response id and
 * submission time; then headers that are canonical column names (`authority_code`, `role`, …);
 * then columns whose id is an item id; then item wording ({@link matchByText}). Two columns for one
 * item (other than a multiple-answer item) or one profile field are an error.
 *
 * @example
 * resolveColumns(table, pulse, undefined, 'export.csv').unmapped.map((c) => c.name) // ['Q2 - Topics']
 */
export function resolveColumns(table: SourceTable, instrument: Instrument, mapping: ImportMapping | undefined, file: string): ResolvedColumns {
  const items = new Map(allItems(instrument).map((item) => [item.id, item]));
  const result: ResolvedColumns = { targets: [], personal: [], ignored: [], unmapped: [], ambiguous: [], problems: [] };
  const decided = new Set<number>();

  for (const column of table.columns) {
    if (column.kind === 'personal') {
      result.personal.push(column);
      decided.add(column.index);
    }
  }

  for (const entry of mapping?.columns ?? []) {
    const found = findColumns(table.columns, entry.column);
    const at = mapping ? where(mapping, entry) : { file };
    if (found.length === 0) {
      result.problems.push({ ...at, message: `no column "${entry.column}" in ${file}` });
      continue;
    }
    if (found.length > 1) {
      result.problems.push({ ...at, message: `"${entry.column}" names ${found.length} columns of ${file} (${found.map((c) => describeColumn(c.index, c.name)).join(', ')}); use the tool's id or #N` });
      continue;
    }
    const column = found[0]!;
    if (column.kind === 'personal') {
      result.problems.push({ ...at, message: `column ${describeColumn(column.index, column.name)} holds personal data (${column.personalReason}) and is never imported` });
      continue;
    }
    const base = { column, by: 'mapping' as const, values: entry.values.size > 0 ? entry.values : undefined };
    if (isSpecialTarget(entry.target)) {
      if (entry.target === 'ignore') result.ignored.push(column);
      else if (entry.target === 'response_id' || entry.target === 'submitted_at') result.targets.push({ ...base, kind: entry.target });
      else {
        const problems = checkValues(instrument, { field: entry.target }, entry.values);
        problems.forEach((message) => result.problems.push({ ...at, message }));
        result.targets.push({ ...base, kind: 'profile', field: entry.target });
      }
    } else {
      const item = items.get(entry.target);
      if (!item) {
        result.problems.push({ ...at, message: `"${entry.target}" is not an item of ${instrument.id} nor one of ${PROFILE_TARGETS.join(', ')}, response_id, submitted_at, ignore` });
        continue;
      }
      checkValues(instrument, { item }, entry.values).forEach((message) => result.problems.push({ ...at, message }));
      result.targets.push({ ...base, kind: 'item', item });
    }
    decided.add(column.index);
  }

  const wordings = itemWordings(instrument);
  const canonical = new Set<string>([...PROFILE_TARGETS, 'response_id', 'submitted_at']);
  for (const column of table.columns) {
    if (decided.has(column.index)) continue;
    const header = normaliseText(column.name).replace(/ /g, '_');
    if (column.kind === 'response-id') result.targets.push({ column, by: 'header', kind: 'response_id' });
    else if (column.kind === 'submitted-at') result.targets.push({ column, by: 'header', kind: 'submitted_at' });
    else if (column.kind === 'metadata') result.ignored.push(column);
    else if (canonical.has(header)) {
      if (header === 'response_id' || header === 'submitted_at') result.targets.push({ column, by: 'header', kind: header });
      else result.targets.push({ column, by: 'header', kind: 'profile', field: header as ProfileTarget });
    } else if (items.has(column.key)) result.targets.push({ column, by: 'id', kind: 'item', item: items.get(column.key)! });
    else {
      const match = matchByText(instrument, wordings, column);
      if (match.kind === 'item') result.targets.push({ column, by: 'text', kind: 'item', item: match.item });
      else if (match.kind === 'option') result.targets.push({ column, by: 'text', kind: 'option', item: match.item, code: match.code });
      else if (match.kind === 'ambiguous') {
        result.ambiguous.push({ column, items: match.items });
        result.unmapped.push(column);
      } else result.unmapped.push(column);
    }
  }

  // One column per item (multiple-answer items may gather several) and per profile field.
  const seen = new Map<string, ColumnTarget>();
  for (const target of result.targets) {
    const key =
      target.kind === 'item' || target.kind === 'option'
        ? target.item.type === 'multi'
          ? undefined
          : `item "${target.item.id}"`
        : target.kind === 'profile'
          ? target.field
          : target.kind;
    if (!key) continue;
    const first = seen.get(key);
    if (first) {
      result.problems.push({
        file,
        column: describeColumn(target.column.index, target.column.name),
        message: `both this column and ${describeColumn(first.column.index, first.column.name)} would be imported as ${key}; map one of them to "ignore" in a mapping file`,
      });
    } else seen.set(key, target);
  }
  result.targets.sort((a, b) => a.column.index - b.column.index);
  return result;
}
