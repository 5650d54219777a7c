import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { isoWeekKey } from '@/analysis/periods';
import { getDatabase } from '@/lib/db/database';
import { requestPersistentStorage } from '@/lib/db/persistent-storage';
import { recentWeeks, submitResponse, type WeekSummary } from '@/lib/db/responses';
import { loadInstallId } from '@/lib/db/settings';
import { validateAnswers, type AnswerError } from '@/lib/instruments/answers';
import { getBuiltinInstrument } from '@/lib/instruments/builtin';
import { allItems } from '@/lib/instruments/items';
import { DroppedAnswersNotice } from '@/lib/ui/DroppedAnswersNotice';
import { ErrorSummary } from '@/lib/ui/ErrorSummary';
import { Notice } from '@/lib/ui/Notice';
import { ProfileNeeded } from '@/lib/ui/ProfileNeeded';
import { QuestionField } from '@/lib/ui/QuestionField';
import { useDraft } from '@/lib/ui/useDraft';
import { useSettings } from '@/lib/ui/useSettings';
import { RecentWeeks } from './RecentWeeks';

const db = getDatabase();
const pulse = getBuiltinInstrument('pulse');

/** The weekly pulse: the form, or, once this week's is saved, the last 8 weeks at a glance. */
export function PulsePage() {
  const { settings } = useSettings(db);
  const draft = useDraft(db, pulse);
  const [weeks, setWeeks] = useState<WeekSummary[]>();
  const [errors, setErrors] = useState<AnswerError[]>([]);
  const [submitError, setSubmitError] = useState<string>();
  const [justSaved, setJustSaved] = useState(false);

  const refreshWeeks = () => recentWeeks(db, pulse.id, new Date()).then(setWeeks);
  useEffect(() => void refreshWeeks(), []);

  if (!settings || !weeks || !draft.loaded) return <main aria-busy="true" />;
  const thisWeek = weeks.find((w) => w.week === isoWeekKey(new Date()))?.response;
  const showForm = !thisWeek || draft.editingResponseId !== undefined;

  async function submit(event: Event) {
    event.preventDefault();
    const problems = validateAnswers(pulse, allItems(pulse), draft.answers, settings!.profile?.role);
    setErrors(problems);
    if (problems.length > 0 || !settings!.profile) return;
    try {
      await submitResponse(db, pulse, draft.answers, settings!.profile, {
        installId: await loadInstallId(db),
        replaceResponseId: thisWeek?.responseId,
      });
      setSubmitError(undefined);
      draft.forget();
      await refreshWeeks();
      setJustSaved(true);
      await requestPersistentStorage();
    } catch (error) {
      setSubmitError((error as Error).message);
    }
  }

  return (
    <main>
      <h1>Weekly pulse</h1>
      {!settings.profile ? (
        <ProfileNeeded />
      ) : showForm ? (
        <form onSubmit={submit} noValidate>
          <p class="muted">{pulse.description}</p>
          <ErrorSummary errors={errors} />
          <DroppedAnswersNotice dropped={draft.dropped} />
          {draft.saveError && <Notice kind="error">{draft.saveError}</Notice>}
          {pulse.sections[0]!.items.map((item) => (
            <QuestionField
              key={item.id}
              instrument={pulse}
              item={item}
              role={settings.profile!.role}
              value={draft.answers[item.id]}
              onChange={(value) => draft.setAnswer(item.id, value)}
              error={errors.find((e) => e.itemId === item.id)?.message}
            />
          ))}
          {submitError && <Notice kind="error">{submitError}</Notice>}
          <div class="actions">
            <button type="submit">{thisWeek ? "Save this week's changes" : 'Save my pulse'}</button>
          </div>
        </form>
      ) : (
        <section aria-labelledby="done-title">
          <h2 id="done-title">{justSaved ? 'Saved. Thank you.' : "This week's pulse is done. Thank you."}</h2>
          <RecentWeeks instrument={pulse} weeks={weeks} />
          <div class="actions">
            <button type="button" class="secondary" onClick={() => draft.startEditing(thisWeek!.responseId, thisWeek!.answers)}>
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
