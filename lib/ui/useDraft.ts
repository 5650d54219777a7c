import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { PulseDatabase } from '../db/database';
import { deleteDraft, loadDraft, saveDraft } from '../db/drafts';
import { requestPersistentStorage } from '../db/persistent-storage';
import { describeReadError } from '../db/read-error';
import type { Answer, Answers } from '../instruments/answers';
import type { Instrument } from '../instruments/schema';

export interface DraftState {
  loaded: boolean;
  /** Why the saved draft could not be read; the page shows this instead of the form. */
  loadError?: string;
  answers: Answers;
  sectionIndex: number;
  editingResponseId?: string;
  /** Item ids whose saved answers could not be restored. */
  dropped: string[];
  /** True when the saved draft was not a set of answers at all. */
  unreadable: boolean;
  /** Why the last draft save (or cancel) failed, if it did; cleared by the next success. */
  saveError?: string;
  savedAt?: Date;
  setAnswer: (itemId: string, value: Answer | undefined) => void;
  setSectionIndex: (index: number) => void;
  /** Starts editing an earlier response: its answers become the draft. */
  startEditing: (responseId: string, answers: Answers) => void;
  /** Throws the draft away (stored and in memory): "Cancel changes". */
  cancel: () => Promise<void>;
  /** Forgets the answers in memory after they were submitted (the stored draft is already gone). */
  forget: () => void;
}

type Snapshot = { answers: Answers; sectionIndex: number; editingResponseId?: string };
const EMPTY: Snapshot = { answers: {}, sectionIndex: 0, editingResponseId: undefined };

/**
 * Answers in progress for an instrument, restored from the saved draft and saved again on every
 * change, so that closing the popup or the tab loses nothing. If a save fails the answers stay on
 * the page (with a message saying they are not saved) and the next change saves them all again.
 */
export function useDraft(db: PulseDatabase, instrument: Instrument | undefined): DraftState {
  const [loaded, setLoaded] = useState(false);
  const [loadError, setLoadError] = useState<string>();
  const [snapshot, setSnapshot] = useState<Snapshot>(EMPTY);
  const [dropped, setDropped] = useState<string[]>([]);
  const [unreadable, setUnreadable] = useState(false);
  const [saveError, setSaveError] = useState<string>();
  const [savedAt, setSavedAt] = useState<Date>();
  const latest = useRef<Snapshot>(EMPTY);
  const askedForPersistence = useRef(false);

  useEffect(() => {
    if (!instrument) return;
    loadDraft(db, instrument).then(
      (draft) => {
        if (draft) {
          const restored = { answers: draft.answers, sectionIndex: draft.sectionIndex, editingResponseId: draft.editingResponseId };
          latest.current = restored;
          setSnapshot(restored);
          setDropped(draft.dropped);
          setUnreadable(draft.unreadable);
        }
        setLoaded(true);
      },
      (error: unknown) => setLoadError(describeReadError(error, 'your saved answers')),
    );
  }, [db, instrument]);

  const persist = useCallback(
    (next: Snapshot) => {
      latest.current = next;
      setSnapshot(next);
      if (!instrument) return;
      saveDraft(db, instrument, next).then(
        () => {
          setSaveError(undefined);
          setSavedAt(new Date());
          if (!askedForPersistence.current) {
            askedForPersistence.current = true;
            void requestPersistentStorage();
          }
        },
        (error: Error) => setSaveError(error.message),
      );
    },
    [db, instrument],
  );

  const setAnswer = useCallback(
    (itemId: string, value: Answer | undefined) => {
      const answers = { ...latest.current.answers };
      if (value === undefined) delete answers[itemId];
      else answers[itemId] = value;
      persist({ ...latest.current, answers });
    },
    [persist],
  );

  const setSectionIndex = useCallback((index: number) => persist({ ...latest.current, sectionIndex: index }), [persist]);

  const startEditing = useCallback(
    (responseId: string, previous: Answers) => persist({ answers: previous, sectionIndex: 0, editingResponseId: responseId }),
    [persist],
  );

  const forget = useCallback(() => {
    latest.current = EMPTY;
    setSnapshot(EMPTY);
    setDropped([]);
    setUnreadable(false);
    setSaveError(undefined);
  }, []);

  const cancel = useCallback(async () => {
    if (!instrument) return;
    try {
      await deleteDraft(db, instrument);
      forget();
    } catch (error) {
      setSaveError((error as Error).message);
    }
  }, [db, instrument, forget]);

  return { loaded, loadError, ...snapshot, dropped, unreadable, saveError, savedAt, setAnswer, setSectionIndex, startEditing, cancel, forget };
}
