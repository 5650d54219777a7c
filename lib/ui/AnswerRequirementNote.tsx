import { allItems } from '../instruments/items';
import type { Instrument } from '../instruments/schema';

/** Says once, at the top, which questions need an answer, so that only required ones are marked. */
export function AnswerRequirementNote({ instrument }: { instrument: Instrument }) {
  const items = allItems(instrument);
  const required = items.filter((item) => item.required).length;
  const text =
    required === 0
      ? 'Every question is optional: answer the ones you can.'
      : required === items.length
        ? 'Every question needs an answer.'
        : 'Questions marked (required) need an answer; the others are optional.';
  return <p class="muted">{text}</p>;
}
