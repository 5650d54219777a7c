import type { Answers } from '../../lib/instruments/answers';
import type { SurveyResponse } from '../../lib/instruments/response';
import type { Instrument } from '../../lib/instruments/schema';
import { resolveDemoOptions, type DemoOptions } from './demo-options';
import { planDemo, type DemoPlan } from './demo-plan';
import { demoResponseId, drawDemoRow, emptyDemoRow, type DemoRow } from './demo-rows';
import { deriveSeed, Rng } from './prng';

/**
 * The plan and the raw rows of a demo data set. The same `DemoRow` object is refilled for each
 * response: copy what you keep before asking for the next.
 *
 * @example
 * const { plan, rows } = demoRows(pulse, { responses: 10 }); for (const row of rows) count(row.values[0]);
 */
export function demoRows(instrument: Instrument, options: Partial<DemoOptions> = {}): { plan: DemoPlan; rows: Generator<DemoRow, void, undefined> } {
  const plan = planDemo(instrument, resolveDemoOptions(options));
  function* rows(): Generator<DemoRow, void, undefined> {
    const rng = new Rng(deriveSeed(plan.options.seed, 'responses'));
    const row = emptyDemoRow(plan);
    const total = plan.options.responses;
    for (let index = 0; index < total; index++) yield drawDemoRow(plan, rng, index, total, row);
  }
  return { plan, rows: rows() };
}

/**
 * A raw row as a canonical response (answers copied: the row is reused).
 *
 * @example
 * const { plan, rows } = demoRows(pulse); demoRowToResponse(plan, rows.next().value!).responseId // 'demo-1-0000001'
 */
export function demoRowToResponse(plan: DemoPlan, row: DemoRow): SurveyResponse {
  const authority = plan.authorities[row.authority]!;
  const answers: Answers = {};
  plan.items.forEach((model, i) => {
    const value = row.values[i];
    if (value !== undefined) answers[model.item.id] = Array.isArray(value) ? [...value] : value;
  });
  return {
    responseId: demoResponseId(plan.options.seed, row.index),
    instrumentId: plan.instrument.id,
    instrumentVersion: plan.instrument.version,
    submittedAt: new Date(row.time).toISOString(),
    authorityCode: authority.code,
    authorityName: authority.name,
    role: row.role,
    team: row.team,
    answers,
  };
}

/**
 * Synthetic responses to any instrument, one at a time (a generator: a million responses never
 * sit in memory together). Deterministic: the same instrument and options give the same responses,
 * in the same order, on every machine. Responses run through the weeks in order; each comes from
 * a fictional authority (drawn by size), a role, a team, a weekday in working hours, with answers
 * drawn around the wanted proportions (see {@link DemoPlan}), some blanks, some "Don't know" and
 * some comments from a neutral phrase bank.
 *
 * @example
 * for (const response of generateDemoResponses(pulse, { seed: 42, responses: 1000 })) save(response);
 * generateDemoResponses(pulse, { seed: 1, responses: 2 }).next().value?.responseId // 'demo-1-0000001'
 */
export function* generateDemoResponses(instrument: Instrument, options: Partial<DemoOptions> = {}): Generator<SurveyResponse, void, undefined> {
  const { plan, rows } = demoRows(instrument, options);
  for (const row of rows) yield demoRowToResponse(plan, row);
}
