import { describe, expect, it } from 'vitest';
import { getBuiltinInstrument } from '../../../lib/instruments/builtin';
import type { SurveyResponse } from '../../../lib/instruments/response';
import {
  breakdownPartitions,
  checkMinGroupSize,
  DisclosureSettingError,
  disclosureOptions,
  suppressedText,
  suppressParts,
  suppressTable,
  type SuppressionStatus,
} from '../../../analysis/disclosure';
import { addResponse, createAccumulator } from '../../../analysis/group-counts';
import { percentageTable, tableRows, type ShownCell } from '../../../analysis/percentage-table';
import { authorityReport } from '../../../analysis/authority-report';
import { random } from './helpers/annex-a-respondents';

/**
 * The property that matters, checked independently of how the code chooses: for a published total
 * and its parts, subtracting the shown parts from the total leaves the hidden parts' sum; that
 * must never be the size of one identifiable group, so either nothing non-empty is hidden, or the
 * hidden non-empty parts are at least two and hold at least k responses between them (or the
 * total itself is below k and so not shown either).
 */
function recoverable(sizes: readonly number[], status: readonly SuppressionStatus[], members: readonly number[], k: number): boolean {
  const total = members.reduce((sum, i) => sum + sizes[i]!, 0);
  if (total < k) return false; // the total is not shown, nothing to subtract from
  const hidden = members.filter((i) => status[i] !== 'shown' && sizes[i]! > 0);
  if (hidden.length === 0) return false;
  const residual = hidden.reduce((sum, i) => sum + sizes[i]!, 0);
  return hidden.length < 2 || residual < k;
}

describe('minimum group size', () => {
  it('defaults to 5 for scores and 10 for comments', () => {
    expect(disclosureOptions()).toEqual({ minGroupSize: 5, minCommentGroupSize: 10 });
  });

  it('can be raised or lowered to 3, never below', () => {
    expect(checkMinGroupSize(3)).toBe(3);
    expect(checkMinGroupSize(20)).toBe(20);
    for (const bad of [2, 1, 0, -5, 2.5, Number.NaN]) expect(() => checkMinGroupSize(bad)).toThrow(DisclosureSettingError);
    expect(() => checkMinGroupSize(2)).toThrow(/at least 3 \(got 2\)/);
    expect(() => disclosureOptions({ minCommentGroupSize: 2 })).toThrow(/minimum comment group size/);
  });

  it('refuses a table with a threshold below 3', () => {
    const accumulator = createAccumulator(getBuiltinInstrument('pulse'));
    expect(() => percentageTable(accumulator, { minGroupSize: 2 })).toThrow(DisclosureSettingError);
  });

  it('names the threshold in the suppressed text', () => {
    expect(suppressedText(5)).toBe('fewer than 5 responses');
    expect(suppressedText(10)).toBe('fewer than 10 responses');
  });
});

describe('suppressParts (one total and its parts)', () => {
  it('hides a small group and, when it is the only one, the next smallest too', () => {
    expect(suppressParts([2, 6, 7, 30], 5)).toEqual(['primary', 'complementary', 'shown', 'shown']);
    expect(suppressParts([30, 7, 2, 6], 5)).toEqual(['shown', 'shown', 'primary', 'complementary']);
  });

  it('hides further groups until the hidden ones hold at least k responses', () => {
    // 1 + 2 = 3 < 5: the smallest shown group (6) is hidden as well.
    expect(suppressParts([1, 2, 6, 40], 5)).toEqual(['primary', 'primary', 'complementary', 'shown']);
    // 2 + 4 = 6 ≥ 5 and two groups: nothing more.
    expect(suppressParts([2, 4, 6, 40], 5)).toEqual(['primary', 'primary', 'shown', 'shown']);
  });

  it('leaves groups of k or more alone, and empty groups call for nothing', () => {
    expect(suppressParts([5, 12, 40], 5)).toEqual(['shown', 'shown', 'shown']);
    expect(suppressParts([0, 8, 9], 5)).toEqual(['primary', 'shown', 'shown']);
  });

  it('never lets a hidden group be recovered by subtraction (5,000 random breakdowns)', () => {
    const next = random(5);
    for (let trial = 0; trial < 5000; trial++) {
      const k = 3 + Math.floor(next() * 8);
      const sizes = Array.from({ length: 1 + Math.floor(next() * 8) }, () => Math.floor(next() * (next() < 0.5 ? k : 4 * k)));
      const status = suppressParts(sizes, k);
      sizes.forEach((size, i) => {
        if (size < k) expect(status[i]).toBe('primary');
      });
      expect(recoverable(sizes, status, sizes.map((_, i) => i), k), `${sizes.join(',')} k=${k}`).toBe(false);
    }
  });
});

