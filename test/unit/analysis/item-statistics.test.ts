import { describe, expect, it } from 'vitest';
import { describeItemStatistics, itemStatistics } from '../../../analysis/item-statistics';
import { addResponse, createAccumulator } from '../../../analysis/group-counts';
import { percentageTable } from '../../../analysis/percentage-table';
import { getBuiltinInstrument } from '../../../lib/instruments/builtin';

const ofsted = getBuiltinInstrument('ofsted-2011-social-workers');

function table(answers: Record<string, (number | undefined)[]>) {
  const counts = createAccumulator(ofsted, { groupBy: ['authority'] });
  for (const [authority, codes] of Object.entries(answers)) {
    codes.forEach((code, i) =>
      addResponse(counts, {
        responseId: `${authority}-${i}`,
        instrumentId: ofsted.id,
        instrumentVersion: '1.0.0',
        submittedAt: '2025-02-12T09:00:00Z',
        authorityCode: authority,
        authorityName: authority,
        role: 'social_worker',
        team: '',
        answers: code === undefined ? {} : { lm_cpd: code },
      }),
    );
  }
  return percentageTable(counts);
}

describe('itemStatistics', () => {
  it('gives n, mean, sample SD and median of the codes, leaving "Don\'t know" (9) and blanks out', () => {
    // A: 5, 5, 4, 2, 1, 9, 9, blank; B: 4 × 6. Substantive A: 5, 5, 4, 2, 1 → mean 17/5 = 3.4,
    // squares of deviations 2.56 + 2.56 + 0.36 + 1.96 + 5.76 = 13.2 → SD sqrt(13.2 / 4), median 4.
    const stats = itemStatistics(table({ A: [5, 5, 4, 2, 1, 9, 9, undefined], B: [4, 4, 4, 4, 4, 4] }));
    const lmCpd = stats.find((s) => s.itemId === 'lm_cpd')!;
    expect(lmCpd.groups[0]).toMatchObject({ suppressed: false, n: 5, mean: 3.4, median: 4 });
    expect(lmCpd.groups[0]!.sd).toBeCloseTo(Math.sqrt(13.2 / 4), 12);
    expect(lmCpd.groups[1]).toMatchObject({ n: 6, mean: 4, sd: 0, median: 4 });
    // All: 5, 5, 4, 2, 1, 4 × 6 → 11 answers, mean 41/11, median 4.
    expect(lmCpd.total).toMatchObject({ n: 11, median: 4 });
    expect(lmCpd.total.mean).toBeCloseTo(41 / 11, 12);
    expect(lmCpd.codes.map((c) => c.code)).toEqual([5, 4, 3, 2, 1]);
    // Choose-three items have none.
    expect(stats.some((s) => s.itemId === 'three_most_important_support')).toBe(false);
  });

  it('hides a group the table hides, and one with fewer substantive answers than the minimum', () => {
    // C: 3 answers (hidden in the table), E: 5 (hidden too, so that C cannot be worked out from the
    // total); D: 8 answers, shown in the table, but 6 are "Don't know": 2 substantive answers.
    const t = table({ A: [5, 4, 4, 3, 2, 1, 5], C: [5, 4, 3], D: [9, 9, 9, 9, 9, 9, 4, 5], E: [3, 3, 3, 3, 3] });
    const hidden = { suppressed: true, text: 'fewer than 5 responses', n: null, mean: null, sd: null, median: null };
    const row = t.sections.flatMap((s) => s.rows).find((r) => r.itemId === 'lm_cpd')!;
    expect(row.cells.map((c) => c.suppressed)).toEqual([false, true, false, true]);
    const stats = itemStatistics(t).find((s) => s.itemId === 'lm_cpd')!;
    expect(stats.groups).toEqual([expect.objectContaining({ suppressed: false, n: 7 }), hidden, hidden, hidden]);
    expect(describeItemStatistics([stats], 5)).toContain('5 = Strongly agree, 4 = Agree');
  });
});
