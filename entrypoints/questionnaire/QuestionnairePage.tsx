import { useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { getDatabase } from '@/lib/db/database';
import { requestPersistentStorage } from '@/lib/db/persistent-storage';
import { submitResponse } from '@/lib/db/responses';
import { loadInstallId } from '@/lib/db/settings';
import { isAnswered, validateAnswers, type AnswerError } from '@/lib/instruments/answers';
import { BUILTIN_INSTRUMENTS } from '@/lib/instruments/builtin';
import { allItems, sectionHeading } from '@/lib/instruments/items';
import type { Role } from '@/lib/instruments/roles';
import type { Instrument } from '@/lib/instruments/schema';
import { DroppedAnswersNotice } from '@/lib/ui/DroppedAnswersNotice';
import { ErrorSummary } from '@/lib/ui/ErrorSummary';
import { Notice } from '@/lib/ui/Notice';
import { ProfileNeeded } from '@/lib/ui/ProfileNeeded';
import { QuestionField } from '@/lib/ui/QuestionField';
import { useDraft } from '@/lib/ui/useDraft';
import { useSettings } from '@/lib/ui/useSettings';

const db = getDatabase();
const timeFormat = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });

function findInstrument(id: string): Instrument | undefined {
  return BUILTIN_INSTRUMENTS.find((instrument) => instrument.id === id);
}

/** Any instrument, section by section, with progress, a resumable draft and an error summary. */
export function QuestionnairePage({ instrumentId }: { instrumentId: string }) {
  const instrument = useMemo(() => findInstrument(instrumentId), [instrumentId]);
  if (!instrument) return <UnknownInstrument instrumentId={instrumentId} />;
  return <Questionnaire instrument={instrument} />;
}

function UnknownInstrument({ instrumentId }: { instrumentId: string }) {
  return (
    <main>
      <h1>Questionnaire not found</h1>
      <Notice kind="error">
        {instrumentId ? `There is no questionnaire called "${instrumentId}".` : 'No questionnaire was named in the address.'}{' '}
        Choose one of these:
      </Notice>
      <ul>
        {BUILTIN_INSTRUMENTS.map((i) => (
          <li key={i.id}>
            <a href={`?instrument=${i.id}`}>{i.title}</a>
          </li>
        ))}
      </ul>
    </main>
  );
}

function Questionnaire({ instrument }: { instrument: Instrument }) {
  const { settings } = useSettings(db);
  const draft = useDraft(db, instrument);
  const [errors, setErrors] = useState<AnswerError[]>([]);
  const [submitError, setSubmitError] = useState<string>();
  const [submitted, setSubmitted] = useState(false);
  const sectionTitle = useRef<HTMLHeadingElement>(null);

  if (!settings || !draft.loaded) return <main aria-busy="true" />;
  const profile = settings.profile;
  const role: Role = profile && instrument.roles.includes(profile.role) ? profile.role : instrument.roles[0]!;
  const sections = instrument.sections;
  const index = draft.sectionIndex;
  const section = sections[index]!;
  const isLast = index === sections.length - 1;
  const items = allItems(instrument);
  const answeredCount = items.filter((item) => isAnswered(draft.answers[item.id])).length;

  function goTo(next: number) {
    setErrors([]);
    draft.setSectionIndex(next);
    window.scrollTo(0, 0);
    requestAnimationFrame(() => sectionTitle.current?.focus());
  }

  async function next(event: Event) {
    event.preventDefault();
    const problems = validateAnswers(instrument, section.items, draft.answers, role);
    setErrors(problems);
    if (problems.length > 0) return;
    if (!isLast) return goTo(index + 1);
    try {
      await submitResponse(db, instrument, draft.answers, profile!, { installId: await loadInstallId(db) });
      draft.forget();
      setSubmitted(true);
      await requestPersistentStorage();
    } catch (error) {
      setSubmitError((error as Error).message);
    }
  }

  if (submitted) {
    return (
      <main>
        <h1>{instrument.title}</h1>
        <Notice>
          <strong>Thank you. Your answers are saved in this browser.</strong> They stay here until you export them from
          Settings and my data.
        </Notice>
        <p class="actions">
          <button type="button" class="secondary" onClick={() => void browser.runtime.openOptionsPage()}>
            Settings and my data
          </button>
        </p>
      </main>
    );
  }

  let previousStem: string | undefined;
  return (
    <main>
      <h1>{instrument.title}</h1>
      {!profile ? (
        <ProfileNeeded />
      ) : (
        <form onSubmit={next} noValidate>
          <p class="muted">{instrument.description}</p>
          <div class="progress">
            <p id="progress-label">
              Section {index + 1} of {sections.length} · {answeredCount} of {items.length} questions answered
            </p>
            <progress max={sections.length} value={index + 1} aria-labelledby="progress-label" />
          </div>
          <p class="muted" aria-live="polite">
            {draft.savedAt ? `Draft saved at ${timeFormat.format(draft.savedAt)}. You can close this tab and come back later.` : ''}
          </p>
          <ErrorSummary errors={errors} />
          <DroppedAnswersNotice dropped={draft.dropped} />
          {draft.saveError && <Notice kind="error">{draft.saveError}</Notice>}
          <h2 ref={sectionTitle} tabIndex={-1}>
            {sectionHeading(section, role) ?? `Part ${index + 1}`}
          </h2>
          {section.intro && <p>{section.intro}</p>}
          {section.items.map((item) => {
            const showStem = item.stem !== undefined && item.stem !== previousStem;
            previousStem = item.stem;
            return (
              <div key={item.id}>
                {showStem && (
                  <p class="stem" aria-hidden="true">
                    {item.stem}
                  </p>
                )}
                <QuestionField
                  instrument={instrument}
                  item={item}
                  role={role}
                  value={draft.answers[item.id]}
                  onChange={(value) => draft.setAnswer(item.id, value)}
                  error={errors.find((e) => e.itemId === item.id)?.message}
                />
              </div>
            );
          })}
          {submitError && <Notice kind="error">{submitError}</Notice>}
          <div class="actions">
            {index > 0 && (
              <button type="button" class="secondary" onClick={() => goTo(index - 1)}>
                Back
              </button>
            )}
            <button type="submit">{isLast ? 'Submit my answers' : 'Save and continue'}</button>
          </div>
        </form>
      )}
    </main>
  );
}
