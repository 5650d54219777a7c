// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isPeriodKey, periodKey, periodKeysBetween } from '../../../../analysis/trends';

describe('period keys', () => {
  it('puts timestamps in ISO weeks (Monday to Sunday, UTC) and months', () => {
    expect(periodKey('2025-02-10T00:00:00Z', 'week')).toBe('2025-W07'); // Monday
    expect(periodKey('2025-02-16T23:59:59Z', 'week')).toBe('2025-W07'); // Sunday
    expect(periodKey('2025-02-17T00:00:00Z', 'week')).toBe('2025-W08');
    expect(periodKey('2025-02-17T00:30:00+01:00', 'week')).toBe('2025-W07'); // 23:30 UTC on Sunday
    expect(periodKey('2021-01-03T12:00:00Z', 'week')).toBe('2020-W53');
    expect(periodKey('2024-12-30T12:00:00Z', 'week')).toBe('2025-W01');
    expect(periodKey('2025-02-28T23:59:59Z', 'month')).toBe('2025-02');
    expect(periodKey('2025-03-01T00:30:00+01:00', 'month')).toBe('2025-02');
  });

  it('lists every period between two keys, across year ends and 53-week years', () => {
    expect(periodKeysBetween('2024-W52', '2025-W02', 'week')).toEqual(['2024-W52', '2025-W01', '2025-W02']);
    expect(periodKeysBetween('2020-W52', '2021-W01', 'week')).toEqual(['2020-W52', '2020-W53', '2021-W01']);
    expect(periodKeysBetween('2024-11', '2025-02', 'month')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(periodKeysBetween('2025-W07', '2025-W07', 'week')).toEqual(['2025-W07']);
    expect(periodKeysBetween('2025-03', '2025-01', 'month')).toEqual([]);
  });

  it('refuses keys of the wrong kind', () => {
    expect(isPeriodKey('2025-W07', 'week')).toBe(true);
    expect(isPeriodKey('2025-W54', 'week')).toBe(false);
    expect(isPeriodKey('2025-13', 'month')).toBe(false);
    expect(() => periodKeysBetween('2025-02', '2025-W07', 'week')).toThrow(RangeError);
  });
});
