import { csvText } from './csv-text';
import type { TrendJson } from '../cli/trend-json';

/**
 * `pulse trend` as a plain CSV table: one row per group and period (the pooled series as group
 * `(all)`), with every number of the JSON's points.
 *
 * @example
 * trendCsv(json).split('\r\n')[0] // 'group,label,period,status,n,percent_positive,lower,upper,mean,sd,mean_n'
 */
export function trendCsv(json: TrendJson): string {
  const data = json.series.flatMap((s) =>
    s.points.map((p) => [s.group ?? '(all)', s.label, p.period, p.suppressed ? 'suppressed' : 'shown', p.n ?? '', p.percentPositive ?? '', p.lower ?? '', p.upper ?? '', p.mean ?? '', p.sd ?? '', p.meanN ?? '']),
  );
  const fields = ['group', 'label', 'period', 'status', 'n', 'percent_positive', 'lower', 'upper', 'mean', 'sd', 'mean_n'];
  return csvText(fields, data);
}
