import type { Role } from '@/lib/instruments/roles';

/** What the manager is looking at. */
export interface DashboardFilters {
  instrumentId: string;
  role: Role | 'all';
  /** Inclusive dates `YYYY-MM-DD` (UTC days), or '' for open-ended. */
  from: string;
  to: string;
  /** 'all', or an authority code. */
  authority: string;
  interval: 'week' | 'month';
  trendItemId: string;
}

/** Whether a response falls in the chosen role group and period. */
export function matchesFilters(response: { role: string; submittedAt: string }, filters: DashboardFilters): boolean {
  if (filters.role !== 'all' && response.role !== filters.role) return false;
  const day = new Date(response.submittedAt).toISOString().slice(0, 10);
  if (filters.from && day < filters.from) return false;
  if (filters.to && day > filters.to) return false;
  return true;
}
