import type { Instrument } from '@/lib/instruments/schema';

/** Links to other questionnaires on this page (`?instrument=<id>`). */
export function InstrumentLinks({ instruments }: { instruments: readonly Instrument[] }) {
  return (
    <ul>
      {instruments.map((instrument) => (
        <li key={instrument.id}>
          <a href={`?instrument=${instrument.id}`}>{instrument.title}</a>
        </li>
      ))}
    </ul>
  );
}
