import { generateDemoResponses } from '../../../../analysis/demo';
import { getBuiltinInstrument } from '../../../../lib/instruments/builtin';
import type { SurveyResponse } from '../../../../lib/instruments/response';

export const pulse = getBuiltinInstrument('pulse');

/** Staff of one authority answering the pulse: `managers` managers, then social workers. */
export function staff(code: string, name: string, socialWorkers: number, managers: number, seed: number, weeks = 4): SurveyResponse[] {
  return [...generateDemoResponses(pulse, { seed, responses: socialWorkers + managers, authorities: 1, weeks, managerShare: 0 })].map((r, i) => ({
    ...r,
    responseId: `${code}-${i}`,
    authorityCode: code,
    authorityName: name,
    role: i < managers ? 'manager' : 'social_worker',
  }));
}

/** The audit's case: Aville 20 social workers + 2 managers; Beeton and Ceeford 20 + 10 each. */
export const roleScenario: SurveyResponse[] = [...staff('AVL', 'Aville', 20, 2, 1), ...staff('BTN', 'Beeton', 20, 10, 2), ...staff('CFD', 'Ceeford', 20, 10, 3)];