describe('suppressTable (breakdowns by several columns)', () => {
  it('lists every margin as a partition', () => {
    expect(breakdownPartitions([['A', 'sw'], ['A', 'manager'], ['B', 'sw']])).toEqual([[0, 1, 2], [0, 1], [0, 2]]);
    expect(breakdownPartitions([['A'], ['B']])).toEqual([[0, 1]]);
  });

  it('protects every margin of random two-way tables against a reader who combines them', () => {
    const next = random(9);
    for (let trial = 0; trial < 3000; trial++) {
      const k = 5;
      const rows = 1 + Math.floor(next() * 5);
      const cols = 1 + Math.floor(next() * 4);
      const values: string[][] = [];
      const sizes: number[] = [];
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) {
          values.push([`r${r}`, `c${c}`]);
          sizes.push(Math.floor(next() * (next() < 0.3 ? 5 : 30)));
        }
      }
      const status = suppressTable(sizes, breakdownPartitions(values), k);
      // The reader's view, computed here independently: every margin of k or more is published
      // (the grand total, each row, each column); shown cells are known (a hidden cell, empty or
      // not, reads "fewer than 5 responses"); a margin whose cells are all known but one gives
      // that one away; repeat.
      const margins = [sizes.map((_, i) => i)];
      for (let r = 0; r < rows; r++) margins.push(values.flatMap((v, i) => (v[0] === `r${r}` ? [i] : [])));
      for (let c = 0; c < cols; c++) margins.push(values.flatMap((v, i) => (v[1] === `c${c}` ? [i] : [])));
      // (A margin of a single cell is that cell: published or hidden as the cell is, by the same rule.)
      const published = margins.filter((m) => m.length > 1 && m.reduce((sum, i) => sum + sizes[i]!, 0) >= k);
      const known = sizes.map((_, i) => status[i] === 'shown');
      for (let more = true; more; ) {
        more = false;
        for (const m of published) {
          const unknown = m.filter((i) => !known[i]);
          if (unknown.length === 1) {
            known[unknown[0]!] = true;
            more = true;
          }
        }
      }
      const where = JSON.stringify({ sizes, rows, cols, status });
      // No small group can be worked out …
      sizes.forEach((size, i) => {
        if (size > 0 && size < k) expect(known[i], where).toBe(false);
      });
      // … and no published margin leaves a pool of fewer than k unknown people.
      for (const m of published) {
        const pool = m.filter((i) => !known[i]).reduce((sum, i) => sum + sizes[i]!, 0);
        if (pool > 0) expect(pool, where).toBeGreaterThanOrEqual(k);
      }
    }
  });
});

function response(id: number, authority: string, answers: SurveyResponse['answers'], role: 'social_worker' | 'manager' = 'social_worker'): SurveyResponse {
  return {
    responseId: `r${id}`,
    instrumentId: 'pulse',
    instrumentVersion: '1.0.0',
    submittedAt: '2025-02-12T09:00:00Z',
    authorityCode: authority,
    authorityName: `Name of ${authority}`,
    role,
    team: '',
    answers,
  };
}

