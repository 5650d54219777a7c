import { BUILTIN_INSTRUMENTS } from '@/lib/instruments/builtin';
import { itemText } from '@/lib/instruments/items';
import { ROLE_LABELS, ROLES, type Role } from '@/lib/instruments/roles';
import type { Instrument } from '@/lib/instruments/schema';
import type { DashboardFilters } from './filters';
import { trendItems } from './usePoolAnalysis';

interface Props {
  filters: DashboardFilters;
  instrument: Instrument;
  authorities: { code: string; name: string }[];
  onChange: (change: Partial<DashboardFilters>) => void;
}

/** Instrument, role group, authority (or all), period, and the trend's item and interval. */
export function Filters({ filters, instrument, authorities, onChange }: Props) {
  return (
    <form class="filters no-print" onSubmit={(e) => e.preventDefault()}>
      <div class="field">
        <label for="filter-instrument">Questionnaire</label>
        <select id="filter-instrument" value={filters.instrumentId} onChange={(e) => onChange({ instrumentId: e.currentTarget.value, authority: 'all', trendItemId: '' })}>
          {BUILTIN_INSTRUMENTS.map((i) => (
            <option key={i.id} value={i.id}>
              {i.title}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="filter-role">Role group</label>
        <select id="filter-role" value={filters.role} onChange={(e) => onChange({ role: e.currentTarget.value as Role | 'all' })}>
          <option value="all">All roles</option>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="filter-authority">Authority</label>
        <select id="filter-authority" value={filters.authority} onChange={(e) => onChange({ authority: e.currentTarget.value })}>
          <option value="all">All authorities</option>
          {authorities.map((a) => (
            <option key={a.code} value={a.code}>
              {a.name}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="filter-from">From</label>
        <input type="date" id="filter-from" value={filters.from} onChange={(e) => onChange({ from: e.currentTarget.value })} />
      </div>
      <div class="field">
        <label for="filter-to">To</label>
        <input type="date" id="filter-to" value={filters.to} onChange={(e) => onChange({ to: e.currentTarget.value })} />
      </div>
      <div class="field">
        <label for="filter-item">Trend of</label>
        <select id="filter-item" value={filters.trendItemId || trendItems(instrument)[0]?.id} onChange={(e) => onChange({ trendItemId: e.currentTarget.value })}>
          {trendItems(instrument).map((item) => (
            <option key={item.id} value={item.id}>
              {itemText(item, instrument.roles[0]).slice(0, 90)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="filter-interval">Trend by</label>
        <select id="filter-interval" value={filters.interval} onChange={(e) => onChange({ interval: e.currentTarget.value as 'week' | 'month' })}>
          <option value="week">Week</option>
          <option value="month">Month</option>
        </select>
      </div>
    </form>
  );
}
