/**
 * A write to the database that failed, with a message a worker can act on. The draft is kept
 * whenever this is thrown: callers never delete a draft before the write it belongs to succeeds.
 */
export class WriteError extends Error {
  constructor(
    message: string,
    override readonly cause: unknown,
  ) {
    super(message);
    this.name = 'WriteError';
  }
}

function errorName(error: unknown): string {
  const e = error as { name?: string; inner?: { name?: string } } | null;
  return e?.inner?.name ?? e?.name ?? '';
}

/** Explains why a write failed, in words for the person who was writing. */
export function describeWriteError(error: unknown): string {
  switch (errorName(error)) {
    case 'QuotaExceededError':
      return "Your answers could not be saved because this browser's storage is full. Your draft is kept: free some space (for example clear other sites' data) and try again.";
    case 'DatabaseClosedError':
    case 'InvalidStateError':
      return 'Your answers could not be saved because the database is closed (the browser may be shutting the extension down). Your draft is kept: reopen this page and try again.';
    default:
      return `Your answers could not be saved (${error instanceof Error ? error.message : String(error)}). Your draft is kept: try again.`;
  }
}

/** Runs a write and turns any failure into a {@link WriteError}. */
export async function guardWrite<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw new WriteError(describeWriteError(error), error);
  }
}
