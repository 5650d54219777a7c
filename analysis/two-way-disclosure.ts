import { checkMinGroupSize } from './disclosure';

/**
 * What a reader can work out from a two-way table whose inner cells, row totals, column totals and
 * grand total may each be shown or hidden: for example authorities × roles (the cells are the role
 * groups of each authority, the row totals each authority's line for all roles), or authorities ×
 * periods (the trend points of each authority, beside its line in the table).
 *
 * The reader knows every shown figure and that every total is the sum of its cells, so they can
 * add and subtract shown figures. A hidden row total whose row has no hidden cell is simply the sum
 * of its shown cells; otherwise hidden row totals can only be used together (the grand total minus
 * the shown rows), so they act as one merged row; the same holds for columns.
 *
 * Every sum of hidden cells the reader can work out is a "cut" of the graph whose vertices are the
 * rows and columns and whose edges are the hidden cells: give each row and column a level 0 or 1 so
 * that no hidden cell joins a row at 0 to a column at 1; the cells joining rows at 1 to columns at 0
 * are then a group whose size follows from the totals (each usable total at level 1 counts in, each
 * at 0 out). Sums with larger coefficients break down into such groups. Hidden totals fix levels:
 * merged hidden rows and merged hidden columns are free when the grand total is shown and must share
 * one level when it is not. Searching every level assignment of the smaller side of each connected
 * part is exact, and quick for the small parts that suppression leaves.
 */

/** A two-way table as published: sizes of its inner cells and which figures are shown. */
export interface TwoWayFigures {
  /** People in each inner cell, rows × columns. */
  cells: readonly (readonly number[])[];
  /** Which inner cells are hidden (rows × columns). */
  hidden: readonly (readonly boolean[])[];
  rowTotalShown: readonly boolean[];
  columnTotalShown: readonly boolean[];
  totalShown: boolean;
}

/** A group of hidden cells whose size a reader can work out, and why that is a disclosure. */
export interface TwoWayDisclosure {
  /**
   * `small group`: 1 to k − 1 people. `hidden figure`: one hidden cell or one hidden total (with
   * people in it) worked out exactly.
   */
  kind: 'small group' | 'hidden figure';
  people: number;
  /** The hidden cells of the group, as [row, column]. */
  cells: [number, number][];
  /** Rectangles of cells (rows × columns), best first, where hiding one more shown cell breaks or enlarges the reader's sum. */
  helps: { rows: number[]; columns: number[] }[];
  /** Every row and column the reader's sum goes through (where hiding a total would help). */
  rows: number[];
  columns: number[];
}

/** Returned when a connected part of hidden cells is too large to search exhaustively. */
export const TOO_COMPLEX = 'too complex' as const;

interface Edge {
  people: number;
  cells: [number, number][];
}

/** A vertex: one row or column with a shown total, or all rows (columns) with hidden totals merged. */
interface Vertex {
  side: 0 | 1;
  lines: number[];
  merged: boolean;
  /** Edges to vertices of the other side: other vertex index → edge. */
  edges: Map<number, Edge>;
}

function buildVertices(figures: TwoWayFigures): { vertices: Vertex[]; merged: [number | undefined, number | undefined] } {
  const { cells, hidden } = figures;
  const vertices: Vertex[] = [];
  const merged: [number | undefined, number | undefined] = [undefined, undefined];
  const vertexOf = (side: 0 | 1, shown: readonly boolean[]) =>
    shown.map((isShown, line) => {
      if (isShown) return vertices.push({ side, lines: [line], merged: false, edges: new Map() }) - 1;
      if (merged[side] === undefined) merged[side] = vertices.push({ side, lines: [], merged: true, edges: new Map() }) - 1;
      vertices[merged[side]!]!.lines.push(line);
      return merged[side]!;
    });
  const rowVertex = vertexOf(0, figures.rowTotalShown);
  const columnVertex = vertexOf(1, figures.columnTotalShown);
  cells.forEach((row, r) =>
    row.forEach((people, c) => {
      if (!hidden[r]![c]) return;
      const [a, b] = [rowVertex[r]!, columnVertex[c]!];
      const edge = vertices[a]!.edges.get(b) ?? { people: 0, cells: [] };
      edge.people += people;
      edge.cells.push([r, c]);
      vertices[a]!.edges.set(b, edge);
      vertices[b]!.edges.set(a, edge);
    }),
  );
  return { vertices, merged };
}

function components(vertices: readonly Vertex[]): number[][] {
  const seen = new Set<number>();
  const parts: number[][] = [];
  vertices.forEach((vertex, start) => {
    if (seen.has(start) || vertex.edges.size === 0) return;
    const part: number[] = [];
    const stack = [start];
    seen.add(start);
    while (stack.length > 0) {
      const v = stack.pop()!;
      part.push(v);
      for (const w of vertices[v]!.edges.keys()) if (!seen.has(w)) (seen.add(w), stack.push(w));
    }
    parts.push(part);
  });
  return parts;
}

