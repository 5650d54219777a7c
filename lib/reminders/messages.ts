/** Sent by the options page after the reminder schedule is saved, so the background reschedules. */
export const RESCHEDULE_MESSAGE = { type: 'reschedule-reminder' } as const;

export function isRescheduleMessage(message: unknown): boolean {
  return (message as { type?: unknown } | null)?.type === RESCHEDULE_MESSAGE.type;
}
