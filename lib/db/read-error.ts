/**
 * Explains a failed read of the database to the worker: what could not be read, why, that
 * nothing was changed, and what to do. Pages show this instead of waiting for ever.
 *
 * @example
 * describeReadError(new Error('boom'), 'your saved answers')
 * // 'Frontline Pulse could not read your saved answers (boom). Nothing has been changed or deleted. …'
 */
export function describeReadError(error: unknown, what: string): string {
  const reason = error instanceof Error ? error.message : String(error);
  return `Frontline Pulse could not read ${what} (${reason}). Nothing has been changed or deleted. Close this page and open it again; if this keeps happening, restart the browser.`;
}
