/**
 * Explains a failed read of the database to the worker: what could not be read, why, that
 * nothing was changed, and what to do. Pages show this instead of waiting for ever.
 *
 * @example
 * describeReadError(new Error('boom'), 'your saved answers')
 * // 'Frontline Pulse could not read your saved answers (boom). Nothing has been changed or deleted. …'
 */
export function describeReadError(error: unknown, what: string): string {
  // Dexie wraps the browser's error (and repeats its message); say the browser's own words once.
  const cause = (error as { inner?: unknown } | null)?.inner ?? error;
  const reason = cause instanceof Error ? cause.message : String(cause);
  return `Frontline Pulse could not read ${what} (${reason}). Nothing has been changed or deleted. Close this page and open it again; if this keeps happening, restart the browser.`;
}