/** Hidden totals whose line has no hidden cell: the shown cells add up to them. */
function exposedTotal(figures: TwoWayFigures): TwoWayDisclosure | undefined {
  const { cells, hidden } = figures;
  for (let r = 0; r < cells.length; r++) {
    const people = cells[r]!.reduce((sum, n) => sum + n, 0);
    if (!figures.rowTotalShown[r] && people > 0 && !hidden[r]!.some(Boolean)) {
      return { kind: 'hidden figure', people, cells: [], helps: [{ rows: [r], columns: figures.columnTotalShown.map((_, c) => c) }], rows: [r], columns: [] };
    }
  }
  for (let c = 0; c < figures.columnTotalShown.length; c++) {
    const people = cells.reduce((sum, row) => sum + row[c]!, 0);
    if (!figures.columnTotalShown[c] && people > 0 && !cells.some((_, r) => hidden[r]![c])) {
      return { kind: 'hidden figure', people, cells: [], helps: [{ rows: cells.map((_, r) => r), columns: [c] }], rows: [], columns: [c] };
    }
  }
  const total = cells.reduce((sum, row) => sum + row.reduce((s, n) => s + n, 0), 0);
  const allRows = figures.rowTotalShown.every(Boolean);
  const allColumns = figures.columnTotalShown.every(Boolean);
  if (!figures.totalShown && total > 0 && (allRows || allColumns)) {
    const lines = (shown: readonly boolean[]) => shown.map((_, i) => i);
    return { kind: 'hidden figure', people: total, cells: [], helps: [], rows: lines(figures.rowTotalShown), columns: lines(figures.columnTotalShown) };
  }
  return undefined;
}

/**
 * The first group of hidden cells whose size a reader can work out and that discloses something:
 * 1 to k − 1 people, or exactly one hidden cell or hidden total that has people in it. Undefined
 * when nothing can be worked out; {@link TOO_COMPLEX} when a connected part of hidden cells has more
 * than `maxSide` rows and more than `maxSide` columns and is not complete (the caller then hides
 * every cell, which makes it complete).
 *
 * @example
 * // Authorities A, B × social workers, managers; A's 2 managers hidden, everything else shown.
 * findTwoWayDisclosure({ cells: [[20, 2], [20, 10]], hidden: [[false, true], [false, false]],
 *   rowTotalShown: [true, true], columnTotalShown: [true, true], totalShown: true }, 5)
 * // { kind: 'small group', people: 2, cells: [[0, 1]], … }: A's total minus its social workers
 */
export function findTwoWayDisclosure(figures: TwoWayFigures, minGroupSize: number, maxSide = 14): TwoWayDisclosure | typeof TOO_COMPLEX | undefined {
  const k = checkMinGroupSize(minGroupSize);
  const exposed = exposedTotal(figures);
  if (exposed) return exposed;
  const { vertices, merged } = buildVertices(figures);
  const singleLine = (v: number | undefined) => (v !== undefined && vertices[v]!.lines.length === 1 ? v : undefined);
  const lineTotal = (vertex: Vertex) =>
    vertex.side === 0
      ? figures.cells[vertex.lines[0]!]!.reduce((sum, n) => sum + n, 0)
      : figures.cells.reduce((sum, row) => sum + row[vertex.lines[0]!]!, 0);
  // A merged vertex of one line is that line's hidden total; it is disclosed when its whole star is.
  const loneTotals = [singleLine(merged[0]), singleLine(merged[1])].filter((v): v is number => v !== undefined && lineTotal(vertices[v]!) > 0);

  for (const part of components(vertices)) {
    const rows = part.filter((v) => vertices[v]!.side === 0);
    const columns = part.filter((v) => vertices[v]!.side === 1);
    const [side, other] = rows.length <= columns.length ? [rows, columns] : [columns, rows];
    const complete = side.every((v) => vertices[v]!.edges.size === other.length);
    if (side.length > maxSide && !complete) return TOO_COMPLEX;
    // Without a shown grand total, merged rows and merged columns share one level.
    const tie = !figures.totalShown && merged[0] !== undefined && merged[1] !== undefined && part.includes(merged[0]) && part.includes(merged[1]);
    const tieSide = tie ? side.find((v) => vertices[v]!.merged) : undefined;
    const tieOther = tie ? other.find((v) => vertices[v]!.merged) : undefined;
    const found = searchLevels(vertices, side, other, tieSide, tieOther, k, loneTotals);
    if (found) return found;
  }
  return undefined;
}

