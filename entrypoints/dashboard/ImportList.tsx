import type { ImportRecord } from '@/lib/db/database';
import { instrumentTitle } from './choices';

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** When an import was made, as the list and the messages show it. */
export const importedWhen = (record: ImportRecord) => dateFormat.format(new Date(record.importedAt));

/** What has been imported, with "remove this import". */
export function ImportList({ imports, onRemove }: { imports: ImportRecord[]; onRemove: (id: number) => void }) {
  if (imports.length === 0) return <p class="muted">Nothing imported yet.</p>;
  return (
    <table class="imports">
      <caption>Imported files</caption>
      <thead>
        <tr>
          <th scope="col">File</th>
          <th scope="col">Imported</th>
          <th scope="col">Responses</th>
          <th scope="col">Questionnaire</th>
          <th scope="col">
            <span class="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {imports.map((record) => (
          <tr key={record.id}>
            <th scope="row">{record.fileName}</th>
            <td>{importedWhen(record)}</td>
            <td>
              {record.responses}
              {(record.added < record.responses || (record.updated ?? 0) > 0) && (
                <span class="muted">
                  {' '}
                  ({record.added} new{record.updated ? `, ${record.updated} updated` : ''})
                </span>
              )}
            </td>
            <td>{record.instrumentIds.map(instrumentTitle).join(', ')}</td>
            <td>
              <button type="button" class="secondary" onClick={() => onRemove(record.id!)}>
                Remove <span class="visually-hidden">{record.fileName}</span>
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
