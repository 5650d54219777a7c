import { useRef, useState } from 'preact/hooks';
import { parseImportMapping, type ImportMapping } from '@/lib/io/imports';
import { readExportText } from '@/lib/io/pool-file';

interface Props {
  mapping: ImportMapping | undefined;
  onChange: (mapping: ImportMapping | undefined) => void;
}

/**
 * An optional mapping file for other survey tools' exports (column → item id, `authority_code`,
 * `role`, …; JSON or CSV, as the `pulse import` command takes). It is read as soon as it is chosen,
 * so a bad mapping is named before any export is imported with it.
 */
export function MappingFileField({ mapping, onChange }: Props) {
  const [error, setError] = useState('');
  const input = useRef<HTMLInputElement>(null);

  async function choose(file: File | undefined) {
    setError('');
    onChange(undefined);
    if (!file) {
      if (input.current) input.current.value = '';
      return;
    }
    try {
      onChange(parseImportMapping(await readExportText(file), file.name));
    } catch (failure) {
      setError((failure as Error).message);
    }
  }

  return (
    <div class="field">
      <label for="import-mapping">Mapping file (optional: which column is which item, authority or role)</label>
      <input ref={input} type="file" id="import-mapping" accept=".json,.csv,application/json,text/csv" onChange={(e) => void choose(e.currentTarget.files?.[0])} />
      {mapping && (
        <p class="mapping-in-use">
          Using {mapping.file}: {mapping.columns.length} {mapping.columns.length === 1 ? 'column' : 'columns'} mapped.{' '}
          <button type="button" class="secondary" onClick={() => void choose(undefined)}>
            Stop using {mapping.file}
          </button>
        </p>
      )}
      {error && (
        <p class="error-message" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
