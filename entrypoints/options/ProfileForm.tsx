import { useState } from 'preact/hooks';
import type { PulseDatabase } from '@/lib/db/database';
import { saveProfile } from '@/lib/db/settings';
import { guardWrite } from '@/lib/db/write-error';
import { ROLE_LABELS, ROLES, type Role } from '@/lib/instruments/roles';
import type { EffectiveSettings } from '@/lib/settings/effective-settings';
import { Notice } from '@/lib/ui/Notice';

interface Props {
  db: PulseDatabase;
  settings: EffectiveSettings;
  onSaved: () => void;
}

/** Authority, role and optional team: asked once, used to label every response. */
export function ProfileForm({ db, settings, onSaved }: Props) {
  const initial = settings.draftProfile;
  const [authorityCode, setCode] = useState(initial.authorityCode ?? '');
  const [authorityName, setName] = useState(initial.authorityName ?? '');
  const [role, setRole] = useState<Role | undefined>(initial.role);
  const [team, setTeam] = useState(initial.team ?? '');
  const [problems, setProblems] = useState<string[]>([]);
  const [status, setStatus] = useState<{ kind: 'info' | 'error'; text: string }>();
  const locked = settings.locked.authority;

  async function save(event: Event) {
    event.preventDefault();
    const found: string[] = [];
    if (!authorityCode.trim()) found.push('Enter your local authority code');
    if (!authorityName.trim()) found.push("Enter your local authority's name");
    if (!role) found.push('Choose your role');
    setProblems(found);
    if (found.length > 0) return setStatus(undefined);
    try {
      await guardWrite(() =>
        saveProfile(db, { authorityCode: authorityCode.trim(), authorityName: authorityName.trim(), role: role!, team: team.trim() }),
      );
      setStatus({ kind: 'info', text: 'Profile saved.' });
      onSaved();
    } catch (error) {
      setStatus({ kind: 'error', text: (error as Error).message });
    }
  }

  return (
    <section aria-labelledby="profile-title">
      <h2 id="profile-title">Your profile</h2>
      <form onSubmit={save} noValidate>
        {problems.length > 0 && (
          <div class="error-summary" role="alert">
            <h3>There is a problem</h3>
            <ul>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        )}
        {locked && <p class="hint">Your authority has set these for you.</p>}
        <div class="field">
          <label for="authority-code">Local authority code</label>
          <p class="hint" id="authority-code-hint">
            For example your authority's DfE LA number or ONS code. Ask your manager if unsure.
          </p>
          <input
            type="text"
            id="authority-code"
            aria-describedby="authority-code-hint"
            value={authorityCode}
            readOnly={locked}
            onInput={(e) => setCode(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="authority-name">Local authority name</label>
          <input type="text" id="authority-name" value={authorityName} readOnly={locked} onInput={(e) => setName(e.currentTarget.value)} />
        </div>
        <fieldset class="question">
          <legend>Your role</legend>
          <div class="choices list">
            {ROLES.map((r) => (
              <div class="choice" key={r}>
                <input type="radio" id={`role-${r}`} name="role" value={r} checked={role === r} onChange={() => setRole(r)} />
                <label for={`role-${r}`}>{ROLE_LABELS[r]}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <div class="field">
          <label for="team">Team (optional)</label>
          <p class="hint" id="team-hint">
            A team name such as "Assessment team 2", never a person's name. Small teams are never shown on their own.
          </p>
          <input type="text" id="team" aria-describedby="team-hint" value={team} onInput={(e) => setTeam(e.currentTarget.value)} />
        </div>
        <div class="actions">
          <button type="submit">Save profile</button>
        </div>
        {status && <Notice kind={status.kind}>{status.text}</Notice>}
      </form>
    </section>
  );
}
