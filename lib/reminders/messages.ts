import { browser } from 'wxt/browser';

/** Sent by the options page after the reminder changes (saved, or deleted with all data), so the background reschedules. */
export const RESCHEDULE_MESSAGE = { type: 'reschedule-reminder' } as const;

export function isRescheduleMessage(message: unknown): boolean {
  return (message as { type?: unknown } | null)?.type === RESCHEDULE_MESSAGE.type;
}

/**
 * Asks the background to re-create the reminder alarm from the saved settings. Resolves false
 * if the background could not be reached (it then reschedules the next time it starts).
 */
export async function requestReschedule(): Promise<boolean> {
  try {
    return (await browser.runtime.sendMessage(RESCHEDULE_MESSAGE)) === true;
  } catch {
    return false;
  }
}
