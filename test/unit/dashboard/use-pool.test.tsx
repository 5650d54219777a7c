import Dexie from 'dexie';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { PulseDatabase } from '@/lib/db/database';
import { addToPool } from '@/lib/db/pool';
import { getBuiltinInstrument } from '@/lib/instruments/builtin';
import { usePool, type PoolState } from '@/entrypoints/dashboard/usePool';
import { roleScenario } from '../analysis/helpers/role-scenario';

const pulse = getBuiltinInstrument('pulse');
let db: PulseDatabase;
afterEach(async () => {
  render(null, document.body);
  db.close();
  await Dexie.delete(db.name);
});

/** Renders the hook and hands back every state it went through. */
function Probe({ version, states }: { version: number; states: PoolState[] }) {
  states.push(usePool(db, pulse, version));
  return null;
}

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 50)));

describe('usePool', () => {
  it('reads the pool once into memory', async () => {
    db = new PulseDatabase(`use-pool-${Math.random()}`);
    await addToPool(db, { fileName: 'roles.csv', format: 'canonical CSV', responses: roleScenario });
    const states: PoolState[] = [];
    await act(() => render(<Probe version={0} states={states} />, document.body));
    await settle();
    expect(states.at(-1)!.pool?.size).toBe(roleScenario.length);
    expect(states.at(-1)!.error).toBeUndefined();
  });

  it('says why the pool could not be read, and forgets it once a later reading works', async () => {
    db = new PulseDatabase(`use-pool-${Math.random()}`);
    await addToPool(db, { fileName: 'roles.csv', format: 'canonical CSV', responses: roleScenario });
    db.close();
    const states: PoolState[] = [];
    await act(() => render(<Probe version={0} states={states} />, document.body));
    await settle();
    expect(states.at(-1)!.error).toMatch(/^The pooled responses could not be read: /);
    await db.open();
    await act(() => render(<Probe version={1} states={states} />, document.body));
    await settle();
    expect(states.at(-1)!.error).toBeUndefined();
    expect(states.at(-1)!.pool?.size).toBe(roleScenario.length);
  });
});
