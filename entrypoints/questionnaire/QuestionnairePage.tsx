import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { getDatabase } from '@/lib/db/database';
import { describeReadError } from '@/lib/db/read-error';
import { recentWeeks } from '@/lib/db/responses';
import { isAnswered, validateAnswers, type AnswerError } from '@/lib/instruments/answers';
import { BUILTIN_INSTRUMENTS, getBuiltinInstrument } from '@/lib/instruments/builtin';
import { allItems, sectionHeading } from '@/lib/instruments/items';
import type { Role } from '@/lib/instruments/roles';
import type { Instrument, Section } from '@/lib/instruments/schema';
import { AnswerRequirementNote } from '@/lib/ui/AnswerRequirementNote';
import { DroppedAnswersNotice } from '@/lib/ui/DroppedAnswersNotice';
import { ErrorSummary } from '@/lib/ui/ErrorSummary';
import { Notice } from '@/lib/ui/Notice';
import { ProfileNeeded } from '@/lib/ui/ProfileNeeded';
import { QuestionField } from '@/lib/ui/QuestionField';
import { submitDraft } from '@/lib/ui/submit-draft';
import { useDraft } from '@/lib/ui/useDraft';
import { useSettings } from '@/lib/ui/useSettings';
import { InstrumentLinks } from './InstrumentLinks';
import { WrongRoleNotice } from './WrongRoleNotice';

const db = getDatabase();
const timeFormat = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });

function findInstrument(id: string): Instrument | undefined {
  try {
    return getBuiltinInstrument(id);
  } catch {
    return undefined;
  }
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
      <InstrumentLinks instruments={BUILTIN_INSTRUMENTS} />
    </main>
  );
}

/**
 * The title of a section: its printed heading, or, for a section printed without one, the
 * numbers of its questions ("Questions 1–2"), styled as a navigation aid rather than a heading.
 */
function sectionTitle(instrument: Instrument, section: Section, role?: Role): { text: string; printed: boolean } {
  const heading = sectionHeading(section, role);
  if (heading) return { text: heading, printed: true };
  const items = allItems(instrument);
  const first = items.indexOf(section.items[0]!) + 1;
  const last = first + section.items.length - 1;
  return { text: first === last ? `Question ${first}` : `Questions ${first}–${last}`, printed: false };
}

/** True when a once-a-week instrument (the pulse) already has a response this week. */
function useDoneThisWeek(instrument: Instrument): { done?: boolean; error?: string } {
  const [state, setState] = useState<{ done?: boolean; error?: string }>(instrument.oncePerWeek ? {} : { done: false });
  useEffect(() => {
    if (!instrument.oncePerWeek) return;
    recentWeeks(db, instrument.id, new Date(), 1).then(
      ([week]) => setState({ done: week?.response !== undefined }),
      (error: unknown) => setState({ error: describeReadError(error, 'your responses this week') }),
    );
  }, [instrument]);
  return state;
}

function Questionnaire({ instrument }: { instrument: Instrument }) {
  const { settings, error: settingsError } = useSettings(db);
  const draft = useDraft(db, instrument);
  const thisWeek = useDoneThisWeek(instrument);
  const [errors, setErrors] = useState<AnswerError[]>([]);
  const [submitError, setSubmitError] = useState<string>();
  const [submitted, setSubmitted] = useState(false);
  const sectionTitleRef = useRef<HTMLHeadingElement>(null);

  const readError = settingsError ?? draft.loadError ?? thisWeek.error;
  if (readError) {
    return (
      <main>
        <h1>{instrument.title}</h1>
        <Notice kind="error">{readError}</Notice>
      </main>
    );
  }
  if (!settings || !draft.loaded || thisWeek.done === undefined) return <main aria-busy="true" />;
  const profile = settings.profile;
  if (profile && !instrument.roles.includes(profile.role)) {
    return <WrongRoleNotice instrument={instrument} role={profile.role} />;
  }
  const role = profile?.role;
  const sections = instrument.sections;
  const index = draft.sectionIndex;
  const section = sections[index]!;
  const isLast = index === sections.length - 1;
  const items = allItems(instrument);
  const answeredCount = items.filter((item) => isAnswered(draft.answers[item.id])).length;
  const title = sectionTitle(instrument, section, role);

  function goTo(next: number, keepErrors: AnswerError[] = []) {
    setErrors(keepErrors);
    draft.setSectionIndex(next);
    window.scrollTo(0, 0);
    requestAnimationFrame(() => sectionTitleRef.current?.focus());
  }

  async function next(event: Event) {
    event.preventDefault();
    if (!isLast) {
      const problems = validateAnswers(instrument, section.items, draft.answers, role);
      setErrors(problems);
      if (problems.length === 0) goTo(index + 1);
      return;
    }
    const outcome = await submitDraft(db, instrument, draft, profile!);
    setSubmitError(outcome.failure);
    if (outcome.saved) return setSubmitted(true);
    // Problems may be in an earlier section (e.g. a damaged draft lost a required answer): go there.
    const first = outcome.errors[0];
    const target = first ? sections.findIndex((s) => s.items.some((item) => item.id === first.itemId)) : index;
    const inTarget = outcome.errors.filter((e) => sections[target]!.items.some((item) => item.id === e.itemId));
    if (target !== index) goTo(target, inTarget);
    else setErrors(inTarget);
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
          <AnswerRequirementNote instrument={instrument} />
          {thisWeek.done && (
            <Notice>You have already answered this week's pulse. Submitting here replaces this week's answers (one pulse a week).</Notice>
          )}
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
          <DroppedAnswersNotice instrument={instrument} role={role} dropped={draft.dropped} unreadable={draft.unreadable} />
          {draft.saveError && <Notice kind="error">{draft.saveError}</Notice>}
          <h2 ref={sectionTitleRef} tabIndex={-1} class={title.printed ? undefined : 'nav-title'}>
            {title.text}
          </h2>
          {section.intro && <p class="instructions">{section.intro}</p>}
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
