import { addAnswer, emptyItemCounts, mergeItemCounts, type ItemCounts } from '../item-counts';
import { periodKey, type TrendInterval } from './period-keys';

/** What a trend needs of one response: when, which group (e.g. the authority code), and the answers. */
export interface TrendResponse {
  /** ISO 8601 timestamp (or a Date); the period is taken in UTC. */
  submittedAt: string | Date;
  /** The group the response is counted in, e.g. its `authority_code`. */
  group: string;
  /** Item id → answer code. Absent, `null`, `undefined` or `''` count as blank. */
  answers: Readonly<Record<string, unknown>>;
}

/**
 * Streaming answer counts per (group, period, item), the input of trend series. Add responses one
 * at a time (or pre-aggregated counts); memory grows with groups × periods × items × codes, never
 * with the number of responses, so huge files can be streamed through it.
 *
 * @example
 * const counts = new TrendCounts('week', ['workload_manageable']);
 * counts.add({ submittedAt: '2025-02-12T09:00:00Z', group: 'E09', answers: { workload_manageable: 4 } });
 * counts.get('E09', '2025-W07', 'workload_manageable') // { byCode: Map { 4 => 1 }, blank: 0 }
 */
export class TrendCounts {
  /** group → period → item id → counts. */
  private readonly cells = new Map<string, Map<string, Map<string, ItemCounts>>>();

  constructor(
    readonly interval: TrendInterval,
    readonly itemIds: readonly string[],
  ) {}

  /** Counts one response: for each tracked item, its code, or a blank. */
  add(response: TrendResponse): void {
    const period = periodKey(response.submittedAt, this.interval);
    for (const itemId of this.itemIds) {
      const value = response.answers[itemId];
      let code: number | undefined;
      if (typeof value === 'number' && Number.isFinite(value)) code = value;
      else if (value !== undefined && value !== null && value !== '') {
        throw new TypeError(`Item "${itemId}": the answer ${JSON.stringify(value)} is not a code (group ${response.group}, ${String(response.submittedAt)})`);
      }
      addAnswer(this.cell(response.group, period, itemId), code);
    }
  }

  /** Adds counts aggregated elsewhere (for example by a streaming table pass) for one cell. */
  addCounts(group: string, period: string, itemId: string, counts: ItemCounts): void {
    mergeItemCounts(this.cell(group, period, itemId), counts);
  }

  get(group: string, period: string, itemId: string): ItemCounts | undefined {
    return this.cells.get(group)?.get(period)?.get(itemId);
  }

  /** The groups seen, sorted. */
  groups(): string[] {
    return [...this.cells.keys()].sort();
  }

  /** The periods seen in any group, sorted. */
  periods(): string[] {
    const periods = new Set<string>();
    for (const byPeriod of this.cells.values()) for (const period of byPeriod.keys()) periods.add(period);
    return [...periods].sort();
  }

  private cell(group: string, period: string, itemId: string): ItemCounts {
    let byPeriod = this.cells.get(group);
    if (!byPeriod) this.cells.set(group, (byPeriod = new Map()));
    let byItem = byPeriod.get(period);
    if (!byItem) byPeriod.set(period, (byItem = new Map()));
    let counts = byItem.get(itemId);
    if (!counts) byItem.set(itemId, (counts = emptyItemCounts()));
    return counts;
  }
}
