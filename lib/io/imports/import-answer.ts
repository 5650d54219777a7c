import { answerProblem, type Answer } from '../../instruments/answers';
import { scaleOf } from '../../instruments/items';
import type { Instrument, Item, Scale } from '../../instruments/schema';
import { foldAnswer, normaliseText } from './normalise-text';

/** A cell read as an answer, or why it cannot be. */
export type CellResult = { ok: true; value: Answer } | { ok: false; problem: string };

/** Source value (folded) → code or label, from a mapping file. */
export type ValueMap = ReadonlyMap<string, number | string>;

/**
 * The code of a scale option named by its label (case-insensitive, then ignoring punctuation) or by its code.
 *
 * @example
 * optionCode(agree5, 'STRONGLY agree') // 5
 * optionCode(agree5, '2') // 2
 */
export function optionCode(scale: Scale, text: string): number | undefined {
  const folded = foldAnswer(text);
  const exact = scale.options.find((o) => foldAnswer(o.label) === folded);
  if (exact) return exact.code;
  const loose = scale.options.filter((o) => normaliseText(o.label) === normaliseText(text));
  if (loose.length === 1) return loose[0]?.code;
  if (/^-?\d+$/.test(folded)) {
    const code = Number(folded);
    if (scale.options.some((o) => o.code === code)) return code;
  }
  return undefined;
}

function expected(scale: Scale): string {
  return scale.options.map((o) => `"${o.label}" (${o.code})`).join(', ');
}

/** Recodes through the mapping's values, if the cell is one of them. */
function recode(values: ValueMap | undefined, text: string): number | string {
  return values?.get(foldAnswer(text)) ?? text;
}

/**
 * Splits a multiple-answer cell into option codes. Labels may themselves hold commas, so the
 * longest label (or recoded value) at each point wins; choices are separated by `;`, `,` or `|`.
 */
function splitChoices(scale: Scale, text: string, values: ValueMap | undefined): number[] | string {
  const names: [string, number][] = scale.options.map((o) => [foldAnswer(o.label), o.code]);
  for (const [from, to] of values ?? []) {
    const code = typeof to === 'number' ? to : optionCode(scale, to);
    if (code !== undefined) names.push([from, code]);
  }
  names.sort((a, b) => b[0].length - a[0].length);
  const codes: number[] = [];
  let rest = foldAnswer(text);
  while (rest !== '') {
    rest = rest.replace(/^[;,|]\s*/, '');
    const named = names.find(([name]) => rest.startsWith(name) && /^($|\s*[;,|])/.test(rest.slice(name.length)));
    if (named) {
      codes.push(named[1]);
      rest = rest.slice(named[0].length).trimStart();
      continue;
    }
    const number = /^(-?\d+)(?=$|\s*[;,|])/.exec(rest);
    if (number && scale.options.some((o) => o.code === Number(number[1]))) {
      codes.push(Number(number[1]));
      rest = rest.slice(number[0].length).trimStart();
      continue;
    }
    return rest.split(/\s*[;,|]\s*/)[0] ?? rest;
  }
  return codes;
}

/**
 * Reads one non-blank cell as the answer to an item: a scale label (case-insensitive) or code,
 * several of them for a multiple-answer item, a number, or text; recoded first through the mapping's
 * values when given. The result is checked with the instrument's own rules ({@link answerProblem}).
 *
 * @example
 * parseAnswerCell(pulse, workloadItem, 'agree') // { ok: true, value: 4 }
 * parseAnswerCell(pulse, workloadItem, 'Sometimes') // { ok: false, problem: '"Sometimes" is not an option of item "workload_manageable"; …' }
 */
export function parseAnswerCell(instrument: Instrument, item: Item, cell: string, values?: ValueMap): CellResult {
  const scale = scaleOf(instrument, item);
  let value: Answer;
  if (item.type === 'multi') {
    if (!scale) return { ok: false, problem: `item "${item.id}" has no scale` };
    const codes = splitChoices(scale, cell, values);
    if (typeof codes === 'string') return { ok: false, problem: `"${codes}" is not an option of item "${item.id}"; options: ${expected(scale)}` };
    value = codes;
  } else if (scale) {
    const recoded = recode(values, cell);
    const code = typeof recoded === 'number' ? recoded : optionCode(scale, recoded);
    if (code === undefined) return { ok: false, problem: `"${cell.trim()}" is not an option of item "${item.id}"; options: ${expected(scale)}` };
    value = code;
  } else if (item.type === 'number') {
    const recoded = recode(values, cell);
    const text = String(recoded).trim();
    if (!/^-?\d+(\.\d+)?$/.test(text)) return { ok: false, problem: `"${cell.trim()}" for item "${item.id}" is not a number` };
    value = Number(text);
  } else {
    value = String(recode(values, cell)).trim();
  }
  const problem = answerProblem(instrument, item, value);
  return problem === null ? { ok: true, value } : { ok: false, problem: `"${cell.trim()}" for item "${item.id}": ${problem}` };
}
