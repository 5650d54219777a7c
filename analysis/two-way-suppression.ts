import { findTwoWayDisclosure, TOO_COMPLEX, type TwoWayDisclosure, type TwoWayFigures } from './two-way-disclosure';

/** What may be hidden, besides inner cells, when hiding cells is not enough. */
export interface TwoWayOptions {
  hideRowTotals?: boolean;
  hideColumnTotals?: boolean;
}

/** The shown and hidden figures of a protected two-way table. */
export interface TwoWayPlan {
  hidden: boolean[][];
  rowTotalShown: boolean[];
  columnTotalShown: boolean[];
  totalShown: boolean;
}

type Choice = { kind: 'cell'; row: number; column: number } | { kind: 'row' | 'column'; line: number };

function cellTotal(figures: TwoWayFigures, kind: 'row' | 'column', line: number): number {
  return kind === 'row' ? figures.cells[line]!.reduce((s, n) => s + n, 0) : figures.cells.reduce((s, row) => s + row[line]!, 0);
}

/**
 * The smallest shown figure whose hiding breaks or enlarges the reader's sum: a cell of the first
 * rectangle where the disclosure says one helps, else (if allowed) a total the sum goes through.
 */
function nextToHide(plan: TwoWayPlan, figures: TwoWayFigures, found: TwoWayDisclosure, options: TwoWayOptions): Choice | undefined {
  const candidates: { people: number; choice: Choice }[] = [];
  for (const { rows, columns } of found.helps) {
    for (const r of rows) for (const c of columns) if (!plan.hidden[r]![c]) candidates.push({ people: figures.cells[r]![c]!, choice: { kind: 'cell', row: r, column: c } });
    if (candidates.some((c) => c.people > 0)) break;
  }
  if (options.hideColumnTotals && !candidates.some((c) => c.people > 0)) {
    for (const c of found.columns) if (plan.columnTotalShown[c]) candidates.push({ people: cellTotal(figures, 'column', c), choice: { kind: 'column', line: c } });
  }
  if (options.hideRowTotals && !candidates.some((c) => c.people > 0)) {
    for (const r of found.rows) if (plan.rowTotalShown[r]) candidates.push({ people: cellTotal(figures, 'row', r), choice: { kind: 'row', line: r } });
  }
  return candidates.filter((c) => c.people > 0).sort((a, b) => a.people - b.people)[0]?.choice;
}

/**
 * Hides further figures of a two-way table, smallest first next to each disclosure, until a reader
 * can work out no group of 1 to k − 1 people and no hidden figure ({@link findTwoWayDisclosure}).
 * Hiding only ever takes information away, so each step helps or changes nothing and the loop
 * ends. When a connected part of hidden cells is too large to search, every cell is hidden; when
 * hiding cells (and the totals allowed) cannot help, every cell and allowed total is hidden.
 * Returns the plan and whether it is safe (false only when even that was not enough, in which case
 * the caller must not publish the table's inner cells).
 *
 * @example
 * // Authority A has 20 social workers and 2 managers, B has 20 and 10: the managers of A are
 * // hidden, and so are those of B and both authorities' social workers, so that nothing adds up.
 * protectTwoWayTable({ cells: [[20, 2], [20, 10]], hidden: [[false, true], [false, false]], … }, 5).plan.hidden
 * // [[true, true], [true, true]]
 */
export function protectTwoWayTable(figures: TwoWayFigures, minGroupSize: number, options: TwoWayOptions = {}): { plan: TwoWayPlan; safe: boolean } {
  const plan: TwoWayPlan = {
    hidden: figures.hidden.map((row) => [...row]),
    rowTotalShown: [...figures.rowTotalShown],
    columnTotalShown: [...figures.columnTotalShown],
    totalShown: figures.totalShown,
  };
  const current = (): TwoWayFigures => ({ ...figures, ...plan });
  for (;;) {
    const found = findTwoWayDisclosure(current(), minGroupSize);
    if (found === undefined) return { plan, safe: true };
    const choice = found === TOO_COMPLEX ? undefined : nextToHide(plan, current(), found, options);
    if (choice?.kind === 'cell') plan.hidden[choice.row]![choice.column] = true;
    else if (choice?.kind === 'row') plan.rowTotalShown[choice.line] = false;
    else if (choice?.kind === 'column') plan.columnTotalShown[choice.line] = false;
    else if (plan.hidden.some((row) => row.some((h) => !h))) plan.hidden = plan.hidden.map((row) => row.map(() => true));
    else {
      const before = JSON.stringify(plan);
      if (options.hideRowTotals) plan.rowTotalShown = plan.rowTotalShown.map(() => false);
      if (options.hideColumnTotals) plan.columnTotalShown = plan.columnTotalShown.map(() => false);
      if (JSON.stringify(plan) === before) return { plan, safe: false };
    }
  }
}
