/**
 * Imports of other survey tools' exports (Qualtrics, legacy Qualtrics, SurveyMonkey, Google Forms)
 * as canonical responses. Start with {@link importSurveyExport}.
 */
export { importSurveyExport, type ImportOptions, type ImportResult } from './import-survey-export';
export type { ImportReport } from './import-report';
export { ImportError, formatProblem, type ImportProblem } from './import-error';
export { parseImportMapping, SPECIAL_TARGETS, type ImportMapping, type ColumnMapping } from './import-mapping';
export { detectFormat } from './detect-format';
export { IMPORT_FORMATS, type ImportFormat } from './source-table';
export { readCsvRows } from '../csv-rows';
export { decodeExport } from './decode-export';
export { importedResponseId } from './response-id';
