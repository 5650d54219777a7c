import { describe, expect, it } from 'vitest';
import { CompactPool } from '../../../analysis/compact-pool';
import { percentageTable, tableRows, type PercentageTable, type ShownCell } from '../../../analysis/percentage-table';
import { countPool } from '../../../analysis/pool-counts';
import { roleFilteredTable } from '../../../analysis/role-filtered-table';
import type { SurveyResponse } from '../../../lib/instruments/response';
import { pulse, roleScenario, staff } from './helpers/role-scenario';
import { attack, type Figure } from './helpers/subtraction-attacker';

function countsOf(responses: readonly SurveyResponse[]) {
  const pool = new CompactPool(pulse);
  responses.forEach((r) => pool.add(r));
  return countPool(pool, { from: '', to: '', interval: 'week', trendItemId: 'workload_manageable' });
}

const halfUp = (count: number, n: number) => Math.floor((200 * count + n) / (2 * n));
const AUTHORITIES = ['AVL', 'BTN', 'CFD'];
const ROLES = ['social_worker', 'manager'] as const;

/** n of each group as the page shows it (undefined when hidden): per view, per authority and all authorities. */
function shownN(table: PercentageTable, itemId: string | null) {
  const row = itemId === null ? undefined : tableRows(table).find((r) => r.itemId === itemId)!;
  const n = (cell: { suppressed: boolean; n?: number }) => (cell.suppressed ? undefined : cell.n);
  const column = (code: string) => table.columns.find((c) => c.values[0] === code);
  return {
    total: row ? n(row.total) : n(table.total.respondents),
    authority: (code: string) => {
      const index = table.columns.findIndex((c) => c.values[0] === code);
      if (index < 0) return undefined;
      return row ? n(row.cells[index]!) : n(column(code)!.respondents);
    },
  };
}

describe('roleFilteredTable', () => {
  const counts = countsOf(roleScenario);
  const views = { all: roleFilteredTable(counts, 'all'), social_worker: roleFilteredTable(counts, 'social_worker'), manager: roleFilteredTable(counts, 'manager') };

  it('leaves the view for all roles as the plain table', () => {
    expect(views.all).toEqual(percentageTable(counts.all));
  });

  it('hides Aville under the social workers filter, heading included, and a partner so that nothing subtracts', () => {
    const sw = views.social_worker;
    expect(sw.columns.map((c) => c.heading)).toEqual(['Aville (fewer than 5 responses)', 'Beeton (fewer than 5 responses)', 'Ceeford (n = 20)']);
    const row = tableRows(sw).find((r) => r.itemId === 'workload_manageable')!;
    expect(row.cells.map((c) => c.suppressed)).toEqual([true, true, false]);
    // Ceeford's social workers, counted here.
    const mine = roleScenario.filter((r) => r.authorityCode === 'CFD' && r.role === 'social_worker').map((r) => r.answers['workload_manageable']);
    expect((row.cells[2] as ShownCell).percents).toEqual([5, 4, 3, 2, 1].map((code) => halfUp(mine.filter((a) => a === code).length, mine.length)));
    expect((row.total as ShownCell).n).toBe(60);
    expect(sw.header).toBe('A total of 60 respondents responded to the questionnaire');
  });

  it('leaves an attacker holding every view (all roles, social workers, managers) nothing to recover, per item and in the headings', () => {
    for (const itemId of [null, ...tableRows(views.all).map((r) => r.itemId)]) {
      // Leaves: authority × role, with their true sizes counted from the responses.
      const size = (code: string, role: string) =>
        roleScenario.filter((r) => r.authorityCode === code && r.role === role && (itemId === null || r.answers[itemId] !== undefined)).length;
      const values = AUTHORITIES.flatMap((code) => ROLES.map((role) => size(code, role)));
      const leaf = (a: number, r: number) => a * ROLES.length + r;
      const figures: (Figure & { shown: boolean })[] = [];
      const add = (name: string, leaves: number[], shown: number | undefined, truth: number) => {
        if (shown !== undefined) expect(shown, name).toBe(truth); // a shown n is the true n
        figures.push({ name, leaves, shown: shown !== undefined });
      };
      const people = (leaves: number[]) => leaves.reduce((sum, l) => sum + values[l]!, 0);
      for (const [view, table] of Object.entries(views)) {
        const roles = view === 'all' ? [0, 1] : [ROLES.indexOf(view as (typeof ROLES)[number])];
        const n = shownN(table, itemId);
        const total = AUTHORITIES.flatMap((_, a) => roles.map((r) => leaf(a, r)));
        add(`${view}: all authorities`, total, n.total, people(total));
        AUTHORITIES.forEach((code, a) => {
          const leaves = roles.map((r) => leaf(a, r));
          add(`${view}: ${code}`, leaves, n.authority(code), people(leaves));
        });
      }
      expect({ itemId, findings: attack(values, figures, 5) }).toEqual({ itemId, findings: [] });
    }
  });

  it('hides the social workers of all authorities when the rest of the staff are 1 to 4 managers', () => {
    const few = countsOf([...staff('AVL', 'Aville', 30, 3, 4), ...staff('BTN', 'Beeton', 25, 0, 5)]);
    const sw = roleFilteredTable(few, 'social_worker');
    expect(sw.total.heading).toBe('All authorities (fewer than 5 responses)');
    expect(sw.header).toBe('The number of respondents who responded is not shown (fewer than 5 responses)');
    expect(tableRows(sw).every((row) => row.total.suppressed)).toBe(true);
  });
});
