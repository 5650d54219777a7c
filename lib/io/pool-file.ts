import type { SurveyResponse } from '../instruments/response';
import type { Role } from '../instruments/roles';
import type { Instrument } from '../instruments/schema';
import { CANONICAL_COLUMNS } from './canonical-columns';
import { forEachCanonicalResponse } from './canonical-csv-reader';
import { decodeExport, importSurveyExport, type ImportMapping } from './imports';
import { parseJsonExport } from './json-import';

/** What a manager says about files from other survey tools, which carry no profile of their own. */
export interface OtherToolDefaults {
  instrument: Instrument;
  authorityCode?: string;
  authorityName?: string;
  role?: Role;
  team?: string;
  /** ISO 8601 time for rows with no submission time (SurveyMonkey exports without dates). */
  submittedAt?: string;
  /** A mapping file (column → item or profile field), read with `parseImportMapping`. */
  mapping?: ImportMapping;
}

export interface PoolFile {
  format: string;
  responses: SurveyResponse[];
  droppedColumns: string[];
}

/** The kind of file, from its name and its first characters. */
export function poolFileKind(fileName: string, head: string): 'json' | 'canonical' | 'other-tool' {
  const start = head.replace(/^\uFEFF/, '').trimStart();
  if (/\.json$/i.test(fileName) || start.startsWith('{')) return 'json';
  const firstLine = start.split(/\r?\n/, 1)[0] ?? '';
  return firstLine.split(',')[0]?.replace(/"/g, '') === CANONICAL_COLUMNS[0] ? 'canonical' : 'other-tool';
}

/** Counts the bytes passing through, for a progress bar. */
function counted(stream: ReadableStream<Uint8Array>, onProgress: (bytes: number) => void): ReadableStream<Uint8Array> {
  let bytes = 0;
  return stream.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        bytes += chunk.byteLength;
        onProgress(bytes);
        controller.enqueue(chunk);
      },
    }),
  );
}

/** A file's text as the CLI reads exports: UTF-16 when it starts with a UTF-16 byte order mark (Qualtrics' tab-separated files), else UTF-8. */
export async function readExportText(file: Blob): Promise<string> {
  return decodeExport(new Uint8Array(await file.arrayBuffer()));
}

/**
 * Reads one file for the dashboard's pool: a worker's JSON export, the canonical CSV (streamed,
 * wide or long), or another survey tool's export (with the defaults the manager gave), decoded as
 * the CLI decodes it (UTF-16 tab-separated Qualtrics exports included). Resolves
 * with every response, or rejects with an ImportError naming file, line and column: a file is
 * taken whole or not at all.
 *
 * @example
 * await readPoolFile(new File([text], 'team-a.csv'), { instrument: pulse }) // { format: 'canonical CSV (wide)', responses, droppedColumns: [] }
 */
export async function readPoolFile(file: File, defaults: OtherToolDefaults, onProgress: (bytes: number) => void = () => {}): Promise<PoolFile> {
  const kind = poolFileKind(file.name, await readExportText(file.slice(0, 4096)));
  if (kind === 'json') {
    const responses = parseJsonExport(await file.text(), file.name);
    onProgress(file.size);
    return { format: 'Frontline Pulse JSON', responses, droppedColumns: [] };
  }
  if (kind === 'canonical') {
    const responses: SurveyResponse[] = [];
    const summary = await forEachCanonicalResponse(counted(file.stream(), onProgress), (response) => responses.push(response), { file: file.name });
    return { format: `canonical CSV (${summary.form})`, responses, droppedColumns: [] };
  }
  const { responses, report } = importSurveyExport(await readExportText(file), { file: file.name, ...defaults });
  onProgress(file.size);
  return { format: report.format, responses, droppedColumns: report.droppedPersonalColumns };
}
