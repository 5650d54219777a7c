import { browser } from 'wxt/browser';
import { BUILTIN_INSTRUMENTS } from '@/lib/instruments/builtin';
import type { Role } from '@/lib/instruments/roles';

/** Links to the longer questionnaires, the one for the worker's role first. */
export function Questionnaires({ role }: { role?: Role }) {
  const questionnaires = BUILTIN_INSTRUMENTS.filter((i) => i.id !== 'pulse').sort(
    (a, b) => Number(b.roles.includes(role!)) - Number(a.roles.includes(role!)),
  );
  return (
    <section aria-labelledby="questionnaires-title">
      <h2 id="questionnaires-title">Questionnaires</h2>
      <p>When your authority runs a staff questionnaire, open it here. Your draft is saved as you go.</p>
      <ul>
        {questionnaires.map((instrument) => (
          <li key={instrument.id}>
            <a href={browser.runtime.getURL(`/questionnaire.html?instrument=${instrument.id}`)} target="_blank" rel="noopener">
              {instrument.title}
            </a>
            {role && instrument.roles.includes(role) && <span class="muted"> (for your role)</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