describe('disclosure control in tables', () => {
  // Four authorities with 2, 6, 7 and 30 respondents.
  const sizes: Record<string, number> = { A: 2, B: 6, C: 7, D: 30 };
  const pulse = getBuiltinInstrument('pulse');
  const accumulator = createAccumulator(pulse, { groupBy: ['authority'] });
  let id = 0;
  for (const [authority, size] of Object.entries(sizes)) {
    for (let j = 0; j < size; j++) {
      id += 1;
      addResponse(accumulator, response(id, authority, { week_overall: 1 + (id % 5), workload_manageable: 1 + (id % 3), direct_work_time: 5 }));
    }
  }
  const table = percentageTable(accumulator);
  const ANSWERED = new Set(['week_overall', 'workload_manageable', 'direct_work_time']);

  it('hides the small authority and the next smallest, in every row and in the column headings', () => {
    expect(table.columns.map((c) => c.heading)).toEqual([
      'Name of A (fewer than 5 responses)',
      'Name of B (fewer than 5 responses)',
      'Name of C (n = 7)',
      'Name of D (n = 30)',
    ]);
    expect(table.total.heading).toBe('All authorities (base = 45)');
    for (const row of tableRows(table).filter((r) => ANSWERED.has(r.itemId))) {
      const [a, b, c, d] = row.cells;
      // The small group and the one hidden to protect it read alike.
      expect(a).toEqual({ suppressed: true, text: 'fewer than 5 responses' });
      expect(b).toEqual({ suppressed: true, text: 'fewer than 5 responses' });
      expect(c?.suppressed).toBe(false);
      expect(d?.suppressed).toBe(false);
    }
  });

  it('leaves only a pooled residual of 8 people in two groups after subtracting the shown groups', () => {
    for (const row of tableRows(table).filter((r) => ANSWERED.has(r.itemId))) {
      const total = row.total as ShownCell;
      const shown = row.cells.filter((c): c is ShownCell => !c.suppressed);
      const residual = total.counts.map((count, i) => count - shown.reduce((sum, c) => sum + c.counts[i]!, 0));
      expect(residual.reduce((a, b) => a + b, 0)).toBe(8); // A (2) + B (6): neither can be told apart
    }
  });

  it('puts no numbers and no reason in suppressed cells, so no renderer can print them (never 0)', () => {
    const suppressedCells = tableRows(table).flatMap((row) => row.cells.filter((c) => c.suppressed));
    expect(suppressedCells.length).toBeGreaterThan(0);
    for (const cell of suppressedCells) expect(Object.keys(cell).sort()).toEqual(['suppressed', 'text']);
    expect(JSON.stringify(table.columns[0]!.respondents)).not.toMatch(/\d(?!\s*responses)/);
  });

  it('hides an item row for a group when fewer than k answered it, even if the group is large', () => {
    const acc = createAccumulator(pulse, { groupBy: ['authority'] });
    for (let j = 0; j < 20; j++) addResponse(acc, response(j, 'X', { week_overall: 3, ...(j < 3 ? { workload_manageable: 4 } : {}) }));
    for (let j = 20; j < 40; j++) addResponse(acc, response(j, 'Y', { week_overall: 4, workload_manageable: 2 }));
    const rows = new Map(tableRows(percentageTable(acc)).map((r) => [r.itemId, r]));
    const workload = rows.get('workload_manageable')!;
    expect(workload.cells[0]).toMatchObject({ suppressed: true }); // 3 answers in X
    expect(workload.cells[1]).toMatchObject({ suppressed: true }); // else total − Y = X
    expect(workload.total).toMatchObject({ suppressed: false, n: 23 });
    expect(rows.get('week_overall')!.cells.every((c) => !c.suppressed)).toBe(true);
  });

  it('uses the configured threshold', () => {
    const strict = percentageTable(accumulator, { minGroupSize: 10 });
    expect(strict.columns.map((c) => c.respondents.suppressed)).toEqual([true, true, true, false]);
    expect(strict.notes.some((n) => n.includes('fewer than 10 responses'))).toBe(true);
    const row = tableRows(strict)[0]!;
    expect(row.cells[0]).toMatchObject({ text: 'fewer than 10 responses' });
  });

  it('hides the whole table when fewer than k responded at all', () => {
    const acc = createAccumulator(pulse);
    for (let j = 0; j < 4; j++) addResponse(acc, response(j, 'A', { week_overall: 3 }));
    const small = percentageTable(acc);
    expect(small.header).toBe('Fewer than 5 respondents responded to the questionnaire, so no results are shown');
    expect(tableRows(small).every((r) => r.total.suppressed)).toBe(true);
  });

  it('protects authority × role breakdowns against their margins', () => {
    const acc = createAccumulator(pulse, { groupBy: ['authority', 'role'] });
    let n = 0;
    const add = (authority: string, role: 'social_worker' | 'manager', count: number) => {
      for (let j = 0; j < count; j++) addResponse(acc, response(n++, authority, { week_overall: 3 }, role));
    };
    add('A', 'social_worker', 20);
    add('A', 'manager', 3);
    add('B', 'social_worker', 30);
    add('B', 'manager', 12);
    const t = percentageTable(acc);
    const status = tableRows(t)[0]!.cells.map((c) => (c.suppressed ? 'hidden' : 'shown'));
    // A's total (23) minus A/social workers would give A/managers; B/managers' total likewise: all hidden.
    expect(t.columns.map((c) => c.label)).toEqual([
      'Name of A / Social worker',
      'Name of A / Manager, supervisor or senior practitioner',
      'Name of B / Social worker',
      'Name of B / Manager, supervisor or senior practitioner',
    ]);
    expect(status).toEqual(['hidden', 'hidden', 'hidden', 'hidden']);
  });

  it('keeps the per-authority report consistent with the breakdown', () => {
    const page = authorityReport(table, 'C');
    expect(page.heading).toBe('Results for Name of C (n = 7)');
    const hidden = authorityReport(table, 'B');
    expect(hidden.heading).toBe('Results for Name of B (fewer than 5 responses)');
    expect(hidden.sections[0]!.rows[0]!.authority).toMatchObject({ suppressed: true, text: 'fewer than 5 responses' });
  });
});
