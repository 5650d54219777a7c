import { describe, expect, it } from 'vitest';
import { roleViewSuppression, type RoleViewsShown } from '../../../analysis/role-views';
import { seededRandom } from './helpers/seeded-random';
import { attack, type Figure } from './helpers/subtraction-attacker';

/** Every figure the dashboard can show for authorities × roles, whether it is shown, as sets of leaves (authority, role). */
function figuresOf(sizes: number[][], shown: RoleViewsShown): (Figure & { shown: boolean })[] {
  const roles = sizes[0]!.length;
  const leaf = (a: number, r: number) => a * roles + r;
  const authorities = sizes.map((_, a) => a);
  const roleIds = [...Array(roles).keys()];
  return [
    { name: 'all authorities, all roles', leaves: authorities.flatMap((a) => roleIds.map((r) => leaf(a, r))), shown: shown.all.total },
    ...authorities.map((a) => ({ name: `authority ${a}, all roles`, leaves: roleIds.map((r) => leaf(a, r)), shown: shown.all.lines[a]! })),
    ...roleIds.map((r) => ({ name: `all authorities, role ${r}`, leaves: authorities.map((a) => leaf(a, r)), shown: shown.roles[r]!.total })),
    ...authorities.flatMap((a) => roleIds.map((r) => ({ name: `authority ${a}, role ${r}`, leaves: [leaf(a, r)], shown: shown.roles[r]!.lines[a]! }))),
  ];
}

describe('roleViewSuppression', () => {
  it('protects the two managers of Aville when the view is filtered to social workers', () => {
    // Aville 20 social workers + 2 managers; Beeton and Ceeford 20 + 10 each.
    const sizes = [
      [20, 2],
      [20, 10],
      [20, 10],
    ];
    const shown = roleViewSuppression(sizes, 5);
    // The view for all roles is the unfiltered one: every authority has 5 or more.
    expect(shown.all).toEqual({ lines: [true, true, true], total: true });
    // Filtered to social workers, Aville's line is hidden: 22 − 20 would give its 2 managers.
    expect(shown.roles[0]!.lines[0]).toBe(false);
    expect(shown.roles[1]!.lines[0]).toBe(false);
    // One more authority is hidden in both role views so that the hidden groups form a cycle
    // (Aville and Beeton × social workers and managers); Ceeford and the role totals stay.
    expect(shown.roles.map((r) => r.lines)).toEqual([
      [false, false, true],
      [false, false, true],
    ]);
    expect(shown.roles.map((r) => r.total)).toEqual([true, true]);
    // Whatever else is shown, nothing adds up to a small group or a hidden figure.
    expect(attack(sizes.flat(), figuresOf(sizes, shown), 5)).toEqual([]);
  });

  it('is attacked successfully without it: the filtered view suppressed on its own gives the managers away', () => {
    const sizes = [
      [20, 2],
      [20, 10],
      [20, 10],
    ];
    // Each view on its own: social workers all shown (none small); managers: Aville and Beeton hidden.
    const naive: RoleViewsShown = {
      all: { lines: [true, true, true], total: true },
      roles: [
        { lines: [true, true, true], total: true },
        { lines: [false, false, true], total: true },
      ],
    };
    const findings = attack(sizes.flat(), figuresOf(sizes, naive), 5);
    expect(findings).toContainEqual(expect.objectContaining({ kind: 'small group', people: 2 }));
  });

  it('hides the social workers line of all authorities when the rest of the staff are 1 to 4 managers', () => {
    const sizes = [
      [30, 3],
      [25, 0],
    ];
    const shown = roleViewSuppression(sizes, 5);
    expect(shown.roles[0]!.total).toBe(false);
    expect(shown.roles[1]!.total).toBe(false);
    expect(attack(sizes.flat(), figuresOf(sizes, shown), 5)).toEqual([]);
  });

  it('leaves a questionnaire with one role as it is: the role view is the view of everyone', () => {
    const sizes = [[3], [20], [30]];
    const shown = roleViewSuppression(sizes, 5);
    expect(shown.roles[0]).toEqual(shown.all);
    expect(shown.all.lines).toEqual([false, false, true]);
  });

  it('gives nothing away in 300 random tables of 2 to 5 authorities × 2 roles', () => {
    const next = seededRandom(20260101);
    for (let trial = 0; trial < 300; trial++) {
      const authorities = 2 + Math.floor(next() * 4);
      // Mostly small groups, where suppression matters.
      const size = () => (next() < 0.5 ? Math.floor(next() * 6) : Math.floor(next() * 30));
      const sizes = Array.from({ length: authorities }, () => [size(), size()]);
      const shown = roleViewSuppression(sizes, 5);
      const findings = attack(sizes.flat(), figuresOf(sizes, shown), 5);
      expect({ sizes, findings }).toEqual({ sizes, findings: [] });
      // Small groups are never shown, in any view.
      sizes.forEach((row, a) =>
        row.forEach((n, r) => {
          if (n < 5) expect(shown.roles[r]!.lines[a]).toBe(false);
        }),
      );
    }
  });
});
