/**
 * A codebook for open answers: themes, each defined by keywords and/or regular expressions, as in
 * Masson, Frost & Parton (2008), where open answers were coded into themes and counted ("mentioned
 * by 15 respondents"). Matching is case-insensitive.
 *
 * - A keyword matches as a whole word or phrase ("peer support"); a trailing `*` matches any
 *   ending ("supervis*" matches "supervision" and "supervisor"); spaces match any white space.
 * - A pattern is a JavaScript regular expression, matched case-insensitively (Unicode).
 *
 * The file form is JSON:
 * `{ "name": "…", "themes": [{ "id": "workload", "label": "Workload", "keywords": ["caseload*"], "patterns": ["too many cases"] }] }`
 */

import { parseJson } from '../../lib/io/parse-json';

export interface Theme {
  id: string;
  label: string;
  keywords: string[];
  patterns: string[];
}

export interface Codebook {
  name: string;
  themes: Theme[];
}

/** A codebook file that cannot be used; `where` names the line or the JSON path of the fault. */
export class CodebookError extends Error {
  constructor(
    readonly file: string,
    readonly where: string,
    readonly problem: string,
  ) {
    super(`${file}${where ? `, ${where}` : ''}: ${problem}`);
    this.name = 'CodebookError';
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The regular expression of a keyword: whole words, `*` at the end for any ending.
 *
 * @example
 * keywordPattern('supervis*').test('Supervision was cancelled') // true
 * keywordPattern('team').test('teammate')                       // false
 */
export function keywordPattern(keyword: string): RegExp {
  const trimmed = keyword.trim();
  const open = trimmed.endsWith('*');
  const words = (open ? trimmed.slice(0, -1) : trimmed).split(/\s+/).map(escapeRegExp).join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${words}${open ? '[\\p{L}\\p{N}]*' : '(?![\\p{L}\\p{N}])'}`, 'iu');
}

/**
 * A test for one theme: whether a text mentions it (any keyword or pattern matches).
 *
 * @example
 * themeMatcher({ id: 'w', label: 'Workload', keywords: ['caseload*'], patterns: [] })('Caseloads are high') // true
 */
export function themeMatcher(theme: Theme): (text: string) => boolean {
  const expressions = [...theme.keywords.map(keywordPattern), ...theme.patterns.map((p) => new RegExp(p, 'iu'))];
  return (text) => expressions.some((expression) => expression.test(text));
}

/**
 * Reads and checks a codebook file (JSON, see above). Every fault is a {@link CodebookError}
 * naming the file and the line or path.
 *
 * @example
 * parseCodebook('{"name":"Mine","themes":[{"id":"workload","label":"Workload","keywords":["caseload*"]}]}', 'mine.json').themes[0].id // 'workload'
 */
export function parseCodebook(text: string, file: string): Codebook {
  const parsed = parseJson(text);
  if (!parsed.ok) throw new CodebookError(file, parsed.problem.line === undefined ? '' : `line ${parsed.problem.line}`, parsed.problem.message);
  const data = parsed.value;
  if (!data || typeof data !== 'object' || Array.isArray(data) || !Array.isArray((data as { themes?: unknown }).themes)) {
    throw new CodebookError(file, '(root)', 'expected { "name": "…", "themes": [ { "id", "label", "keywords", "patterns" }, … ] }');
  }
  const raw = data as { name?: unknown; themes: unknown[] };
  const ids = new Set<string>();
  const themes = raw.themes.map((entry, index): Theme => {
    const path = `themes[${index}]`;
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) throw new CodebookError(file, path, 'expected an object');
    const { id, label, keywords = [], patterns = [] } = entry as Record<string, unknown>;
    if (typeof id !== 'string' || !/^[a-z0-9][a-z0-9_-]*$/.test(id)) throw new CodebookError(file, `${path}.id`, 'expected an id of lower-case letters, digits, "_" or "-"');
    if (ids.has(id)) throw new CodebookError(file, `${path}.id`, `the theme id "${id}" is used twice`);
    ids.add(id);
    const strings = (value: unknown, key: string): string[] => {
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v.trim() === '')) {
        throw new CodebookError(file, `${path}.${key}`, 'expected a list of non-empty strings');
      }
      return value as string[];
    };
    const theme: Theme = {
      id,
      label: typeof label === 'string' && label.trim() !== '' ? label : id,
      keywords: strings(keywords, 'keywords'),
      patterns: strings(patterns, 'patterns'),
    };
    if (theme.keywords.length + theme.patterns.length === 0) throw new CodebookError(file, path, 'a theme needs at least one keyword or pattern');
    theme.patterns.forEach((pattern, p) => {
      try {
        new RegExp(pattern, 'iu');
      } catch (error) {
        throw new CodebookError(file, `${path}.patterns[${p}]`, `not a regular expression (${error instanceof Error ? error.message : String(error)})`);
      }
    });
    return theme;
  });
  if (themes.length === 0) throw new CodebookError(file, 'themes', 'the codebook has no themes');
  return { name: typeof raw.name === 'string' && raw.name.trim() !== '' ? raw.name : file, themes };
}
