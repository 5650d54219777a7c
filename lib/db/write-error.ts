/**
 * A write to the database that failed, with a message a worker can act on that says truthfully
 * what was and was not saved. Every write is one transaction, so a failed write changes nothing.
 */
export class WriteError extends Error {
  constructor(
    message: string,
    override readonly cause: unknown,
    readonly action: WriteAction,
  ) {
    super(message);
    this.name = 'WriteError';
  }
}

/** What the failed write was doing; each says differently what is and is not kept. */
export type WriteAction = 'draft' | 'cancel' | 'submit' | 'profile' | 'reminder' | 'delete' | 'change';

function errorName(error: unknown): string {
  const e = error as { name?: string; inner?: { name?: string } } | null;
  return e?.inner?.name ?? e?.name ?? '';
}

/** Why a write failed and what the worker can do about it. */
function reasonAndRemedy(error: unknown): { reason: string; remedy: string } {
  switch (errorName(error)) {
    case 'QuotaExceededError':
      return {
        reason: "this browser's storage is full",
        remedy: "Free some space (for example clear other sites' data)",
      };
    case 'DatabaseClosedError':
    case 'InvalidStateError':
      return {
        reason: 'the database is closed (the browser may be shutting the extension down)',
        remedy: 'Reopen this page',
      };
    default:
      return {
        reason: `of an unexpected error (${error instanceof Error ? error.message : String(error)})`,
        remedy: 'Wait a moment',
      };
  }
}

/**
 * Explains why a write failed, in words for the person who was writing, saying what was saved
 * and what was not for that action.
 *
 * @example
 * describeWriteError(new DOMException('full', 'QuotaExceededError'), 'profile')
 * // "Your profile was not saved, because this browser's storage is full. …"
 */
export function describeWriteError(error: unknown, action: WriteAction): string {
  const { reason, remedy } = reasonAndRemedy(error);
  switch (action) {
    case 'draft':
      return `Your latest changes are not saved yet, because ${reason}. They are still on this page, but they will be lost if you close it. ${remedy}: they are saved again with your next change.`;
    case 'cancel':
      return `Your changes were not cancelled, because ${reason}. They are still in your draft. ${remedy} and cancel again.`;
    case 'submit':
      return `Your answers were not submitted, because ${reason}. They are still on this page, and the draft saved before is unchanged. ${remedy} and submit again.`;
    case 'profile':
      return `Your profile was not saved, because ${reason}. The profile saved before (if any) is unchanged. ${remedy} and save again.`;
    case 'reminder':
      return `Your reminder was not saved, because ${reason}. The reminder stays as it was. ${remedy} and save again.`;
    case 'delete':
      return `Nothing was deleted, because ${reason}. All your data is still in this browser. ${remedy} and delete again.`;
    case 'change':
      return `The change was not saved, because ${reason}. Everything saved before is unchanged. ${remedy}.`;
  }
}

/**
 * Runs a write and turns any failure into a {@link WriteError} whose message fits `action`.
 * The write must be one transaction, so that failing leaves everything as it was.
 */
export async function guardWrite<T>(write: () => Promise<T>, action: WriteAction = 'change'): Promise<T> {
  try {
    return await write();
  } catch (error) {
    // A write nested in a larger one reports the larger action, with the original reason.
    const cause = error instanceof WriteError ? error.cause : error;
    throw new WriteError(describeWriteError(cause, action), cause, action);
  }
}
