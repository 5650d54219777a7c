/**
 * Asks the browser to keep this extension's storage even under storage pressure, so that answers
 * are not evicted. Returns whether storage is persistent; false where the browser cannot say.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) return false;
  try {
    return (await navigator.storage.persisted()) || (await navigator.storage.persist());
  } catch {
    return false;
  }
}
