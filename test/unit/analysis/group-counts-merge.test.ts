import { describe, expect, it } from 'vitest';
import { generateDemoResponses } from '../../../analysis/demo';
import { addResponse, countsOfPart, createAccumulator, mergeCounts, sortedGroups, totalCounts } from '../../../analysis/group-counts';
import { getBuiltinInstrument } from '../../../lib/instruments/builtin';
import type { SurveyResponse } from '../../../lib/instruments/response';

const ofsted = getBuiltinInstrument('ofsted-2011-social-workers');
const pulse = getBuiltinInstrument('pulse');

/** Demo responses, with an authority whose name is spelled two ways (the first spelling is its label) and a few pulse answers. */
function responses(): SurveyResponse[] {
  const all = [...generateDemoResponses(ofsted, { seed: 3, responses: 1200, authorities: 6, weeks: 8 })];
  const renamed = all.map((r, i) => (i > 900 && r.authorityCode === all[950]!.authorityCode ? { ...r, authorityName: 'Renamed later' } : r));
  const others = [...generateDemoResponses(pulse, { seed: 4, responses: 30, authorities: 2, weeks: 2 })];
  return [...renamed.slice(0, 500), ...others, ...renamed.slice(500)];
}

describe('mergeCounts', () => {
  it('merging the counts of consecutive parts, in order, gives what one accumulator of the whole gives', () => {
    const all = responses();
    for (const groupBy of [[], ['authority', 'role'], ['month', 'sufficient_time']]) {
      const whole = createAccumulator(ofsted, { groupBy });
      for (const response of all) addResponse(whole, response);

      const merged = createAccumulator(ofsted, { groupBy });
      for (const [from, to] of [[0, 97], [97, 600], [600, 601], [601, all.length]] as const) {
        const part = createAccumulator(ofsted, { groupBy });
        for (const response of all.slice(from, to)) addResponse(part, response);
        mergeCounts(merged, countsOfPart(part));
      }
      expect(sortedGroups(merged)).toEqual(sortedGroups(whole));
      expect(totalCounts(merged)).toEqual(totalCounts(whole));
      expect(merged.otherInstruments).toBe(30);

      // The merged accumulator goes on counting into the same groups.
      for (const response of all.slice(0, 50)) {
        addResponse(whole, response);
        addResponse(merged, response);
      }
      expect(sortedGroups(merged)).toEqual(sortedGroups(whole));
    }
  });

  it('keeps the label of a group from its first response in file order', () => {
    const all = responses();
    const renamedFrom = all.findIndex((r) => r.authorityName === 'Renamed later');
    const code = all[renamedFrom]!.authorityCode;
    const merged = createAccumulator(ofsted, { groupBy: ['authority'] });
    // The second part's first response of that authority has the later spelling.
    for (const part of [all.slice(0, renamedFrom), all.slice(renamedFrom)]) {
      const counts = createAccumulator(ofsted, { groupBy: ['authority'] });
      for (const response of part) addResponse(counts, response);
      mergeCounts(merged, countsOfPart(counts));
    }
    const label = sortedGroups(merged).find((g) => g.values[0] === code)!.labels[0];
    expect(label).toBe(all.find((r) => r.authorityCode === code)!.authorityName);
    expect(label).not.toBe('Renamed later');
  });
});
