import type { Answers } from '../../lib/instruments/answers';
import type { SurveyResponse } from '../../lib/instruments/response';
import type { Instrument } from '../../lib/instruments/schema';
import { resolveDemoOptions, type DemoOptions } from './demo-options';
import { planDemo, type DemoPlan } from './demo-plan';
import { demoResponseId, drawDemoRow, emptyDemoRow, type DemoRow } from './demo-rows';
import { deriveSeed, Rng } from './prng';

/** A raw row as a canonical response (answers copied: the row is reused for the next response). */
function toResponse(plan: DemoPlan, row: DemoRow): SurveyResponse {
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
  const plan = planDemo(instrument, resolveDemoOptions(options));
  const rng = new Rng(deriveSeed(plan.options.seed, 'responses'));
  const row = emptyDemoRow(plan);
  const total = plan.options.responses;
  for (let index = 0; index < total; index++) yield toResponse(plan, drawDemoRow(plan, rng, index, total, row));
}
