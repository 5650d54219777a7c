import type { SurveyResponse } from '../instruments/response';

export const JSON_EXPORT_FORMAT = 'frontline-pulse/responses';
export const JSON_EXPORT_VERSION = 1;

/** A worker's responses as JSON, answers as codes. The install id is left out on purpose. */
export function toJsonExport(responses: readonly (SurveyResponse & { installId?: string; week?: string })[], now = new Date()): string {
  const cleaned: SurveyResponse[] = responses.map(({ installId: _installId, week: _week, ...response }) => response);
  return JSON.stringify(
    { format: JSON_EXPORT_FORMAT, version: JSON_EXPORT_VERSION, exportedAt: now.toISOString(), responses: cleaned },
    null,
    2,
  );
}
