import { findItem, statement } from '../instruments/items';
import type { Role } from '../instruments/roles';
import type { Instrument } from '../instruments/schema';
import { Notice } from './Notice';

interface Props {
  instrument: Instrument;
  role?: Role;
  /** Item ids whose saved answers could not be restored. */
  dropped: string[];
  /** True when the saved draft was not a set of answers at all. */
  unreadable: boolean;
}

/** Tells the worker that some saved answers could not be restored, naming the questions in their words. */
export function DroppedAnswersNotice({ instrument, role, dropped, unreadable }: Props) {
  if (unreadable) {
    return <Notice>Your saved answers were damaged and could not be restored. Please answer the questions again.</Notice>;
  }
  if (dropped.length === 0) return null;
  const questions = dropped.map((itemId) => {
    const item = findItem(instrument, itemId);
    return item ? statement(item, role) : 'an answer to a question this questionnaire no longer has';
  });
  return (
    <Notice>
      <p>
        Some saved answers could not be restored because they were damaged or are from an older version of this
        questionnaire. Please answer these again:
      </p>
      <ul>
        {questions.map((question, index) => (
          <li key={dropped[index]}>{question}</li>
        ))}
      </ul>
    </Notice>
  );
}
