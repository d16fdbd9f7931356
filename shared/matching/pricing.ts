/** The assignment solvers for large banks: sparse candidates priced until the optimum is certified, and the dense solver for small ones. */
import {
  type AssignmentResult,
  BID_DONE,
  retryNow,
  rowReductionPasses,
  type SparseMatrix,
  solveSparse,
  type WarmStart,
} from './assignment';
import { denseCoreFirst, lapDense } from './lapjv';
import { tieRank } from './ties';

/**
 * Exact assignment on a large matrix by solving it restricted to candidate cells and then "pricing" the rest:
 * the sparse solution's duals (u, v) certify optimality when every left-out cell has reduced cost
 * c − u − v ≥ 0. Cells that break it join the candidates and the problem is solved again. Since v ≤ 0 always,
 * a row whose best left-out cost is at least u needs no scan at all — that is what makes the check cheap.
 *
 * `price(row, u, v, add)` must call `add(col, cost)` for (at least) every left-out cell of the row with
 * negative reduced cost. Cells already among the candidates are ignored.
 */
export type PriceRow = (
  row: number,
  u: number,
  v: Float64Array,
  add: (col: number, cost: number) => void,
  /** Every row's u (rows that share costs can be priced together). */
  uAll: Float64Array,
) => void;

export interface PricedResult extends AssignmentResult {
  /** Sparse solves it took (1 when the first candidates already held the optimum). */
  rounds: number;
  /** Cells the pricing added to the first candidates. */
  added: number;
  /** True when no left-out cell has negative reduced cost, i.e. the result is optimal for the whole matrix. */
  certified: boolean;
  /**
   * Upper bound on what the whole-matrix optimum could still gain over this result (0 when certified):
   * Σ over rows of the most negative reduced cost among its left-out cells.
   */
  maxGap: number;
  /** Rows whose optimality against the whole matrix could not be proven (0 when certified). */
  doubtful: number;
}

export function solveWithPricing(
  initial: SparseMatrix,
  unassignedCost: number,
  price: PriceRow,
  options: {
    maxRounds?: number;
    tolerance?: number;
    /**
     * A cheap lower bound on each row's left-out costs. In the last allowed round it replaces pricing:
     * the gap Σ max(0, u − bound) then bounds what the whole-matrix optimum could still gain.
     */
    bound?: (row: number) => number;
  } = {},
): PricedResult {
  const maxRounds = options.maxRounds ?? 30;
  const tol = options.tolerance ?? 1e-9;
  let m = initial;
  let added = 0;
  const stamp = new Int32Array(m.cols);
  let warm: WarmStart | undefined;
  for (let round = 1; ; round++) {
    const res = solveSparse(m, unassignedCost, warm);
    if (round >= maxRounds && options.bound) {
      let gap = 0;
      let doubtful = 0;
      for (let i = 0; i < m.rows; i++) {
        const g = Math.max(0, res.u[i]! - options.bound(i));
        gap += g;
        if (g > tol) doubtful++;
      }
      const certified = doubtful === 0;
      return { ...res, rounds: round, added, certified, maxGap: certified ? 0 : gap, doubtful };
    }
    const addRow: number[] = [];
    const addCol: number[] = [];
    const addCost: number[] = [];
    let gap = 0;
    let rowGap = 0;
    let currentRow = 0;
    let ui = 0;
    const add = (col: number, cost: number) => {
      if (stamp[col] === currentRow + 1) return;
      const r = cost - ui - res.v[col]!;
      if (!(r < -tol)) return;
      stamp[col] = currentRow + 1;
      addRow.push(currentRow);
      addCol.push(col);
      addCost.push(cost);
      if (-r > rowGap) rowGap = -r;
    };
    for (let i = 0; i < m.rows; i++) {
      for (let e = m.start[i]!; e < m.start[i + 1]!; e++) stamp[m.col[e]!] = i + 1;
      currentRow = i;
      ui = res.u[i]!;
      rowGap = 0;
      price(i, ui, res.v, add, res.u);
      gap += rowGap;
    }
    stamp.fill(0);
    if (addRow.length === 0) return { ...res, rounds: round, added, certified: true, maxGap: 0, doubtful: 0 };
    if (round >= maxRounds)
      return { ...res, rounds: round, added, certified: false, maxGap: gap, doubtful: new Set(addRow).size };
    added += addRow.length;
    m = mergeCells(m, addRow, addCol, addCost);
    // Only the rows that gained cells lost dual feasibility: continue from this solution.
    warm = { previous: res, release: new Set(addRow) };
  }
}