function searchLevels(
  vertices: readonly Vertex[],
  side: readonly number[],
  other: readonly number[],
  tieSide: number | undefined,
  tieOther: number | undefined,
  k: number,
  loneTotals: readonly number[],
): TwoWayDisclosure | undefined {
  // When every hidden cell of the part is there (each row meets each column), a reader can only
  // work out whole rows and whole columns: one vertex at level 1, or all of this side.
  const complete = side.every((v) => vertices[v]!.edges.size === other.length);
  const levels: Set<number>[] = complete
    ? [...side.map((v) => new Set([v])), ...(side.length > 1 ? [new Set(side)] : [])]
    : Array.from({ length: 2 ** side.length - 1 }, (_, i) => new Set(side.filter((_, bit) => ((i + 1) >> bit) & 1)));
  for (const highSet of levels) {
    const high = (v: number) => highSet.has(v);
    let feasible = true;
    let forced = 0;
    const forcedEdges: Edge[] = [];
    const forcedLow: number[] = [];
    const optional: { vertex: number; people: number; edges: Edge[] }[] = [];
    for (const t of other) {
      const edges: Edge[] = [];
      let people = 0;
      let lowNeighbour = false;
      for (const [s, edge] of vertices[t]!.edges) {
        if (high(s)) {
          edges.push(edge);
          people += edge.people;
        } else lowNeighbour = true;
      }
      let low = lowNeighbour;
      if (t === tieOther) {
        if (high(tieSide!)) {
          if (lowNeighbour) feasible = false;
          continue;
        }
        low = true;
      }
      if (low) {
        forced += people;
        forcedEdges.push(...edges);
        forcedLow.push(t);
      } else if (edges.length > 0) optional.push({ vertex: t, people, edges });
    }
    if (!feasible) continue;
    // A sum: the cells joining the high vertices of this side to the contributing other vertices.
    const group = (edges: readonly Edge[], contributing: readonly number[]) => {
      const excluded = other.filter((t) => !contributing.includes(t));
      const lowSide = side.filter((v) => !high(v));
      const sideKind = vertices[side[0]!]!.side;
      const outside = vertices.flatMap((vertex, v) => (vertex.side === sideKind && !side.includes(v) ? [v] : []));
      const rectangle = (a: readonly number[], b: readonly number[]) => {
        const lines = linesOf(vertices, [...a, ...b]);
        return { rows: lines.rows, columns: lines.columns };
      };
      const all = linesOf(vertices, [...side, ...other]);
      return {
        cells: edges.flatMap((e) => e.cells),
        people: edges.reduce((sum, e) => sum + e.people, 0),
        // In order of use: break the sum (join a low line to an excluded one, so the levels no
        // longer fit); enlarge it (join a high line to a contributing one); enlarge it with a
        // line not yet involved (which may take a further step).
        helps: [rectangle(lowSide, excluded), rectangle(side.filter(high), contributing), rectangle(outside, contributing)],
        rows: all.rows,
        columns: all.columns,
      };
    };
    if (forced > 0 && forced < k) return { kind: 'small group', ...group(forcedEdges, forcedLow) };
    if (forced === 0) {
      const small = optional.find((o) => o.people > 0 && o.people < k);
      if (small) return { kind: 'small group', ...group(small.edges, [...forcedLow, small.vertex]) };
    }
    // One hidden cell worked out exactly.
    const single = (edges: readonly Edge[]) => edges.length === 1 && edges[0]!.cells.length === 1 && edges[0]!.people > 0;
    if (single(forcedEdges)) return { kind: 'hidden figure', ...group(forcedEdges, forcedLow) };
    if (forcedEdges.length === 0) {
      const lone = optional.find((o) => single(o.edges));
      if (lone) return { kind: 'hidden figure', ...group(lone.edges, [...forcedLow, lone.vertex]) };
    }
    // One hidden total worked out exactly: the whole star of its merged vertex.
    const sums: { edges: Edge[]; contributing: number[] }[] = [
      { edges: forcedEdges, contributing: forcedLow },
      { edges: [...forcedEdges, ...optional.flatMap((o) => o.edges)], contributing: [...forcedLow, ...optional.map((o) => o.vertex)] },
      ...(forcedEdges.length === 0 ? optional.map((o) => ({ edges: o.edges, contributing: [...forcedLow, o.vertex] })) : []),
    ];
    for (const v of loneTotals) {
      const star = [...vertices[v]!.edges.values()];
      const sum = sums.find(({ edges }) => edges.length === star.length && star.every((e) => edges.includes(e)));
      if (sum) return { kind: 'hidden figure', ...group(sum.edges, sum.contributing) };
    }
  }
  return undefined;
}

function linesOf(vertices: readonly Vertex[], touched: readonly number[]): { rows: number[]; columns: number[] } {
  const rows = new Set<number>();
  const columns = new Set<number>();
  for (const v of touched) for (const line of vertices[v]!.lines) (vertices[v]!.side === 0 ? rows : columns).add(line);
  return { rows: [...rows].sort((a, b) => a - b), columns: [...columns].sort((a, b) => a - b) };
}
