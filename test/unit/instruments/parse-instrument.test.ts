import { describe, expect, it } from 'vitest';
import { InvalidInstrumentError, parseInstrument } from '../../../lib/instruments/parse-instrument';
import type { InstrumentInput } from '../../../lib/instruments/schema';
import { FACES_SCALE } from '../fixtures/faces-scale';

function valid(): InstrumentInput {
  return {
    id: 'team-check',
    version: '1.0.0',
    title: 'Team check',
    roles: ['social_worker'],
    groupLabel: 'social workers',
    scales: [
      { id: 'yesno', options: [{ code: 1, label: 'Yes' }, { code: 0, label: 'No' }, { code: 9, label: "Don't know", substantive: false }] },
      structuredClone(FACES_SCALE),
    ],
    sections: [
      {
        id: 'main',
        items: [
          { id: 'q1', type: 'single', scale: 'yesno', text: 'Was it a good week?', required: true },
          { id: 'q2', type: 'number', text: 'Hours of overtime', min: 0, max: 80 },
          { id: 'q3', type: 'multi', scale: 'yesno', text: 'Pick', maxChoices: 2 },
          { id: 'q4', type: 'rating', scale: 'feel', text: 'Rate' },
          { id: 'q5', type: 'likert', scale: 'yesno', text: 'Agree?', textByRole: { manager: 'Agree, manager?' } },
          { id: 'q6', type: 'text', text: 'Comment' },
        ],
      },
    ],
  };
}

function problemsOf(data: unknown): string[] {
  try {
    parseInstrument(data, 'team-check.json');
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInstrumentError);
    return (error as InvalidInstrumentError).problems;
  }
  throw new Error('expected the instrument to be refused');
}

describe('parseInstrument', () => {
  it('accepts every question type and fills in defaults', () => {
    const instrument = parseInstrument(valid());
    const items = instrument.sections[0]!.items;
    expect(items.map((i) => i.type)).toEqual(['single', 'number', 'multi', 'rating', 'likert', 'text']);
    expect(items[1]).toMatchObject({ required: false, integer: true });
    expect(items[5]).toMatchObject({ maxLength: 1000 });
    expect(instrument.scales[0]!.options[0]!.substantive).toBe(true);
  });

  it('names the file and the path of an unknown scale', () => {
    const data = valid();
    (data.sections[0]!.items[0] as { scale: string }).scale = 'agree';
    const problems = problemsOf(data);
    expect(problems).toEqual(['sections[0].items[0].scale: unknown scale "agree"']);
    expect(() => parseInstrument(data, 'team-check.json')).toThrow(/^Invalid instrument team-check\.json: sections\[0\]\.items\[0\]\.scale/);
  });

  it('names duplicate item ids, duplicate codes and bad versions', () => {
    const data = valid();
    data.version = 'one';
    data.sections[0]!.items[1]!.id = 'q1';
    data.scales[0]!.options[1]!.code = 1;
    const problems = problemsOf(data);
    expect(problems).toContain('version: must be a version such as 1.0.0');
    expect(problems).toContain('sections[0].items[1].id: duplicate item id "q1"');
    expect(problems).toContain('scales[0].options[1].code: duplicate code 1');
  });

  it('refuses an unknown question type and an unknown role, naming where', () => {
    const data = valid() as unknown as { sections: { items: Record<string, unknown>[] }[]; roles: string[] };
    data.sections[0]!.items[0]!.type = 'slider';
    data.roles = ['director'];
    const problems = problemsOf(data);
    expect(problems.some((p) => p.startsWith('sections[0].items[0].type:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('roles[0]:'))).toBe(true);
  });

  it('refuses a rating whose scale is not 1–5 with faces, naming the item and what the scale has', () => {
    const onYesNo = valid();
    (onYesNo.sections[0]!.items[3] as { scale: string }).scale = 'yesno';
    expect(problemsOf(onYesNo)).toEqual([
      'sections[0].items[3].scale: a rating needs a 1–5 scale with faces (1 very-sad, 2 sad, 3 neutral, 4 happy, 5 very-happy); scale "yesno" has 1 (no face), 0 (no face), 9 (no face)',
    ]);
    const faceMissing = valid();
    delete faceMissing.scales[1]!.options[4]!.face;
    expect(problemsOf(faceMissing)).toEqual([
      'sections[0].items[3].scale: a rating needs a 1–5 scale with faces (1 very-sad, 2 sad, 3 neutral, 4 happy, 5 very-happy); scale "feel" has 1 very-sad, 2 sad, 3 neutral, 4 happy, 5 (no face)',
    ]);
    const reversed = valid();
    reversed.scales[1]!.options.reverse();
    expect(problemsOf(reversed)).toHaveLength(1);
    // The same scale is fine for a single choice, which needs no faces.
    const single = valid();
    (single.sections[0]!.items[3] as { type: string }).type = 'single';
    (single.sections[0]!.items[3] as { scale: string }).scale = 'yesno';
    expect(() => parseInstrument(single)).not.toThrow();
  });

  it('refuses min above max', () => {
    const data = valid();
    (data.sections[0]!.items[1] as { min: number }).min = 100;
    expect(problemsOf(data)).toEqual(['sections[0].items[1].min: min 100 is above max 80']);
  });

  it('refuses a missing title', () => {
    const data: Partial<InstrumentInput> = valid();
    delete data.title;
    expect(problemsOf(data)).toEqual(['title: Required']);
  });

  it('refuses something that is not an object at all', () => {
    expect(problemsOf('pulse')[0]).toMatch(/^\(root\): /);
  });
});
