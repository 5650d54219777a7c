import { useCallback, useEffect, useState } from 'preact/hooks';
import type { PulseDatabase } from '../db/database';
import { readManagedPolicy } from '../settings/managed-policy';
import { loadEffectiveSettings, type EffectiveSettings } from '../settings/effective-settings';

/** The settings in force (worker's own plus the authority's policy), and a way to reload them. */
export function useSettings(db: PulseDatabase): { settings?: EffectiveSettings; reload: () => void } {
  const [settings, setSettings] = useState<EffectiveSettings>();
  const reload = useCallback(() => {
    void readManagedPolicy()
      .then((policy) => loadEffectiveSettings(db, policy))
      .then(setSettings);
  }, [db]);
  useEffect(reload, [reload]);
  return { settings, reload };
}
