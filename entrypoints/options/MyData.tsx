import { useEffect, useState } from 'preact/hooks';
import type { PulseDatabase } from '@/lib/db/database';
import { deleteAllData, listResponses } from '@/lib/db/responses';
import { BUILTIN_INSTRUMENTS } from '@/lib/instruments/builtin';
import { toCanonicalCsv } from '@/lib/io/canonical-csv-writer';
import { toJsonExport } from '@/lib/io/json-export';
import { downloadText } from '@/lib/ui/download';
import { Notice } from '@/lib/ui/Notice';

/** The worker's own data: how much there is, export it, delete it all. */
export function MyData({ db, onDeleted }: { db: PulseDatabase; onDeleted: () => void }) {
  const [count, setCount] = useState<number>();
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState<{ kind: 'info' | 'error'; text: string }>();
  const refresh = () => void db.responses.count().then(setCount);
  useEffect(refresh, [db]);

  const stamp = () => new Date().toISOString().slice(0, 10);
  async function exportCsv() {
    downloadText(`frontline-pulse-my-responses-${stamp()}.csv`, toCanonicalCsv(BUILTIN_INSTRUMENTS, await listResponses(db)), 'text/csv;charset=utf-8');
  }
  async function exportJson() {
    downloadText(`frontline-pulse-my-responses-${stamp()}.json`, toJsonExport(await listResponses(db)), 'application/json');
  }
  async function deleteEverything() {
    try {
      await deleteAllData(db);
      setConfirming(false);
      setStatus({ kind: 'info', text: 'All your data has been deleted from this browser.' });
      refresh();
      onDeleted();
    } catch (error) {
      setStatus({ kind: 'error', text: (error as Error).message });
    }
  }

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
      {!confirming ? (
        <div class="actions">
          <button type="button" class="danger" onClick={() => setConfirming(true)}>
            Delete all my data…
          </button>
        </div>
      ) : (
        <div class="notice error" role="alertdialog" aria-labelledby="confirm-title" aria-describedby="confirm-text">
          <h3 id="confirm-title">Delete all your data?</h3>
          <p id="confirm-text">
            This deletes your {count} responses, any drafts and your settings from this browser. It cannot be undone. Export
            first if you want to keep a copy.
          </p>
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
