import { BUILTIN_INSTRUMENTS } from '@/lib/instruments/builtin';
import { itemText } from '@/lib/instruments/items';
import { ROLE_LABELS, ROLES, type Role } from '@/lib/instruments/roles';
import type { Instrument } from '@/lib/instruments/schema';
import { SelectField } from '@/lib/ui/SelectField';
import type { DashboardFilters } from './filters';
import { trendItems } from './usePoolAnalysis';

interface Props {
  filters: DashboardFilters;
  instrument: Instrument;
  authorities: { code: string; name: string }[];
  onChange: (change: Partial<DashboardFilters>) => void;
}

export const INSTRUMENT_CHOICES = BUILTIN_INSTRUMENTS.map((i) => ({ value: i.id, label: i.title }));
export const ROLE_CHOICES = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));

/** Instrument, role group, authority (or all), period, and the trend's item and interval. */
export function Filters({ filters, instrument, authorities, onChange }: Props) {
  const items = trendItems(instrument);
  return (
    <form class="filters no-print" onSubmit={(e) => e.preventDefault()}>
      <SelectField
        id="filter-instrument"
        label="Questionnaire"
        value={filters.instrumentId}
        choices={INSTRUMENT_CHOICES}
        onChange={(instrumentId) => onChange({ instrumentId, authority: 'all', trendItemId: '' })}
      />
      <SelectField
        id="filter-role"
        label="Role group"
        value={filters.role}
        choices={[{ value: 'all', label: 'All roles' }, ...ROLE_CHOICES]}
        onChange={(role) => onChange({ role: role as Role | 'all' })}
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
        value={filters.trendItemId || items[0]!.id}
        choices={items.map((item) => ({ value: item.id, label: itemText(item, instrument.roles[0]).slice(0, 90) }))}
        onChange={(trendItemId) => onChange({ trendItemId })}
      />
      <SelectField
        id="filter-interval"
        label="Trend by"
        value={filters.interval}
        choices={[
          { value: 'week', label: 'Week' },
          { value: 'month', label: 'Month' },
        ]}
        onChange={(interval) => onChange({ interval: interval as 'week' | 'month' })}
      />
    </form>
  );
}
