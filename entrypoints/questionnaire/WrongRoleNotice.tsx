import { browser } from 'wxt/browser';
import { BUILTIN_INSTRUMENTS } from '@/lib/instruments/builtin';
import { ROLE_LABELS, type Role } from '@/lib/instruments/roles';
import type { Instrument } from '@/lib/instruments/schema';
import { InstrumentLinks } from './InstrumentLinks';

/**
 * Shown instead of a questionnaire meant for another role: answers recorded under the wrong role
 * would be counted in the other group's table. Links to the questionnaires for the worker's role.
 */
export function WrongRoleNotice({ instrument, role }: { instrument: Instrument; role: Role }) {
  const theirs = BUILTIN_INSTRUMENTS.filter((other) => !other.oncePerWeek && other.roles.includes(role));
  return (
    <main>
      <h1>{instrument.title}</h1>
      <div class="notice" role="status">
        <p>
          This questionnaire is for {instrument.groupLabel}. Your profile gives your role as "{ROLE_LABELS[role]}", so
          your answers here would be counted with the wrong group.
        </p>
        {theirs.length > 0 && (
          <>
            <p>The questionnaire for your role:</p>
            <InstrumentLinks instruments={theirs} />
          </>
        )}
        <p>
          If your role is wrong, change it in{' '}
          <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener">
            Settings and my data
          </a>
          .
        </p>
      </div>
    </main>
  );
}
