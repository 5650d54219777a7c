import { isoWeekMonday } from '@/analysis/periods';
import type { WeekSummary } from '@/lib/db/responses';
import { findItem, scaleOf } from '@/lib/instruments/items';
import type { Instrument, Item } from '@/lib/instruments/schema';
import { Face } from '@/lib/ui/Face';

// The Monday of a week key, as a calendar date (the key's Monday is a UTC midnight).
const weekFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** The two pulse items shown at a glance: how the week felt, and whether the workload was manageable. */
const GLANCE_ITEM_IDS = ['week_overall', 'workload_manageable'];

/** The worker's own last weeks at a glance, one row per week, each glance item in a column. */
export function RecentWeeks({ instrument, weeks }: { instrument: Instrument; weeks: WeekSummary[] }) {
  const items = GLANCE_ITEM_IDS.map((id) => findItem(instrument, id)).filter((item): item is Item => item !== undefined);
  const option = (item: Item, code: unknown) => scaleOf(instrument, item)?.options.find((o) => o.code === code);
  return (
    <table class="weeks">
      <caption class="visually-hidden">Your last {weeks.length} weeks, oldest first</caption>
      <thead>
        <tr>
          <th scope="col">Week of</th>
          {items.map((item) => (
            <th scope="col" key={item.id}>
              {item.shortLabel ?? item.text}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map(({ week, response }) => (
          <tr key={week}>
            <th scope="row">{weekFormat.format(isoWeekMonday(week))}</th>
            {items.map((item, index) => {
              const answer = option(item, response?.answers[item.id]);
              return (
                <td key={item.id} class={answer?.face ? 'feel' : undefined}>
                  {answer ? (
                    <>
                      {answer.face && <Face face={answer.face} />} {answer.label}
                    </>
                  ) : (
                    index === 0 && <span class="muted">{response ? 'Not answered' : 'No pulse'}</span>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
