import { useState } from 'preact/hooks';
import type { PulseDatabase } from '@/lib/db/database';
import { requestPersistentStorage } from '@/lib/db/persistent-storage';
import { saveProfile } from '@/lib/db/settings';
import { ROLE_LABELS, ROLES, type Role } from '@/lib/instruments/roles';
import type { EffectiveSettings } from '@/lib/settings/effective-settings';
import { Notice } from '@/lib/ui/Notice';
import { useFollowedState } from '@/lib/ui/useFollowedState';

interface Props {
  db: PulseDatabase;
  settings: EffectiveSettings;
  onSaved: () => void;
}

/**
 * Authority, role and optional team: asked once, used to label every response. The fields follow
 * the settings: a policy that arrives late fills (and locks) the authority, "delete all" empties them.
 */
export function ProfileForm({ db, settings, onSaved }: Props) {
  const saved = settings.draftProfile;
  const [authorityCode, setCode] = useFollowedState(saved.authorityCode ?? '');
  const [authorityName, setName] = useFollowedState(saved.authorityName ?? '');
  const [role, setRole] = useFollowedState<Role | undefined>(saved.role);
  const [team, setTeam] = useFollowedState(saved.team ?? '');
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
      await saveProfile(db, { authorityCode: authorityCode.trim(), authorityName: authorityName.trim(), role: role!, team: team.trim() });
      // First run: from now on there are answers worth keeping.
      await requestPersistentStorage();
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
        {locked && <p class="hint">Your authority has set its code and name for you.</p>}
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
