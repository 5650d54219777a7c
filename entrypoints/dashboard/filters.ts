import type { TrendInterval } from '@/analysis/trends';

/** What the manager is looking at. */
export interface DashboardFilters {
  instrumentId: string;
  /** 'all', or a role id. */
  role: string;
  /** Inclusive dates `YYYY-MM-DD` (UTC days), or '' for open-ended. */
  from: string;
  to: string;
  /** 'all', or an authority code. */
  authority: string;
  interval: TrendInterval;
  /** '' for the questionnaire's first item that has a trend. */
  trendItemId: string;
}
