import { parseInstrument } from '../parse-instrument';
import type { Instrument } from '../schema';
import { ofstedManagersInstrument, ofstedSocialWorkersInstrument } from './ofsted-2011';
import { pulseInstrument } from './pulse';

/** The instruments that ship with Frontline Pulse, validated like any other. */
export const BUILTIN_INSTRUMENTS: readonly Instrument[] = [
  pulseInstrument,
  ofstedSocialWorkersInstrument,
  ofstedManagersInstrument,
].map((input) => parseInstrument(input, `built-in ${input.id}`));

export class UnknownInstrumentError extends Error {
  constructor(readonly instrumentId: string) {
    super(`Unknown instrument "${instrumentId}". Built-in instruments: ${BUILTIN_INSTRUMENTS.map((i) => i.id).join(', ')}.`);
    this.name = 'UnknownInstrumentError';
  }
}

export function getBuiltinInstrument(id: string): Instrument {
  const instrument = BUILTIN_INSTRUMENTS.find((i) => i.id === id);
  if (!instrument) throw new UnknownInstrumentError(id);
  return instrument;
}
