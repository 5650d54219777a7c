import { describe, expect, it } from 'vitest';
import { generateDemoResponses } from '../../../analysis/demo';
import { addResponse, createAccumulator } from '../../../analysis/group-counts';
import { hideCells } from '../../../analysis/hide-cells';
import { percentageTable, tableRows } from '../../../analysis/percentage-table';
import { getBuiltinInstrument } from '../../../lib/instruments/builtin';

describe('hideCells', () => {
  const instrument = getBuiltinInstrument('ofsted-2011-managers');
  const counts = createAccumulator(instrument, { groupBy: ['authority'] });
  for (const response of generateDemoResponses(instrument, { seed: 5, responses: 120, authorities: 2 })) addResponse(counts, response);
  const table = percentageTable(counts, { benchmark: 'auto' });
  const first = table.columns[0]!.key;
  const rowOf = (t: typeof table, id: string) => tableRows(t).find((r) => r.itemId === id)!;

  it('hides exactly the cells asked for, keeping totals, other groups and the benchmark', () => {
    const hidden = hideCells(table, (itemId, column) => itemId === 'sufficient_staff' && column === first, 'fewer than 5 responses');
    expect(rowOf(hidden, 'sufficient_staff').cells[0]).toEqual({ suppressed: true, text: 'fewer than 5 responses' });
    expect(rowOf(hidden, 'sufficient_staff').cells[1]).toEqual(rowOf(table, 'sufficient_staff').cells[1]);
    expect(rowOf(hidden, 'sufficient_staff').total).toEqual(rowOf(table, 'sufficient_staff').total);
    expect(rowOf(hidden, 'sufficient_staff').benchmark?.n).toBe(148);
    expect(rowOf(hidden, 'sufficient_time')).toEqual(rowOf(table, 'sufficient_time'));
    expect(hidden.columns).toEqual(table.columns);
  });

  it('hides a heading and the header count when the respondent counts are hidden', () => {
    const hidden = hideCells(table, (itemId, column) => itemId === null, 'fewer than 5 responses');
    expect(hidden.columns.map((c) => c.heading)).toEqual(table.columns.map((c) => `${c.label} (fewer than 5 responses)`));
    expect(hidden.columns.every((c) => c.respondents.suppressed)).toBe(true);
    expect(hidden.total.heading).toBe('All authorities (fewer than 5 responses)');
    expect(hidden.header).toBe('The number of social work managers who responded is not shown (fewer than 5 responses)');
    expect(rowOf(hidden, 'sufficient_time')).toEqual(rowOf(table, 'sufficient_time'));
  });

  it('leaves the original table as it was', () => {
    hideCells(table, () => true, 'fewer than 5 responses');
    expect(rowOf(table, 'sufficient_staff').cells[0]!.suppressed).toBe(false);
    expect(table.columns[0]!.respondents.suppressed).toBe(false);
  });
});
