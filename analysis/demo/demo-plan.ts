import type { Role } from '../../lib/instruments/roles';
import type { Instrument } from '../../lib/instruments/schema';
import { demoAuthorities, type DemoAuthority } from './authorities';
import type { DemoOptions } from './demo-options';
import { buildItemModels, type ItemModel } from './item-models';
import { deriveSeed, Rng } from './prng';

/**
 * Everything about a demo data set that is fixed before the first response is drawn: the
 * authorities, the item models, and the latent effects that make authorities and weeks differ.
 *
 * Each ordinal answer is the option whose threshold band holds
 *   ρ·(respondent) + √(1−ρ²)·(noise) + authority + authority×item + authority×week,
 * with thresholds widened by √(1 + v), v being the variance of the three effects. The effects
 * are centred (weighted by authority size, and over weeks within an authority), so across the
 * whole data set each item's options come out close to the wanted proportions, while authorities
 * and weeks vary around them.
 */
export interface DemoPlan {
  options: DemoOptions;
  instrument: Instrument;
  authorities: DemoAuthority[];
  /** Cumulative authority weights, for drawing an authority per response. */
  authorityCumulative: Float64Array;
  roles: Role[];
  items: ItemModel[];
  /** authority → effect shared by all items. */
  authorityEffect: Float64Array;
  /** [authority * ordinalItems + item] → effect. */
  authorityItemEffect: Float64Array;
  /** [authority * weeks + week] → effect (drift over the period plus week-to-week noise). */
  weekEffect: Float64Array;
  /** [ordinal item][k] → threshold on the latent scale, already widened. */
  thresholds: Float64Array[];
  /** Monday 00:00 UTC of the first week, in ms. */
  firstMonday: number;
}

/**
 * Builds the plan for a seed: the same options give the same plan.
 *
 * @example
 * planDemo(pulse, resolveDemoOptions({ seed: 3 })).authorities.length // 12
 */
export function planDemo(instrument: Instrument, options: DemoOptions): DemoPlan {
  const rng = new Rng(deriveSeed(options.seed, 'plan'));
  const authorities = demoAuthorities(options.authorities, rng);
  const roles = (options.roles ?? instrument.roles).filter((role) => instrument.roles.includes(role));
  if (roles.length === 0) throw new RangeError(`none of the roles ${options.roles?.join(', ')} is one ${instrument.id} is for`);
  const items = buildItemModels(instrument, options);
  const ordinals = items.filter((m) => m.kind === 'ordinal');
  const nA = authorities.length;
  const nI = ordinals.length;
  const nW = options.weeks;
  const { variation } = options;

  const totalWeight = authorities.reduce((sum, a) => sum + a.weight, 0);
  const share = authorities.map((a) => a.weight / totalWeight);
  const authorityCumulative = new Float64Array(nA);
  authorities.forEach((a, i) => (authorityCumulative[i] = (authorityCumulative[i - 1] ?? 0) + a.weight));

  const centre = (values: Float64Array, stride: number, offset: number, count: number, weights?: number[]) => {
    let mean = 0;
    for (let j = 0; j < count; j++) mean += (values[offset + j * stride] ?? 0) * (weights ? (weights[j] ?? 0) : 1 / count);
    for (let j = 0; j < count; j++) values[offset + j * stride]! -= mean;
  };

  const authorityEffect = new Float64Array(nA).map(() => variation.authority * rng.normal());
  centre(authorityEffect, 1, 0, nA, share);
  const authorityItemEffect = new Float64Array(nA * nI).map(() => variation.authorityItem * rng.normal());
  for (let i = 0; i < nI; i++) centre(authorityItemEffect, nI, i, nA, share);
  const weekEffect = new Float64Array(nA * nW);
  for (let a = 0; a < nA; a++) {
    const drift = variation.drift * rng.normal();
    for (let w = 0; w < nW; w++) {
      const position = nW > 1 ? w / (nW - 1) - 0.5 : 0;
      weekEffect[a * nW + w] = drift * position + variation.week * rng.normal();
    }
    centre(weekEffect, 1, a * nW, nW);
  }

  const thresholds = ordinals.map((model, i) => {
    let variance = 0;
    for (let a = 0; a < nA; a++) {
      const base = (authorityEffect[a] ?? 0) + (authorityItemEffect[a * nI + i] ?? 0);
      let sum = 0;
      for (let w = 0; w < nW; w++) sum += (base + (weekEffect[a * nW + w] ?? 0)) ** 2;
      variance += (share[a] ?? 0) * (sum / nW);
    }
    const widen = Math.sqrt(1 + variance);
    return Float64Array.from(model.thresholds, (t) => t * widen);
  });

  const start = Date.parse(`${options.startDate}T00:00:00Z`);
  const firstMonday = start - ((new Date(start).getUTCDay() + 6) % 7) * 86_400_000;
  return { options, instrument, authorities, authorityCumulative, roles, items, authorityEffect, authorityItemEffect, weekEffect, thresholds, firstMonday };
}
