import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { PulseDatabase } from '../db/database';
import { loadDraft, saveDraft } from '../db/drafts';
import type { Answer, Answers } from '../instruments/answers';
import type { Instrument } from '../instruments/schema';

export interface DraftState {
  loaded: boolean;
  answers: Answers;
  sectionIndex: number;
  editingResponseId?: string;
  /** Item ids whose saved answers could not be restored. */
  dropped: string[];
  /** Why the last draft save failed, if it did. */
  saveError?: string;
  savedAt?: Date;
  setAnswer: (itemId: string, value: Answer | undefined) => void;
  setSectionIndex: (index: number) => void;
  /** Starts editing an earlier response: its answers become the draft. */
  startEditing: (responseId: string, answers: Answers) => void;
  /** Forgets the answers in memory after they were submitted (the stored draft is already gone). */
  forget: () => void;
}

/**
 * Answers in progress for an instrument, restored from the saved draft and saved again on every
 * change, so that closing the popup or the tab loses nothing.
 */
export function useDraft(db: PulseDatabase, instrument: Instrument | undefined): DraftState {
  const [loaded, setLoaded] = useState(false);
  const [answers, setAnswers] = useState<Answers>({});
  const [sectionIndex, setSection] = useState(0);
  const [editingResponseId, setEditing] = useState<string>();
  const [dropped, setDropped] = useState<string[]>([]);
  const [saveError, setSaveError] = useState<string>();
  const [savedAt, setSavedAt] = useState<Date>();
  const latest = useRef<{ answers: Answers; sectionIndex: number; editingResponseId?: string }>({ answers, sectionIndex, editingResponseId });

  useEffect(() => {
    if (!instrument) return;
    void loadDraft(db, instrument).then((draft) => {
      if (draft) {
        setAnswers(draft.answers);
        setSection(draft.sectionIndex);
        setEditing(draft.editingResponseId);
        setDropped(draft.dropped);
        latest.current = { answers: draft.answers, sectionIndex: draft.sectionIndex, editingResponseId: draft.editingResponseId };
      }
      setLoaded(true);
    });
  }, [db, instrument]);

  const persist = useCallback(
    (next: typeof latest.current) => {
      latest.current = next;
      if (!instrument) return;
      saveDraft(db, instrument, next).then(
        () => {
          setSaveError(undefined);
          setSavedAt(new Date());
        },
        (error: Error) => setSaveError(error.message),
      );
    },
    [db, instrument],
  );

  const setAnswer = useCallback(
    (itemId: string, value: Answer | undefined) => {
      const nextAnswers = { ...latest.current.answers };
      if (value === undefined) delete nextAnswers[itemId];
      else nextAnswers[itemId] = value;
      setAnswers(nextAnswers);
      persist({ ...latest.current, answers: nextAnswers });
    },
    [persist],
  );

  const setSectionIndex = useCallback(
    (index: number) => {
      setSection(index);
      persist({ ...latest.current, sectionIndex: index });
    },
    [persist],
  );

  const startEditing = useCallback(
    (responseId: string, previous: Answers) => {
      setAnswers(previous);
      setEditing(responseId);
      setSection(0);
      persist({ answers: previous, sectionIndex: 0, editingResponseId: responseId });
    },
    [persist],
  );

  const forget = useCallback(() => {
    latest.current = { answers: {}, sectionIndex: 0, editingResponseId: undefined };
    setAnswers({});
    setSection(0);
    setEditing(undefined);
    setDropped([]);
  }, []);

  return { loaded, answers, sectionIndex, editingResponseId, dropped, saveError, savedAt, setAnswer, setSectionIndex, startEditing, forget };
}
