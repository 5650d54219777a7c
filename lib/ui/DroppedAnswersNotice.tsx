import { Notice } from './Notice';

/** Tells the worker that some saved answers could not be restored, and which. */
export function DroppedAnswersNotice({ dropped }: { dropped: string[] }) {
  if (dropped.length === 0) return null;
  return (
    <Notice>
      Some saved answers could not be restored because they were damaged or are from an older version of this
      questionnaire: {dropped.join(', ')}. Please answer those again.
    </Notice>
  );
}
