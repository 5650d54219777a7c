import { describe, expect, it } from 'vitest';
import { viewFacts, viewLine } from '../../../analysis/view-description';

const pulse = { id: 'pulse', version: '1.0.0', title: 'Weekly pulse' };

describe('viewFacts', () => {
  it('names questionnaire, role group, authority and period', () => {
    const facts = viewFacts({ instrument: pulse, role: 'manager', authority: { code: 'NSH', name: 'Northshire' }, from: '2025-01-06', to: '' });
    expect(facts.map((f) => [f.key, f.value])).toEqual([
      ['questionnaire', 'Weekly pulse (pulse, version 1.0.0)'],
      ['role_group', 'Manager, supervisor or senior practitioner'],
      ['authority', 'Northshire (NSH) beside all authorities'],
      ['period', 'from 2025-01-06'],
    ]);
  });

  it('says "all" where nothing is filtered, and gives the period both ways', () => {
    expect(viewLine(viewFacts({ instrument: pulse, role: 'all', authority: null, from: '', to: '' }))).toBe(
      'Questionnaire: Weekly pulse (pulse, version 1.0.0). Role group: All roles. Authority: All authorities. Period: all dates.',
    );
    expect(viewFacts({ instrument: pulse, role: 'all', authority: null, from: '2025-01-06', to: '2025-03-31' })[3]!.value).toBe('2025-01-06 to 2025-03-31');
    expect(viewFacts({ instrument: pulse, role: 'all', authority: null, from: '', to: '2025-03-31' })[3]!.value).toBe('up to 2025-03-31');
  });
});
