import { useCallback, useEffect, useState } from 'preact/hooks';
import type { PulseDatabase } from '../db/database';
import { loadCachedPolicy, saveCachedPolicy } from '../db/settings';
import { loadEffectiveSettings, type EffectiveSettings } from '../settings/effective-settings';
import { readManagedPolicy } from '../settings/managed-policy';

/**
 * The settings in force (worker's own plus the authority's policy), and a way to reload them.
 * Starts from the last known policy so that the page appears at once, then applies the live one.
 */
export function useSettings(db: PulseDatabase): { settings?: EffectiveSettings; reload: () => void } {
  const [settings, setSettings] = useState<EffectiveSettings>();
  const reload = useCallback(() => {
    let live = false;
    const cached = loadCachedPolicy(db);
    void cached.then((policy) => loadEffectiveSettings(db, policy)).then((fromCache) => live || setSettings(fromCache));
    void Promise.all([cached, readManagedPolicy()]).then(async ([previous, policy]) => {
      live = true;
      if (JSON.stringify(previous) !== JSON.stringify(policy)) await saveCachedPolicy(db, policy).catch(() => undefined);
      setSettings(await loadEffectiveSettings(db, policy));
    });
  }, [db]);
  useEffect(reload, [reload]);
  return { settings, reload };
}