/** Adds cells (given in row order) to a compressed-rows matrix. */
function mergeCells(m: SparseMatrix, rows: number[], cols: number[], costs: number[]): SparseMatrix {
  const n = m.rows;
  const start = new Int32Array(n + 1);
  const extra = new Int32Array(n);
  for (const r of rows) extra[r]!++;
  for (let i = 0; i < n; i++) start[i + 1] = start[i]! + (m.start[i + 1]! - m.start[i]!) + extra[i]!;
  const col = new Int32Array(start[n]!);
  const cost = new Float64Array(start[n]!);
  let k = 0;
  for (let i = 0; i < n; i++) {
    let w = start[i]!;
    for (let e = m.start[i]!; e < m.start[i + 1]!; e++) {
      col[w] = m.col[e]!;
      cost[w++] = m.cost[e]!;
    }
    while (k < rows.length && rows[k] === i) {
      col[w] = cols[k]!;
      cost[w++] = costs[k]!;
      k++;
    }
  }
  return { rows: n, cols: m.cols, start, col, cost };
}

/**
 * A dense cost matrix with structure: rows come in groups, and so do columns, and a cell's cost is its groups'
 * shared cost plus an offset of its row and one of its column:
 * cost(r, j) = `base[rowGroup[r] · colGroups + colGroup(j)] + rowOffset[r] + colOffset[j]`.
 * A mentor's places are such a group (the same mentee scores; each place its own load term), so scores are
 * stored once per mentor rather than once per place, and whole mentors are skipped when even their best
 * place cannot matter. A plain matrix is the case of one row and one column per group, offsets 0.
 */
export interface StructuredCost {
  base: Float64Array;
  /** Group of each row, non-decreasing (a group's rows are consecutive). */
  rowGroup: Int32Array;
  rowOffset: Float64Array;
  /** Columns of group h: `colStart[h] … colStart[h+1]-1`. */
  colStart: Int32Array;
  colOffset: Float64Array;
}

/** First row of each group and one past the last (`start[g] … start[g+1]-1`). */
function groupStarts(group: Int32Array, groups: number): Int32Array {
  const start = new Int32Array(groups + 1);
  for (let r = 0; r < group.length; r++) start[group[r]! + 1]!++;
  for (let g = 0; g < groups; g++) start[g + 1]! += start[g]!;
  return start;
}

/** Per column group, the least of `value` over its columns. */
function groupLeast(colStart: Int32Array, value: (j: number) => number): Float64Array {
  const H = colStart.length - 1;
  const least = new Float64Array(H).fill(Number.POSITIVE_INFINITY);
  for (let h = 0; h < H; h++)
    for (let j = colStart[h]!; j < colStart[h + 1]!; j++) least[h] = Math.min(least[h]!, value(j));
  return least;
}

/**
 * About `candidates` cheapest finite cells of each row as a sparse matrix, taken by whole column groups (a
 * mentor with all its places: a mentor is a candidate or not, so the restricted problem holds its later places
 * as well as its first), and each row's bound: the cheapest cost left out (∞ when nothing finite was left out).
 * Groups rank by their cheapest column; equal ones by `tieRank` (by index, every row of a tied matrix would
 * pick the same few). The rows of a group rank the columns alike (their costs differ by a constant), so each
 * row group is ranked once.
 */
