import { allItems, itemText, scaleOf } from './items';
import type { Role } from './roles';
import type { Instrument, Item } from './schema';

/** A code (likert, rating, single), a list of codes (multi), a number, or free text. */
export type Answer = number | number[] | string;
export type Answers = Record<string, Answer>;

/** Why an answer is not acceptable for an item, or null when it is. */
export function answerProblem(instrument: Instrument, item: Item, value: unknown): string | null {
  const scale = scaleOf(instrument, item);
  switch (item.type) {
    case 'likert':
    case 'rating':
    case 'single':
      return typeof value === 'number' && scale?.options.some((o) => o.code === value)
        ? null
        : `not one of the options (${scale?.options.map((o) => o.label).join(', ')})`;
    case 'multi': {
      if (!Array.isArray(value) || !value.every((code) => scale?.options.some((o) => o.code === code))) {
        return 'not a list of the options';
      }
      if (new Set(value).size !== value.length) return 'an option is chosen twice';
      return value.length > item.maxChoices ? `choose at most ${item.maxChoices}` : null;
    }
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'not a number';
      if (item.integer && !Number.isInteger(value)) return 'must be a whole number';
      if (item.min !== undefined && value < item.min) return `must be at least ${item.min}`;
      if (item.max !== undefined && value > item.max) return `must be at most ${item.max}`;
      return null;
    }
    case 'text':
      if (typeof value !== 'string') return 'not text';
      return value.length > item.maxLength ? `longer than ${item.maxLength} characters` : null;
  }
}

export function isAnswered(value: Answer | undefined): boolean {
  if (value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

export interface AnswerError {
  itemId: string;
  message: string;
}

/** Problems with the answers to some items: missing required answers and invalid values. */
export function validateAnswers(instrument: Instrument, items: Item[], answers: Answers, role?: Role): AnswerError[] {
  const errors: AnswerError[] = [];
  for (const item of items) {
    const value = answers[item.id];
    if (!isAnswered(value)) {
      if (item.required) errors.push({ itemId: item.id, message: `Answer "${itemText(item, role)}"` });
      continue;
    }
    const problem = answerProblem(instrument, item, value);
    if (problem) errors.push({ itemId: item.id, message: `"${itemText(item, role)}": ${problem}` });
  }
  return errors;
}

/** What could be restored of answers read back from storage. */
export interface RecoveredAnswers {
  answers: Answers;
  /** Ids of stored answers that were dropped: unknown items, or values no longer valid. */
  dropped: string[];
  /** True when what was stored is not a set of answers at all (nothing could be read). */
  unreadable: boolean;
}

/**
 * Keeps the answers in unknown stored data that are still valid for the instrument, and lists the
 * item ids that were dropped (unknown items or invalid values), so that a corrupt or outdated draft
 * restores what it can and says what it could not.
 *
 * @example
 * recoverAnswers(pulse, { week_overall: 3, week_overall_old: 2 }) // { answers: { week_overall: 3 }, dropped: ['week_overall_old'], unreadable: false }
 */
export function recoverAnswers(instrument: Instrument, stored: unknown): RecoveredAnswers {
  const answers: Answers = {};
  const dropped: string[] = [];
  if (stored === null || typeof stored !== 'object' || Array.isArray(stored)) {
    return { answers, dropped, unreadable: stored !== undefined };
  }
  const items = new Map(allItems(instrument).map((item) => [item.id, item]));
  for (const [itemId, value] of Object.entries(stored)) {
    const item = items.get(itemId);
    if (item && answerProblem(instrument, item, value) === null) answers[itemId] = value as Answer;
    else dropped.push(itemId);
  }
  return { answers, dropped, unreadable: false };
}
