import { useCallback, useEffect, useState } from 'preact/hooks';
import type { PulseDatabase } from '../db/database';
import { describeReadError } from '../db/read-error';
import { loadCachedPolicy, saveCachedPolicy } from '../db/settings';
import { loadEffectiveSettings, type EffectiveSettings } from '../settings/effective-settings';
import { readManagedPolicy } from '../settings/managed-policy';

export interface SettingsState {
  settings?: EffectiveSettings;
  /** Why the settings could not be read; the page shows this instead of waiting. */
  error?: string;
  reload: () => void;
}

/**
 * The settings in force (worker's own plus the authority's policy), and a way to reload them.
 * Starts from the last known policy so that the page appears at once, then applies the live one
 * (which may arrive seconds later: forms follow the change).
 */
export function useSettings(db: PulseDatabase): SettingsState {
  const [settings, setSettings] = useState<EffectiveSettings>();
  const [error, setError] = useState<string>();
  const reload = useCallback(() => {
    let live = false;
    const failed = (reason: unknown) => setError(describeReadError(reason, 'your settings'));
    const cached = loadCachedPolicy(db);
    cached.then((policy) => loadEffectiveSettings(db, policy)).then((fromCache) => live || setSettings(fromCache), failed);
    Promise.all([cached, readManagedPolicy()])
      .then(async ([previous, policy]) => {
        live = true;
        if (JSON.stringify(previous) !== JSON.stringify(policy)) await saveCachedPolicy(db, policy).catch(() => undefined);
        setSettings(await loadEffectiveSettings(db, policy));
      })
      .catch(failed);
  }, [db]);
  useEffect(reload, [reload]);
  return { settings, error, reload };
}
