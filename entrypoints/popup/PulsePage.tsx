import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { getDatabase } from '@/lib/db/database';
import { localWeekKey } from '@/lib/db/local-week';
import { describeReadError } from '@/lib/db/read-error';
import { recentWeeks, type WeekSummary } from '@/lib/db/responses';
import type { AnswerError } from '@/lib/instruments/answers';
import { getBuiltinInstrument } from '@/lib/instruments/builtin';
import { AnswerRequirementNote } from '@/lib/ui/AnswerRequirementNote';
import { DroppedAnswersNotice } from '@/lib/ui/DroppedAnswersNotice';
import { ErrorSummary } from '@/lib/ui/ErrorSummary';
import { Notice } from '@/lib/ui/Notice';
import { ProfileNeeded } from '@/lib/ui/ProfileNeeded';
import { QuestionField } from '@/lib/ui/QuestionField';
import { submitDraft } from '@/lib/ui/submit-draft';
import { useDraft } from '@/lib/ui/useDraft';
import { useSettings } from '@/lib/ui/useSettings';
import { RecentWeeks } from './RecentWeeks';

const db = getDatabase();
const pulse = getBuiltinInstrument('pulse');

/** The weekly pulse: the form, or, once this week's is saved, the last 8 weeks at a glance. */
export function PulsePage() {
  const { settings, error: settingsError } = useSettings(db);
  const draft = useDraft(db, pulse);
  const [weeks, setWeeks] = useState<WeekSummary[]>();
  const [weeksError, setWeeksError] = useState<string>();
  const [errors, setErrors] = useState<AnswerError[]>([]);
  const [submitError, setSubmitError] = useState<string>();
  const [justSaved, setJustSaved] = useState(false);

  const refreshWeeks = () =>
    recentWeeks(db, pulse.id, new Date()).then(setWeeks, (error: unknown) => setWeeksError(describeReadError(error, 'your recent pulses')));
  useEffect(() => void refreshWeeks(), []);

  const readError = settingsError ?? draft.loadError ?? weeksError;
  if (readError) {
    return (
      <main>
        <h1>Weekly pulse</h1>
        <Notice kind="error">{readError}</Notice>
      </main>
    );
  }
  if (!settings || !weeks || !draft.loaded) return <main aria-busy="true" />;
  const profile = settings.profile;
  const thisWeek = weeks.find((w) => w.week === localWeekKey(new Date()))?.response;
  const showForm = !thisWeek || draft.editingResponseId !== undefined;

  async function submit(event: Event) {
    event.preventDefault();
    const outcome = await submitDraft(db, pulse, draft, profile!);
    setErrors(outcome.errors);
    setSubmitError(outcome.failure);
    if (!outcome.saved) return;
    await refreshWeeks();
    setJustSaved(true);
  }

  return (
    <main>
      <h1>Weekly pulse</h1>
      {!profile ? (
        <ProfileNeeded />
      ) : showForm ? (
        <form onSubmit={submit} noValidate>
          <p class="muted">{pulse.description}</p>
          <AnswerRequirementNote instrument={pulse} />
          <ErrorSummary errors={errors} />
          <DroppedAnswersNotice instrument={pulse} role={profile.role} dropped={draft.dropped} unreadable={draft.unreadable} />
          {draft.saveError && <Notice kind="error">{draft.saveError}</Notice>}
          {pulse.sections[0]!.items.map((item) => (
            <QuestionField
              key={item.id}
              instrument={pulse}
              item={item}
              role={profile.role}
              value={draft.answers[item.id]}
              onChange={(value) => draft.setAnswer(item.id, value)}
              error={errors.find((e) => e.itemId === item.id)?.message}
            />
          ))}
          {submitError && <Notice kind="error">{submitError}</Notice>}
          <div class="actions">
            <button type="submit">{thisWeek ? "Save this week's changes" : 'Save my pulse'}</button>
            {thisWeek && (
              <button type="button" class="secondary" onClick={() => void draft.cancel().then(() => setErrors([]))}>
                Cancel changes
              </button>
            )}
          </div>
        </form>
      ) : (
        <section aria-labelledby="done-title">
          <h2 id="done-title">{justSaved ? 'Saved. Thank you.' : "This week's pulse is done. Thank you."}</h2>
          <RecentWeeks instrument={pulse} weeks={weeks} />
          <div class="actions">
            <button type="button" class="secondary" onClick={() => draft.startEditing(thisWeek.responseId, thisWeek.answers)}>
              Change this week's answers
            </button>
            <button type="button" class="secondary" onClick={() => void browser.runtime.openOptionsPage()}>
              Settings and my data
            </button>
          </div>
        </section>
      )}
    </main>
  );
}
