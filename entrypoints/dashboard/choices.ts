import type { SelectChoice } from '@/lib/ui/SelectField';
import { BUILTIN_INSTRUMENTS } from '@/lib/instruments/builtin';
import { ROLE_LABELS } from '@/lib/instruments/roles';
import type { Instrument } from '@/lib/instruments/schema';

/** The built-in questionnaires, by title. */
export const INSTRUMENT_CHOICES: SelectChoice[] = BUILTIN_INSTRUMENTS.map((i) => ({ value: i.id, label: i.title }));

/** The roles a questionnaire is for (only "Social worker" for the social workers' questionnaire). */
export function roleChoices(instrument: Instrument): SelectChoice[] {
  return instrument.roles.map((role) => ({ value: role, label: ROLE_LABELS[role] }));
}

/** A questionnaire's title from its id (the id itself for one that is not built in). */
export function instrumentTitle(id: string): string {
  return BUILTIN_INSTRUMENTS.find((i) => i.id === id)?.title ?? id;
}
