/** Why a text is not JSON: the parser's message and, when it says where, the 1-based line. */
export interface JsonSyntaxProblem {
  message: string;
  line?: number;
}

/**
 * Parses JSON (a leading byte order mark is allowed), or says why not and on which line, so that
 * every file the project reads can name where it is broken.
 *
 * @example
 * parseJson('{"a": 1}')      // { ok: true, value: { a: 1 } }
 * parseJson('{\n"a": 1,\n}') // { ok: false, problem: { message: 'not valid JSON (… position 10 …)', line: 3 } }
 */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; problem: JsonSyntaxProblem } {
  const body = text.replace(/^\uFEFF/, '');
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(reason);
    const line = position ? body.slice(0, Number(position[1])).split('\n').length : undefined;
    return { ok: false, problem: { message: `not valid JSON (${reason})`, ...(line === undefined ? {} : { line }) } };
  }
}