export function cheapestCells(
  cols: number,
  candidates: number,
  m: StructuredCost,
  prices?: Float64Array,
): { matrix: SparseMatrix; bound: Float64Array } {
  const { base, rowGroup, rowOffset, colStart, colOffset } = m;
  const rows = rowGroup.length;
  const H = colStart.length - 1;
  let minPrice = 0;
  if (prices) for (let j = 0; j < cols; j++) minPrice = Math.min(minPrice, prices[j]!);
  // Ranked by cost − price: a column many rows want is less attractive than its cost says.
  const adj = Float64Array.from(colOffset, (o, j) => o - (prices ? prices[j]! : 0));
  const adjLeast = groupLeast(colStart, (j) => adj[j]!);
  // Groups per row: as many as hold about `candidates` columns.
  const k = Math.max(
    1,
    Math.min(H, Math.round(Math.min(candidates, cols) / Math.max(1, cols / Math.max(1, H)))),
  );
  const bound = new Float64Array(rows);
  const start = new Int32Array(rows + 1);
  let colBuf = new Int32Array(Math.max(16, rows * Math.min(candidates, cols)));
  let costBuf = new Float64Array(colBuf.length);
  // A sorted buffer of the k+1 best groups of the current row group (cheapest column − price, without the
  // row's offset).
  const bc = new Float64Array(k + 1);
  const bh = new Int32Array(k + 1);
  const bt = new Uint32Array(k + 1);
  let size = 0;
  let ranked = -1;
  let w = 0;
  for (let i = 0; i < rows; i++) {
    const g = rowGroup[i]!;
    if (g !== ranked) {
      ranked = g;
      size = 0;
      const at = g * H;
      // Threshold for entering the buffer: ∞ until it is full, then the (k+1)-th best so far.
      let worst = Number.POSITIVE_INFINITY;
      let worstTie = 0;
      for (let h = 0; h < H; h++) {
        const c = base[at + h]! + adjLeast[h]!;
        if (!(c <= worst) || c === Number.POSITIVE_INFINITY) continue; // also NaN
        const t = tieRank(g, h);
        if (c === worst && t >= worstTie) continue;
        let p = size === k + 1 ? k : size++;
        while (p > 0 && (bc[p - 1]! > c || (bc[p - 1] === c && bt[p - 1]! > t))) {
          bc[p] = bc[p - 1]!;
          bh[p] = bh[p - 1]!;
          bt[p] = bt[p - 1]!;
          p--;
        }
        bc[p] = c;
        bh[p] = h;
        bt[p] = t;
        if (size === k + 1) {
          worst = bc[k]!;
          worstTie = bt[k]!;
        }
      }
    }
    const off = rowOffset[i]!;
    const keep = Math.min(size, k);
    const b0 = g * H;
    for (let t = 0; t < keep; t++) {
      const h = bh[t]!;
      const need = w + colStart[h + 1]! - colStart[h]!;
      if (need > colBuf.length) {
        const grow = Math.max(need, colBuf.length * 2);
        const c2 = new Int32Array(grow);
        c2.set(colBuf);
        colBuf = c2;
        const k2 = new Float64Array(grow);
        k2.set(costBuf);
        costBuf = k2;
      }
      for (let j = colStart[h]!; j < colStart[h + 1]!; j++) {
        colBuf[w] = j;
        costBuf[w++] = base[b0 + h]! + colOffset[j]! + off;
      }
    }
    start[i + 1] = w;
    // A left-out cell costs at least the (k+1)-th group's value plus the lowest price (prices are ≤ 0).
    bound[i] = size > k ? bc[k]! + minPrice + off : Number.POSITIVE_INFINITY;
  }
  return {
    matrix: { rows, cols, start, col: colBuf.slice(0, w), cost: costBuf.slice(0, w) },
    bound,
  };
}

export interface DenseOptions {
  /** Candidates per row for the first sparse solve (default 16). */
  candidates?: number;
  /**
   * Rank candidates by cost minus a column price from a quick auction (Jonker–Volgenant's augmenting row
   * reduction) instead of by cost alone: when places are scarce, the first candidates then already hold
   * the less wanted columns the optimum needs, and pricing adds little.
   */
  prices?: boolean;
  /**
   * Rows and columns in groups as in `StructuredCost`; then `cost` holds one row per row group and one column
   * per column group. Missing parts mean one row (or column) per group, offsets 0.
   */
  structure?: Partial<Omit<StructuredCost, 'base'>>;
}

