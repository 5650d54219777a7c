import { useRef, useState } from 'preact/hooks';
import type { PulseDatabase } from '@/lib/db/database';
import { addToPool, type PoolImportResult } from '@/lib/db/pool';
import type { ImportMapping } from '@/lib/io/imports';
import { getBuiltinInstrument } from '@/lib/instruments/builtin';
import type { Role } from '@/lib/instruments/roles';
import { SelectField } from '@/lib/ui/SelectField';
import { INSTRUMENT_CHOICES, roleChoices } from './choices';
import { importedWhen } from './ImportList';
import { MappingFileField } from './MappingFileField';
import { ImportCancelled, runImport } from './run-import';


interface FileState {
  key: string;
  name: string;
  size: number;
  bytes: number;
  status: 'waiting' | 'reading' | 'saving' | 'done' | 'unchanged' | 'cancelled' | 'failed';
  message?: string;
  cancel?: () => void;
}

const sizeFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const describeSize = (bytes: number) => (bytes < 1024 * 1024 ? `${sizeFormat.format(bytes / 1024)} KB` : `${sizeFormat.format(bytes / 1024 / 1024)} MB`);
const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** What an import did, in words. */
function describeImport(fileName: string, format: string, result: PoolImportResult, dropped: readonly string[]): { status: FileState['status']; message: string } {
  if (!result.record) {
    const earlier = result.earlier ? ` (imported from ${result.earlier.fileName} on ${importedWhen(result.earlier)})` : '';
    return { status: 'unchanged', message: `All ${plural(result.unchanged, 'response', 'responses')} in ${fileName} are already in the pool${earlier}: nothing changed.` };
  }
  const parts = [`${plural(result.added, 'new response', 'new responses')} added`];
  if (result.updated > 0) parts.push(`${plural(result.updated, 'response', 'responses')} updated to a later version`);
  if (result.unchanged > 0) parts.push(`${result.unchanged.toLocaleString('en-GB')} already in the pool`);
  const personal = dropped.length > 0 ? ` Personal columns dropped: ${dropped.join(', ')}.` : '';
  return { status: 'done', message: `${format}: ${parts.join(', ')}.${personal}` };
}

/**
 * Imports many files at once, by file picker or drag and drop. Each file is parsed in a worker
 * with a progress bar and a cancel button, then stored whole (or not at all) in the pool.
 */
export function ImportPanel({ db, onImported }: { db: PulseDatabase; onImported: () => void }) {
  const [files, setFiles] = useState<FileState[]>([]);
  const [instrumentId, setInstrumentId] = useState(INSTRUMENT_CHOICES[1]!.value);
  const [authorityCode, setAuthorityCode] = useState('');
  const [authorityName, setAuthorityName] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [team, setTeam] = useState('');
  const [date, setDate] = useState('');
  const [mapping, setMapping] = useState<ImportMapping | undefined>();
  const [dragging, setDragging] = useState(false);
  const queue = useRef(Promise.resolve());

  const update = (key: string, change: Partial<FileState>) => setFiles((all) => all.map((f) => (f.key === key ? { ...f, ...change } : f)));

  function enqueue(list: FileList | null) {
    if (!list || list.length === 0) return;
    const added = [...list].map((file, index) => ({ file, state: { key: `${Date.now()}-${index}-${file.name}`, name: file.name, size: file.size, bytes: 0, status: 'waiting' as const } }));
    setFiles((all) => [...added.map((a) => a.state), ...all]);
    const defaults = {
      instrumentId,
      authorityCode: authorityCode.trim() || undefined,
      authorityName: authorityName.trim() || undefined,
      role: role || undefined,
      team: team.trim() || undefined,
      submittedAt: date || undefined,
      mapping,
    };
    for (const { file, state } of added) {
      queue.current = queue.current.then(async () => {
        const running = runImport({ file, ...defaults }, (bytes) => update(state.key, { bytes }));
        update(state.key, { status: 'reading', cancel: running.cancel });
        try {
          const parsed = await running.result;
          update(state.key, { status: 'saving', bytes: file.size, cancel: undefined });
          const result = await addToPool(db, { fileName: file.name, format: parsed.format, responses: parsed.responses, droppedColumns: parsed.droppedColumns });
          update(state.key, describeImport(file.name, parsed.format, result, parsed.droppedColumns));
          if (result.record) onImported();
        } catch (error) {
          update(state.key, { status: error instanceof ImportCancelled ? 'cancelled' : 'failed', cancel: undefined, message: (error as Error).message });
        }
      });
    }
  }

  return (
    <section aria-labelledby="import-title">
      <h2 id="import-title">Import responses</h2>
      <p>
        Workers' "export my data" files (CSV or JSON) and exports from Qualtrics (CSV or tab-separated), SurveyMonkey or Google
        Forms. Each file is added whole or not at all; importing a file twice changes nothing, and a later version of a response
        replaces the earlier one.
      </p>
      <details class="other-tools">
        <summary>Settings for files from other survey tools</summary>
        <SelectField
          id="import-instrument"
          label="Questionnaire the export answers"
          value={instrumentId}
          choices={INSTRUMENT_CHOICES}
          onChange={(id) => {
            setInstrumentId(id);
            setRole('');
          }}
        />
        <div class="field">
          <label for="import-authority-code">Authority code (when the file has none)</label>
          <input type="text" id="import-authority-code" value={authorityCode} onInput={(e) => setAuthorityCode(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="import-authority-name">Authority name</label>
          <input type="text" id="import-authority-name" value={authorityName} onInput={(e) => setAuthorityName(e.currentTarget.value)} />
        </div>
        <SelectField
          id="import-role"
          label="Role (when the file has none)"
          value={role}
          choices={[{ value: '', label: 'As in the file' }, ...roleChoices(getBuiltinInstrument(instrumentId))]}
          onChange={(value) => setRole(value as Role | '')}
        />
        <div class="field">
          <label for="import-team">Team (when the file has none)</label>
          <input type="text" id="import-team" value={team} onInput={(e) => setTeam(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="import-date">Date of responses (when the file has none)</label>
          <input type="date" id="import-date" value={date} onInput={(e) => setDate(e.currentTarget.value)} />
        </div>
        <MappingFileField mapping={mapping} onChange={setMapping} />
      </details>
      <div
        class={dragging ? 'drop-zone dragging' : 'drop-zone'}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          enqueue(e.dataTransfer?.files ?? null);
        }}
      >
        <label for="import-files" class="button">
          Choose files to import
        </label>
        <input
          type="file"
          id="import-files"
          class="visually-hidden"
          multiple
          accept=".csv,.tsv,.txt,.json,text/csv,text/tab-separated-values,application/json"
          onChange={(e) => {
            enqueue(e.currentTarget.files);
            e.currentTarget.value = '';
          }}
        />
        <span class="muted"> or drop them here</span>
      </div>
      {files.length > 0 && (
        <ul class="import-progress" aria-live="polite">
          {files.map((f) => (
            <li key={f.key} class={`import-${f.status}`}>
              <strong>{f.name}</strong> <span class="muted">({describeSize(f.size)})</span>{' '}
              {(f.status === 'reading' || f.status === 'waiting') && (
                <>
                  <progress max={f.size || 1} value={f.bytes} aria-label={`Reading ${f.name}`} />{' '}
                  {f.cancel && (
                    <button type="button" class="secondary" onClick={f.cancel}>
                      Cancel <span class="visually-hidden">{f.name}</span>
                    </button>
                  )}
                </>
              )}
              {f.status === 'saving' && <span> Saving…</span>}
              {f.message && <p class={f.status === 'failed' ? 'error-message' : ''}>{f.message}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
