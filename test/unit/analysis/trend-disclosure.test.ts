import { describe, expect, it } from 'vitest';
import { roleViewSuppression, type RoleViewsShown } from '../../../analysis/role-views';
import { trendShown, type TrendShown } from '../../../analysis/trend-disclosure';
import { seededRandom } from './helpers/seeded-random';
import { attack, type Figure } from './helpers/subtraction-attacker';

/** People per authority × role × period. */
type Cube = number[][][];

const range = (n: number) => [...Array(n).keys()];
const overPeriods = (cube: Cube) => cube.map((roles) => roles.map((periods) => periods.reduce((s, n) => s + n, 0)));
const overRoles = (cube: Cube) => cube.map((roles) => range(roles[0]!.length).map((p) => roles.reduce((s, byPeriod) => s + byPeriod[p]!, 0)));

/**
 * Every figure the dashboard shows for one item, as sets of leaves (authority, role, period): the
 * table's lines and totals for all roles and for each role, and the trend's points and totals.
 */
function figuresOf(cube: Cube, table: RoleViewsShown, trend: TrendShown): (Figure & { shown: boolean })[] {
  const [A, R, P] = [cube.length, cube[0]!.length, cube[0]![0]!.length];
  const leaves = (as: number[], rs: number[], ps: number[]) => as.flatMap((a) => rs.flatMap((r) => ps.map((p) => (a * R + r) * P + p)));
  const [all, roles, periods] = [range(A), range(R), range(P)];
  return [
    { name: 'table: all', leaves: leaves(all, roles, periods), shown: table.all.total },
    ...all.map((a) => ({ name: `table: authority ${a}`, leaves: leaves([a], roles, periods), shown: table.all.lines[a]! })),
    ...roles.map((r) => ({ name: `table: role ${r}`, leaves: leaves(all, [r], periods), shown: table.roles[r]!.total })),
    ...all.flatMap((a) => roles.map((r) => ({ name: `table: authority ${a}, role ${r}`, leaves: leaves([a], [r], periods), shown: table.roles[r]!.lines[a]! }))),
    ...periods.map((p) => ({ name: `trend: all, period ${p}`, leaves: leaves(all, roles, [p]), shown: trend.totals[p]! })),
    ...all.flatMap((a) => periods.map((p) => ({ name: `trend: authority ${a}, period ${p}`, leaves: leaves([a], roles, [p]), shown: trend.points[a]![p]! }))),
  ];
}

function protect(cube: Cube) {
  const table = roleViewSuppression(overPeriods(cube), 5);
  return { table, trend: trendShown(overRoles(cube), table.all, 5) };
}

describe('trendShown', () => {
  it("hides a second week where the authority's line in the table minus its other weeks would give one away", () => {
    // Aville's weeks: 12, 3, 15; its line in the table (30) is shown.
    const cube: Cube = [
      [[12, 3, 15], [0, 0, 0]],
      [[20, 22, 25], [0, 0, 0]],
      [[30, 28, 26], [0, 0, 0]],
    ];
    const { table, trend } = protect(cube);
    expect(table.all.lines[0]).toBe(true);
    expect(trend.points[0]![1]).toBe(false);
    expect(trend.points[0]!.filter((shown) => !shown).length).toBeGreaterThanOrEqual(2);
    expect(attack(cube.flat(2), figuresOf(cube, table, trend), 5)).toEqual([]);
  });

  it('is needed: hiding only the small week gives it away by subtraction from the table', () => {
    const cube: Cube = [
      [[12, 3, 15], [0, 0, 0]],
      [[20, 22, 25], [0, 0, 0]],
      [[30, 28, 26], [0, 0, 0]],
    ];
    const { table } = protect(cube);
    const naive: TrendShown = { points: [[true, false, true], [true, false, true], [true, true, true]], totals: [true, true, true] };
    expect(attack(cube.flat(2), figuresOf(cube, table, naive), 5)).toContainEqual(expect.objectContaining({ kind: 'small group', people: 3 }));
  });

  it('gives nothing away across the table by role and the trend in 120 random small pools', () => {
    const next = seededRandom(99);
    let hidden = 0;
    for (let trial = 0; trial < 120; trial++) {
      const size = () => (next() < 0.4 ? Math.floor(next() * 6) : 5 + Math.floor(next() * 20));
      const [authorities, periods] = [2 + Math.floor(next() * 2), 2 + Math.floor(next() * 2)];
      const cube: Cube = range(authorities).map(() => [0, 1].map(() => range(periods).map(size)));
      const { table, trend } = protect(cube);
      const findings = attack(cube.flat(2), figuresOf(cube, table, trend), 5);
      expect({ cube, findings }).toEqual({ cube, findings: [] });
      hidden += trend.points.flat().filter((shown) => !shown).length;
      overRoles(cube).forEach((row, a) => row.forEach((n, p) => n < 5 && expect(trend.points[a]![p]).toBe(false)));
    }
    expect(hidden).toBeGreaterThan(0);
  }, 60_000);
});