/** Column prices (≤ 0) from two bounded passes of augmenting row reduction over the dense matrix. */
function columnPrices(m: StructuredCost, cols: number, D: number): Float64Array {
  const { base, rowGroup, rowOffset, colStart, colOffset } = m;
  const rows = rowGroup.length;
  const H = colStart.length - 1;
  const v = new Float64Array(cols);
  const owner = new Int32Array(cols).fill(-1);
  // Per column group, its two cheapest columns by offset − v (the first on ties), kept current as v changes.
  const least1 = new Float64Array(H);
  const least2 = new Float64Array(H);
  const arg1 = new Int32Array(H);
  const arg2 = new Int32Array(H);
  const rank = (h: number) => {
    let a = Number.POSITIVE_INFINITY;
    let b = Number.POSITIVE_INFINITY;
    let ja = -1;
    let jb = -1;
    for (let j = colStart[h]!; j < colStart[h + 1]!; j++) {
      const x = colOffset[j]! - v[j]!;
      if (x < a) {
        b = a;
        jb = ja;
        a = x;
        ja = j;
      } else if (x < b) {
        b = x;
        jb = j;
      }
    }
    least1[h] = a;
    least2[h] = b;
    arg1[h] = ja;
    arg2[h] = jb;
  };
  for (let h = 0; h < H; h++) rank(h);
  const groupOf = new Int32Array(cols);
  for (let h = 0; h < H; h++) groupOf.fill(h, colStart[h]!, colStart[h + 1]!);
  rowReductionPasses(rows, (i) => {
    let u1 = Number.POSITIVE_INFINITY;
    let u2 = Number.POSITIVE_INFINITY;
    let j1 = -1;
    for (let h = 0, at = rowGroup[i]! * H; h < H; h++) {
      const b = base[at + h]!;
      const x = b + least1[h]!;
      if (!(x < u2)) continue;
      if (x < u1) {
        u2 = Math.min(u1, b + least2[h]!);
        u1 = x;
        j1 = arg1[h]!;
      } else u2 = x;
    }
    // The row's offset shifts its costs alike: only the comparison with D needs it.
    if (j1 === -1 || D <= u1 + rowOffset[i]!) return BID_DONE;
    u2 = Math.min(u2, D - rowOffset[i]!);
    if (u2 === Number.POSITIVE_INFINITY) u2 = u1;
    const i0 = owner[j1]!;
    if (u1 < u2) {
      v[j1] = v[j1]! - (u2 - u1);
      rank(groupOf[j1]!);
    }
    owner[j1] = i;
    if (i0 < 0) return BID_DONE;
    return u1 < u2 ? retryNow(i0) : i0;
  });
  return v;
}

/**
 * Exact dense assignment (rows × cols, row-major, `Infinity` = forbidden; or with structure, see
 * `StructuredCost`): top candidates per row, sparse shortest augmenting paths, then pricing of the rest until
 * the duals certify the optimum.
 */
