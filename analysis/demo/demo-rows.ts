import type { Answer } from '../../lib/instruments/answers';
import type { Role } from '../../lib/instruments/roles';
import { demoComment } from './comments';
import type { DemoPlan } from './demo-plan';
import type { ItemModel } from './item-models';
import { pickCumulative, type Rng } from './prng';

const DAY = 86_400_000;

/**
 * One synthetic response in raw form: indexes and an array of answers in item order. Building a
 * keyed answers object costs more than drawing the answers, so the CSV path works from this.
 */
export interface DemoRow {
  /** 0-based position in the data set. */
  index: number;
  /** Index into `plan.authorities`. */
  authority: number;
  role: Role;
  team: string;
  /** Submission time, ms since the epoch (UTC). */
  time: number;
  /** Answer per item of `plan.items`, in the same order; undefined = blank. */
  values: (Answer | undefined)[];
}

/** Draws the chosen options of a multiple-answer item, without repeats, sorted by code. */
function drawChoices(rng: Rng, model: Extract<ItemModel, { kind: 'multi' }>): number[] {
  const n = model.codes.length;
  const max = Math.min(model.maxChoices, n);
  const count = max <= 1 || rng.chance(0.7) ? max : 1 + rng.int(max - 1);
  let taken = 0; // bit mask of chosen option positions (options lists are short)
  let left = model.totalWeight;
  for (let c = 0; c < count; c++) {
    let u = rng.next() * left;
    let j = 0;
    for (; j < n - 1; j++) {
      if (taken & (1 << j)) continue;
      const w = model.weights[j]!;
      if (u < w) break;
      u -= w;
    }
    while (taken & (1 << j)) j--; // rounding at the end of the list
    taken |= 1 << j;
    left -= model.weights[j]!;
  }
  const chosen: number[] = [];
  for (let j = 0; j < n; j++) if (taken & (1 << j)) chosen.push(model.codes[j]!);
  return chosen.sort((a, b) => a - b);
}

/**
 * Draws response number `index` of `total` into `row` (reused, to spare the garbage collector).
 * Responses run through the weeks in order; within a week, authority (by size), role, team,
 * weekday and working hour are drawn, then each item's answer (see {@link DemoPlan}).
 *
 * @example
 * const row = emptyDemoRow(plan); drawDemoRow(plan, rng, 0, 100, row); row.values // [4, 5, 3, …]
 */
export function drawDemoRow(plan: DemoPlan, rng: Rng, index: number, total: number, row: DemoRow): DemoRow {
  const { options, items, thresholds } = plan;
  const nW = options.weeks;
  const nI = thresholds.length;
  const week = Math.min(nW - 1, Math.floor((index * nW) / Math.max(1, total)));
  const a = pickCumulative(plan.authorityCumulative, rng.next());
  const authority = plan.authorities[a]!;
  row.index = index;
  row.authority = a;
  row.role = plan.roles.length > 1 ? (rng.chance(options.managerShare) ? 'manager' : 'social_worker') : plan.roles[0]!;
  row.team = authority.teams[rng.int(authority.teams.length)] ?? '';
  row.time = plan.firstMonday + week * 7 * DAY + rng.int(5) * DAY + (8 + rng.int(10)) * 3_600_000 + rng.int(3600) * 1000;

  const rho = options.itemCorrelation;
  const noise = Math.sqrt(1 - rho * rho);
  const person = rho * rng.normal() + (plan.authorityEffect[a] ?? 0) + (plan.weekEffect[a * nW + week] ?? 0);
  const values = row.values;
  for (let i = 0; i < items.length; i++) {
    const model = items[i]!;
    let value: Answer | undefined;
    switch (model.kind) {
      case 'ordinal': {
        if (model.blankRate > 0 && rng.chance(model.blankRate)) break;
        if (model.nonSubstantive.length > 0 && rng.chance(options.dontKnowRate)) {
          value = model.nonSubstantive[rng.int(model.nonSubstantive.length)]!;
          break;
        }
        const latent = person + noise * rng.quickNormal() + (plan.authorityItemEffect[a * nI + model.ordinal] ?? 0);
        const cuts = thresholds[model.ordinal]!;
        let k = 0;
        while (k < cuts.length && latent > cuts[k]!) k++;
        value = model.codes[k]!;
        break;
      }
      case 'multi':
        if (model.blankRate > 0 && rng.chance(model.blankRate)) break;
        value = drawChoices(rng, model);
        break;
      case 'number': {
        if (model.blankRate > 0 && rng.chance(model.blankRate)) break;
        const x = model.min + rng.next() * (model.max - model.min);
        value = Math.min(model.max, model.integer ? Math.floor(x + 0.5) : Math.round(x * 10) / 10);
        break;
      }
      case 'text':
        if (rng.chance(model.rate)) value = demoComment(rng, model.maxLength);
        break;
    }
    values[i] = value;
  }
  return row;
}

/**
 * A row to draw into.
 *
 * @example
 * const row = emptyDemoRow(plan); row.values.length === plan.items.length // true
 */
export function emptyDemoRow(plan: DemoPlan): DemoRow {
  return { index: 0, authority: 0, role: plan.roles[0]!, team: '', time: 0, values: new Array<Answer | undefined>(plan.items.length).fill(undefined) };
}

/**
 * The response id of row `index`: `demo-<seed>-<7-digit number from 1>`.
 *
 * @example
 * demoResponseId(42, 0) // 'demo-42-0000001'
 */
export function demoResponseId(seed: number, index: number): string {
  return `demo-${seed}-${String(index + 1).padStart(7, '0')}`;
}
