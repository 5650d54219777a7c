/**
 * Asks the browser to keep this extension's storage even under storage pressure, so that answers
 * are not evicted. Returns whether storage is persistent; false where the browser cannot say.
 * Called on first use (profile saved, first draft) and after every submission.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) return false;
  try {
    return (await navigator.storage.persisted()) || (await navigator.storage.persist());
  } catch {
    return false;
  }
}

/** Whether storage is persistent now; undefined where the browser cannot say. Asks nothing. */
export async function isStoragePersistent(): Promise<boolean | undefined> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persisted) return undefined;
  try {
    return await navigator.storage.persisted();
  } catch {
    return undefined;
  }
}
