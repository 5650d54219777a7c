import { describe, expect, it } from 'vitest';
import { trendItems } from '../../../analysis/trend-items';
import { getBuiltinInstrument } from '../../../lib/instruments/builtin';

describe('trendItems', () => {
  it('lists the single-answer items with a scale, leaving out free text and choose-several items', () => {
    expect(trendItems(getBuiltinInstrument('pulse')).map((item) => item.id)).toEqual([
      'week_overall',
      'workload_manageable',
      'direct_work_time',
      'support_when_needed',
      'emotional_support',
      'decision_confidence',
    ]);
    const ofsted = trendItems(getBuiltinInstrument('ofsted-2011-social-workers'));
    expect(ofsted).toHaveLength(38);
    expect(ofsted.every((item) => item.type === 'likert')).toBe(true);
  });
});
