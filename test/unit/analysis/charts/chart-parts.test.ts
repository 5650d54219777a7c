import { describe, expect, it } from 'vitest';
import { chartParts } from '../../../../analysis/charts';
import { getBuiltinInstrument } from '../../../../lib/instruments/builtin';
import { allItems, scaleOf } from '../../../../lib/instruments/items';

describe('chartParts', () => {
  it('cuts 38 Likert statements into charts of 13, 13 and 12 and leaves out choose-several items', () => {
    const ofsted = getBuiltinInstrument('ofsted-2011-social-workers');
    const parts = chartParts(allItems(ofsted), (item) => scaleOf(ofsted, item));
    expect(parts.map((p) => [p.first, p.last, p.of, p.items.length])).toEqual([
      [1, 13, 38, 13],
      [14, 26, 38, 13],
      [27, 38, 38, 12],
    ]);
    expect(parts.flatMap((p) => p.items).every((item) => item.type === 'likert')).toBe(true);
  });

  it('makes one chart per scale', () => {
    const pulse = getBuiltinInstrument('pulse');
    expect(chartParts(allItems(pulse), (item) => scaleOf(pulse, item)).map((p) => [p.scale.id, p.items.map((i) => i.id)])).toEqual([
      ['week_feel', ['week_overall']],
      ['agree5', ['workload_manageable', 'direct_work_time', 'support_when_needed', 'emotional_support', 'decision_confidence']],
    ]);
  });

  it('splits as evenly as it can', () => {
    const items = Array.from({ length: 14 }, () => ({ type: 'likert' }));
    const scale = { id: 's', options: [{ code: 1, label: 'No', substantive: true }, { code: 2, label: 'Yes', substantive: true }] };
    expect(chartParts(items, () => scale).map((p) => p.items.length)).toEqual([7, 7]);
    expect(chartParts(items, () => scale, 20).map((p) => p.items.length)).toEqual([14]);
  });
});