export function solveDense(
  cost: Float64Array,
  rows: number,
  cols: number,
  unassignedCost = Number.POSITIVE_INFINITY,
  options: DenseOptions = {},
): PricedResult {
  const st = options.structure ?? {};
  const rowGroup = st.rowGroup ?? Int32Array.from({ length: rows }, (_, i) => i);
  const rowOffset = st.rowOffset ?? new Float64Array(rows);
  const colStart = st.colStart ?? Int32Array.from({ length: cols + 1 }, (_, j) => j);
  const colOffset = st.colOffset ?? new Float64Array(cols);
  const G = rows === 0 ? 0 : rowGroup[rows - 1]! + 1;
  const H = colStart.length - 1;
  if (
    rowGroup.length !== rows ||
    rowOffset.length !== rows ||
    colStart[H] !== cols ||
    colOffset.length !== cols ||
    cost.length !== G * H
  )
    throw new RangeError('cost matrix size does not match rows × cols');
  const m: StructuredCost = { base: cost, rowGroup, rowOffset, colStart, colOffset };
  const gStart = groupStarts(rowGroup, G);
  const colGroup = new Int32Array(cols);
  for (let h = 0; h < H; h++) colGroup.fill(h, colStart[h]!, colStart[h + 1]!);
  if (unassignedCost === Number.POSITIVE_INFINITY && G === rows && H === cols && rows > 0 && rows <= cols) {
    // Every row must be placed, and neither rows nor columns come in groups: where candidate lists help
    // little — rectangular matrices, and tied costs — the dense Jonker–Volgenant core on the matrix's own
    // shape is faster (bench: 1.5–4× faster than candidates and pricing on rectangular and integer-cost
    // matrices). On square matrices of distinct floats candidates and pricing are 2–5× faster, and with a
    // mentor's places as a column group they scan a mentor once instead of once per place (2–4× faster than
    // the dense core on the capacitated rows): both stay on candidates — but small square ones go to the dense
    // core when it runs as WebAssembly, faster on a cold start (see denseCoreFirst).
    if (rows < cols || manyTies(cost, H) || denseCoreFirst(rows, cols)) {
      const plain = !colOffset.some((x) => x !== 0) && !rowOffset.some((x) => x !== 0);
      const full = plain ? cost : expandStructure(m, rows, cols, H);
      const r = lapDense(full, rows, cols);
      if (r) return { ...r, rounds: 1, added: 0, certified: true, maxGap: 0, doubtful: 0 };
    }
  }
  let k = Math.max(1, Math.min(cols, options.candidates ?? 16));
  let scale = Number.isFinite(unassignedCost) ? Math.abs(unassignedCost) : 0;
  let offScale = 0;
  for (let r = 0; r < rows; r++) offScale = Math.max(offScale, Math.abs(rowOffset[r]!));
  let colScale = 0;
  for (let j = 0; j < cols; j++) colScale = Math.max(colScale, Math.abs(colOffset[j]!));
  for (let t = 0; t < cost.length; t++) {
    const c = cost[t]!;
    if (c !== Number.POSITIVE_INFINITY) scale = Math.max(scale, Math.abs(c) + offScale + colScale);
  }
  const tolerance = 1e-11 * Math.max(1, scale);
  for (;;) {
    const prices = options.prices ? columnPrices(m, cols, unassignedCost) : undefined;
    const { matrix, bound } = cheapestCells(cols, k, m, prices);
    const expanded = new Uint8Array(rows);
    // Pricing a row group: one scan of its costs against the loosest threshold of its rows (cells with
    // cost − row offset − v below u − row offset − tolerance break a row's duals), whole column groups skipped
    // when even their cheapest column is above it; then each row takes its own cells from that list.
    let pricedGroup = -1;
    let pricedWith: Float64Array | null = null;
    let colLeast: Float64Array = new Float64Array(0);
    const hits: number[] = [];
    const res = solveWithPricing(
      matrix,
      unassignedCost,
      (i, u, v, add, uAll) => {
        // v ≤ 0, so a left-out cell costs at least bound[i] in reduced terms minus u: nothing to scan.
        if (expanded[i] === 0 && bound[i]! - u >= -tolerance) return;
        expanded[i] = 1;
        const g = rowGroup[i]!;
        const at = g * H;
        if (v !== pricedWith) colLeast = groupLeast(colStart, (j) => colOffset[j]! - v[j]!);
        if (g !== pricedGroup || v !== pricedWith) {
          pricedGroup = g;
          pricedWith = v;
          hits.length = 0;
          let loosest = Number.NEGATIVE_INFINITY;
          for (let r = gStart[g]!; r < gStart[g + 1]!; r++)
            loosest = Math.max(loosest, uAll[r]! - rowOffset[r]!);
          const limit = loosest - tolerance;
          for (let h = 0; h < H; h++) {
            const b = cost[at + h]!;
            if (!(b + colLeast[h]! < limit)) continue;
            for (let j = colStart[h]!; j < colStart[h + 1]!; j++)
              if (b + colOffset[j]! - v[j]! < limit) hits.push(j);
          }
        }
        const off = rowOffset[i]!;
        for (const j of hits) {
          const c = cost[at + colGroup[j]!]! + colOffset[j]! + off;
          if (c - u - v[j]! < -tolerance) add(j, c);
        }
      },
      { tolerance, maxRounds: 1000 },
    );
    // With no way to leave a row unassigned, a restricted problem may be infeasible where the whole one is
    // not: widen the candidates and solve again (at k = cols this is the whole matrix).
    const stuck = !Number.isFinite(unassignedCost) && res.colForRow.some((j) => j < 0);
    if (!stuck || k >= cols) return res;
    k = Math.min(cols, k * 4);
  }
}

/**
 * True when the first row's finite costs take fewer distinct values than a quarter of the columns (integer
 * costs 0…99 on 500 columns and up, alike mentors): candidate lists ranked by cost cannot tell the tied
 * columns apart, while the dense search takes all columns at the current distance at once.
 */
function manyTies(cost: Float64Array, H: number): boolean {
  if (H < 8) return false;
  const seen = new Set<number>();
  for (let h = 0; h < H; h++) {
    const c = cost[h]!;
    if (c !== Number.POSITIVE_INFINITY) seen.add(c);
    if (seen.size * 4 >= H) return false;
  }
  return true;
}

/** The full rows × cols matrix of a structured cost (a mentor's places as repeated columns with their offsets). */
function expandStructure(m: StructuredCost, rows: number, cols: number, H: number): Float64Array {
  const { base, rowGroup, rowOffset, colStart, colOffset } = m;
  const full = new Float64Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    const at = rowGroup[r]! * H;
    const off = rowOffset[r]!;
    const out = r * cols;
    for (let h = 0; h < H; h++) {
      const b = base[at + h]! + off;
      for (let j = colStart[h]!; j < colStart[h + 1]!; j++) full[out + j] = b + colOffset[j]!;
    }
  }
  return full;
}
