import { useEffect, useState } from 'preact/hooks';
import type { PulseDatabase } from '@/lib/db/database';
import { describeReadError } from '@/lib/db/read-error';
import { deleteAllData, listResponses, summariseData, type DataSummary } from '@/lib/db/responses';
import { BUILTIN_INSTRUMENTS } from '@/lib/instruments/builtin';
import { toCanonicalCsv } from '@/lib/io/canonical-csv-writer';
import { toJsonExport } from '@/lib/io/json-export';
import { requestReschedule } from '@/lib/reminders/messages';
import { downloadText } from '@/lib/ui/download';
import { Notice } from '@/lib/ui/Notice';

type Status = { kind: 'info' | 'error'; text: string };

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What "delete all" deletes, in words, from what this browser holds. */
function deletionList(summary: DataSummary): string[] {
  const titles = summary.drafts.map((id) => BUILTIN_INSTRUMENTS.find((i) => i.id === id)?.title ?? id);
  return [
    `your ${plural(summary.responses, 'response')} (pulses and questionnaires)`,
    summary.drafts.length > 0 ? `your unfinished answers (${titles.join(', ')})` : 'any unfinished answers (there are none now)',
    summary.profile ? 'your profile: authority, role and team' : 'your profile (none is saved)',
    'your reminder: it is switched off until you set it again',
    'the random install id that links your own responses',
    `the dashboard's pool on this browser: ${plural(summary.pooled, 'imported response')} from ${plural(summary.imports, 'imported file')}`,
  ];
}

/** The worker's own data: how much there is, export it, delete it all. */
export function MyData({ db, onDeleted }: { db: PulseDatabase; onDeleted: () => void }) {
  const [summary, setSummary] = useState<DataSummary>();
  const [readError, setReadError] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState<Status>();
  const refresh = () =>
    void summariseData(db).then(
      (next) => {
        setSummary(next);
        setReadError(undefined);
      },
      (error: unknown) => setReadError(describeReadError(error, 'how many responses this browser holds')),
    );
  useEffect(refresh, [db]);

  const stamp = () => new Date().toISOString().slice(0, 10);

  /** Exports one way or another; a failed read is said, not thrown. */
  async function exportWith(run: () => Promise<Status | undefined>) {
    try {
      setStatus(await run());
    } catch (error) {
      setStatus({ kind: 'error', text: describeReadError(error, 'your responses') });
    }
  }

  const exportCsv = () =>
    exportWith(async () => {
      const responses = await listResponses(db);
      const known = new Set(BUILTIN_INSTRUMENTS.map((i) => i.id));
      const exportable = responses.filter((r) => known.has(r.instrumentId));
      const others = [...new Set(responses.filter((r) => !known.has(r.instrumentId)).map((r) => r.instrumentId))];
      downloadText(`frontline-pulse-my-responses-${stamp()}.csv`, toCanonicalCsv(BUILTIN_INSTRUMENTS, exportable), 'text/csv;charset=utf-8');
      if (others.length === 0) return undefined;
      const left = responses.length - exportable.length;
      return {
        kind: 'error',
        text: `The CSV holds ${plural(exportable.length, 'response')}. Left out of it: ${plural(left, 'response')} to ${others.length === 1 ? 'a questionnaire' : 'questionnaires'} this version of Frontline Pulse does not know (${others.join(', ')}), for which the CSV has no columns. The JSON export includes every response.`,
      };
    });

  const exportJson = () =>
    exportWith(async () => {
      downloadText(`frontline-pulse-my-responses-${stamp()}.json`, toJsonExport(await listResponses(db)), 'application/json');
      return undefined;
    });

  async function deleteEverything() {
    try {
      await deleteAllData(db);
    } catch (error) {
      setConfirming(false);
      return setStatus({ kind: 'error', text: (error as Error).message });
    }
    setConfirming(false);
    // The reminder is now off: the background removes the alarm.
    const rescheduled = await requestReschedule();
    setStatus({
      kind: 'info',
      text: `All your data has been deleted from this browser.${rescheduled ? '' : ' The reminder stops the next time the browser starts Frontline Pulse.'}`,
    });
    refresh();
    onDeleted();
  }

  if (readError) {
    return (
      <section aria-labelledby="my-data-title">
        <h2 id="my-data-title">My data</h2>
        <Notice kind="error">{readError}</Notice>
      </section>
    );
  }

  const count = summary?.responses;
  return (
    <section aria-labelledby="my-data-title">
      <h2 id="my-data-title">My data</h2>
      <p>
        This browser holds <strong>{count ?? '…'}</strong> of your responses. They leave it only when you export them.
      </p>
      <div class="actions">
        <button type="button" class="secondary" onClick={() => void exportCsv()} disabled={!count}>
          Export my responses (CSV)
        </button>
        <button type="button" class="secondary" onClick={() => void exportJson()} disabled={!count}>
          Export my responses (JSON)
        </button>
      </div>
      {!confirming || !summary ? (
        <div class="actions">
          <button
            type="button"
            class="danger"
            disabled={!summary}
            onClick={() => {
              refresh();
              setConfirming(true);
            }}
          >
            Delete all my data…
          </button>
        </div>
      ) : (
        <div class="notice error" role="alertdialog" aria-labelledby="confirm-title" aria-describedby="confirm-text">
          <h3 id="confirm-title">Delete all your data?</h3>
          <div id="confirm-text">
            <p>This deletes from this browser:</p>
            <ul>
              {deletionList(summary).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            <p>It cannot be undone. Export first if you want to keep a copy.</p>
          </div>
          <div class="actions">
            <button type="button" class="danger" onClick={() => void deleteEverything()} ref={(b) => b?.focus()}>
              Yes, delete everything
            </button>
            <button type="button" class="secondary" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {status && <Notice kind={status.kind}>{status.text}</Notice>}
    </section>
  );
}
