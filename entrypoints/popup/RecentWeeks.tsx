import { isoWeekMonday } from '@/analysis/periods';
import type { WeekSummary } from '@/lib/db/responses';
import { findItem, itemText, scaleOf } from '@/lib/instruments/items';
import type { Instrument } from '@/lib/instruments/schema';
import { Face } from '@/lib/ui/Face';

const weekFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** The worker's own last weeks at a glance: how each week felt and whether the workload was manageable. */
export function RecentWeeks({ instrument, weeks }: { instrument: Instrument; weeks: WeekSummary[] }) {
  const feel = findItem(instrument, 'week_overall')!;
  const workload = findItem(instrument, 'workload_manageable')!;
  const label = (itemId: string, code: unknown) => {
    const item = itemId === feel.id ? feel : workload;
    return scaleOf(instrument, item)?.options.find((o) => o.code === code);
  };
  return (
    <table class="weeks">
      <caption class="visually-hidden">Your last {weeks.length} weeks, oldest first</caption>
      <thead>
        <tr>
          <th scope="col">Week of</th>
          <th scope="col">{itemText(feel).replace(/^Overall, /, '').replace(/^./, (c) => c.toUpperCase())}</th>
          <th scope="col">Workload manageable</th>
        </tr>
      </thead>
      <tbody>
        {weeks.map(({ week, response }) => {
          const felt = label(feel.id, response?.answers[feel.id]);
          return (
            <tr key={week}>
              <th scope="row">{weekFormat.format(isoWeekMonday(week))}</th>
              <td class="feel">
                {felt ? (
                  <>
                    {felt.face && <Face face={felt.face} />} {felt.label}
                  </>
                ) : (
                  <span class="muted">No pulse</span>
                )}
              </td>
              <td>{label(workload.id, response?.answers[workload.id])?.label ?? ''}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
