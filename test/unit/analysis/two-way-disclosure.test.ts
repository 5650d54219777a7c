import { describe, expect, it } from 'vitest';
import { findTwoWayDisclosure, TOO_COMPLEX, type TwoWayFigures } from '../../../analysis/two-way-disclosure';
import { protectTwoWayTable } from '../../../analysis/two-way-suppression';
import { attack, type Figure } from './helpers/subtraction-attacker';
import { seededRandom } from './helpers/seeded-random';

/** Every figure of a two-way table (cells, row totals, column totals, grand total) as sets of cells. */
function figuresOf(table: TwoWayFigures): (Figure & { shown: boolean })[] {
  const columns = table.columnTotalShown.length;
  const rows = table.rowTotalShown.length;
  const leaf = (r: number, c: number) => r * columns + c;
  const rowIds = [...Array(rows).keys()];
  const columnIds = [...Array(columns).keys()];
  return [
    { name: 'grand total', leaves: rowIds.flatMap((r) => columnIds.map((c) => leaf(r, c))), shown: table.totalShown },
    ...rowIds.map((r) => ({ name: `row ${r}`, leaves: columnIds.map((c) => leaf(r, c)), shown: table.rowTotalShown[r]! })),
    ...columnIds.map((c) => ({ name: `column ${c}`, leaves: rowIds.map((r) => leaf(r, c)), shown: table.columnTotalShown[c]! })),
    ...rowIds.flatMap((r) => columnIds.map((c) => ({ name: `cell ${r},${c}`, leaves: [leaf(r, c)], shown: !table.hidden[r]![c] }))),
  ];
}

function randomTable(next: () => number, rows: number, columns: number): TwoWayFigures {
  const cells = Array.from({ length: rows }, () => Array.from({ length: columns }, () => (next() < 0.4 ? Math.floor(next() * 5) : 5 + Math.floor(next() * 20))));
  return {
    cells,
    // Small cells hidden, some others too.
    hidden: cells.map((row) => row.map((n) => n < 5 || next() < 0.25)),
    rowTotalShown: cells.map((row) => row.reduce((s, n) => s + n, 0) >= 5 && next() < 0.8),
    columnTotalShown: Array.from({ length: columns }, (_, c) => cells.reduce((s, row) => s + row[c]!, 0) >= 5 && next() < 0.8),
    totalShown: next() < 0.85,
  };
}

describe('findTwoWayDisclosure', () => {
  it("finds the managers of A from A's total minus its social workers", () => {
    const found = findTwoWayDisclosure(
      { cells: [[20, 2], [20, 10]], hidden: [[false, true], [false, false]], rowTotalShown: [true, true], columnTotalShown: [true, true], totalShown: true },
      5,
    );
    expect(found).toMatchObject({ kind: 'small group', people: 2, cells: [[0, 1]] });
  });

  it('finds a small pair of cells that only a sum over three rows and columns gives away', () => {
    // Hidden cells form a cycle of six: A·p, A·q, B·q, B·r, C·r, C·p. Rows A, B and the column q
    // give A·p + B·r = 1 + 3, although every row and column holds 5 or more hidden people.
    const cells = [
      [1, 9, 30],
      [30, 9, 3],
      [9, 30, 9],
    ];
    const hidden = [
      [true, true, false],
      [false, true, true],
      [true, false, true],
    ];
    const table = { cells, hidden, rowTotalShown: [true, true, true], columnTotalShown: [true, true, true], totalShown: true };
    expect(attack(cells.flat(), figuresOf(table), 5)).toContainEqual(expect.objectContaining({ kind: 'small group', people: 4 }));
    expect(findTwoWayDisclosure(table, 5)).toMatchObject({ kind: 'small group', people: 4 });
  });

  it('finds nothing in a cycle of four whose rows and columns each hold 5 or more', () => {
    const table = { cells: [[20, 2], [20, 10]], hidden: [[true, true], [true, true]], rowTotalShown: [true, true], columnTotalShown: [true, true], totalShown: true };
    expect(findTwoWayDisclosure(table, 5)).toBeUndefined();
  });

  it('finds a hidden total whose cells are all shown', () => {
    const table = { cells: [[20, 6], [20, 10]], hidden: [[false, false], [false, false]], rowTotalShown: [false, true], columnTotalShown: [true, true], totalShown: true };
    expect(findTwoWayDisclosure(table, 5)).toMatchObject({ kind: 'hidden figure', people: 26, rows: [0] });
  });

  it('says when a tangle of hidden cells is too large to search', () => {
    // A long zig-zag of hidden cells over 16 rows and 16 columns.
    const cells = Array.from({ length: 16 }, () => Array.from({ length: 16 }, () => 10));
    const hidden = cells.map((row, r) => row.map((_, c) => c === r || c === (r + 1) % 16));
    const table = { cells, hidden, rowTotalShown: cells.map(() => true), columnTotalShown: cells.map(() => true), totalShown: true };
    expect(findTwoWayDisclosure(table, 5)).toBe(TOO_COMPLEX);
  });

  it('agrees with an exhaustive attacker on 400 random tables of up to 4 × 4', () => {
    const next = seededRandom(7);
    let disclosures = 0;
    for (let trial = 0; trial < 400; trial++) {
      const raw = randomTable(next, 2 + Math.floor(next() * 3), 2 + Math.floor(next() * 3));
      // Half of them protected, so that both answers are put to the test.
      const table = next() < 0.5 ? raw : { ...raw, ...protectTwoWayTable(raw, 5, { hideColumnTotals: true, hideRowTotals: true }).plan };
      const findings = attack(table.cells.flat(), figuresOf(table), 5);
      const found = findTwoWayDisclosure(table, 5);
      expect({ table, found: found !== undefined }).toEqual({ table, found: findings.length > 0 });
      if (found) disclosures += 1;
    }
    // The random tables are not all safe or all unsafe: the agreement means something.
    expect(disclosures).toBeGreaterThan(40);
    expect(disclosures).toBeLessThan(360);
  });
});

describe('protectTwoWayTable', () => {
  it('hides a second authority so that the hidden cells form a cycle, and no more', () => {
    const { plan, safe } = protectTwoWayTable(
      { cells: [[20, 2], [20, 10], [20, 10]], hidden: [[false, true], [false, false], [false, false]], rowTotalShown: [true, true, true], columnTotalShown: [true, true], totalShown: true },
      5,
    );
    expect(safe).toBe(true);
    expect(plan.hidden).toEqual([
      [true, true],
      [true, true],
      [false, false],
    ]);
  });

  it('leaves nothing for the attacker in 300 random tables', () => {
    const next = seededRandom(11);
    for (let trial = 0; trial < 300; trial++) {
      const table = randomTable(next, 2 + Math.floor(next() * 3), 2 + Math.floor(next() * 3));
      const { plan, safe } = protectTwoWayTable(table, 5, { hideColumnTotals: true, hideRowTotals: true });
      const protectedTable = { ...table, ...plan };
      const findings = safe ? attack(table.cells.flat(), figuresOf(protectedTable), 5) : [];
      expect({ table, safe, findings }).toEqual({ table, safe: true, findings: [] });
      // Only hides: what was hidden stays hidden.
      table.hidden.forEach((row, r) => row.forEach((h, c) => h && expect(plan.hidden[r]![c]).toBe(true)));
    }
  });
});
