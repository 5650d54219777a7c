import { escapeHtml } from './escape-html';
import { REPORT_CSS } from './report-styles';

/**
 * A complete, self-contained HTML page: UTF-8, the embedded style sheet, no scripts and no
 * external resources (images must be given as data: URIs), so it opens and prints offline.
 *
 * @example
 * htmlDocument('Frontline Pulse report', '<h1>…</h1>') // '<!DOCTYPE html>\n<html lang="en-GB">…'
 */
export function htmlDocument(title: string, body: string): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
