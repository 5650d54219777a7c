import { trendItems } from '@/analysis/trend-items';
import { statement } from '@/lib/instruments/items';
import type { Instrument } from '@/lib/instruments/schema';
import { SelectField } from '@/lib/ui/SelectField';
import { INSTRUMENT_CHOICES, roleChoices } from './choices';
import type { DashboardFilters } from './filters';

interface Props {
  filters: DashboardFilters;
  instrument: Instrument;
  /** Every authority in the questionnaire's pool, by name. */
  authorities: { code: string; name: string }[];
  /** The trend item in use (the first one when none is chosen). */
  trendItemId: string;
  onChange: (change: Partial<DashboardFilters>) => void;
}

/** A long statement cut at a word, with an ellipsis: the full text is shown with the chart. */
function shortened(text: string, max = 90): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,;:]+$/, '')}…`;
}

/** Questionnaire, role group, authority (or all), period, and the trend's item and interval. */
export function Filters({ filters, instrument, authorities, trendItemId, onChange }: Props) {
  const role = instrument.roles.length === 1 ? instrument.roles[0]! : undefined;
  return (
    <form class="filters no-print" onSubmit={(e) => e.preventDefault()}>
      <SelectField
        id="filter-instrument"
        label="Questionnaire"
        value={filters.instrumentId}
        choices={INSTRUMENT_CHOICES}
        onChange={(instrumentId) => onChange({ instrumentId, role: 'all', authority: 'all', trendItemId: '' })}
      />
      <SelectField
        id="filter-role"
        label="Role group"
        value={filters.role}
        choices={[{ value: 'all', label: 'All roles' }, ...roleChoices(instrument)]}
        onChange={(value) => onChange({ role: value })}
      />
      <SelectField
        id="filter-authority"
        label="Authority"
        value={filters.authority}
        choices={[{ value: 'all', label: 'All authorities' }, ...authorities.map((a) => ({ value: a.code, label: a.name }))]}
        onChange={(authority) => onChange({ authority })}
      />
      <div class="field">
        <label for="filter-from">From</label>
        <input type="date" id="filter-from" value={filters.from} onChange={(e) => onChange({ from: e.currentTarget.value })} />
      </div>
      <div class="field">
        <label for="filter-to">To</label>
        <input type="date" id="filter-to" value={filters.to} onChange={(e) => onChange({ to: e.currentTarget.value })} />
      </div>
      <SelectField
        id="filter-item"
        label="Trend of"
        value={trendItemId}
        choices={trendItems(instrument).map((item) => ({ value: item.id, label: shortened(statement(item, role)) }))}
        onChange={(id) => onChange({ trendItemId: id })}
      />
      <SelectField
        id="filter-interval"
        label="Trend by"
        value={filters.interval}
        choices={[
          { value: 'week', label: 'Week' },
          { value: 'month', label: 'Month' },
        ]}
        onChange={(interval) => onChange({ interval: interval as DashboardFilters['interval'] })}
      />
    </form>
  );
}
