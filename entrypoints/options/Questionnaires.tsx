import { browser } from 'wxt/browser';
import { BUILTIN_INSTRUMENTS } from '@/lib/instruments/builtin';
import type { Role } from '@/lib/instruments/roles';

/** Links to the longer questionnaires, the one for the worker's role first (in their given order until a role is chosen). */
export function Questionnaires({ role }: { role?: Role }) {
  const forRole = (roles: readonly Role[]) => (role !== undefined && roles.includes(role) ? 1 : 0);
  const questionnaires = BUILTIN_INSTRUMENTS.filter((i) => !i.oncePerWeek).sort((a, b) => forRole(b.roles) - forRole(a.roles));
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
            {forRole(instrument.roles) === 1 && <span class="muted"> (for your role)</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
