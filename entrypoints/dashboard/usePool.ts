import { useEffect, useState } from 'preact/hooks';
import type { CompactPool } from '@/analysis/compact-pool';
import type { PulseDatabase } from '@/lib/db/database';
import { loadPool } from '@/lib/db/load-pool';
import type { Instrument } from '@/lib/instruments/schema';

export interface PoolState {
  /** The questionnaire's pooled responses, once read (undefined while the first reading runs). */
  pool?: CompactPool;
  /** Why the pool could not be read. */
  error?: string;
  /** How long the last reading took, in milliseconds. */
  readMs?: number;
  /** Whether it was read from the saved copy rather than from the pooled rows. */
  fromCopy?: boolean;
  /** The `poolVersion` the pool shown was read at. */
  version?: number;
}

/**
 * Reads the pool of one questionnaire from IndexedDB once, into memory, and again only when
 * another questionnaire is chosen or the pool changes (`poolVersion`). Every filter is then
 * counted from memory. While the pool is read again after an import, the previous one stays.
 */
export function usePool(db: PulseDatabase, instrument: Instrument, poolVersion: number): PoolState {
  const [state, setState] = useState<PoolState>({});
  useEffect(() => {
    let current = true;
    // Never show another questionnaire's pool, and never an error from an earlier reading.
    setState(({ error: _error, ...previous }) => (previous.pool?.instrument.id === instrument.id ? previous : {}));
    const started = performance.now();
    loadPool(db, instrument).then(
      ({ pool, fromCopy }) => current && setState({ pool, readMs: performance.now() - started, fromCopy, version: poolVersion }),
      (e: Error) => current && setState({ error: `The pooled responses could not be read: ${e.message}` }),
    );
    return () => {
      current = false;
    };
  }, [db, instrument, poolVersion]);
  return state;
}
