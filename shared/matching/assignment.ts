/**
 * Exact linear assignment by shortest augmenting paths (Jonker–Volgenant family, the method SciPy's
 * `linear_sum_assignment` uses), on typed arrays.
 *
 * Minimises total cost. Every row is assigned either to one column or to its own private "unassigned" column
 * of cost `unassignedCost` (pass a cost larger than any achievable gain to match as many rows as possible
 * first). Forbidden cells are `Infinity`. Columns hold at most one row each.
 *
 * Two layouts share the same algorithm: a dense row-major matrix (Crouse's remaining-columns scan), and a
 * sparse one (compressed rows, Dijkstra with a binary heap) for large problems restricted to candidates.
 * Both return the dual potentials so callers can certify optimality of a restricted problem.
 */

export interface AssignmentResult {
  /** Column of each row, or -1 when the row is left unassigned. */
  colForRow: Int32Array;
  /** Row of each column, or -1. */
  rowForCol: Int32Array;
  /** Row potentials (duals): for every cell, cost − u[row] − v[col] ≥ 0. */
  u: Float64Array;
  /** Column potentials, always ≤ 0 (0 on free columns). */
  v: Float64Array;
  /** Sum of assigned cells' costs plus `unassignedCost` per unassigned row (when finite). */
  total: number;
}

/** Compressed sparse rows: the cells of row i are `col[start[i]] … col[start[i+1]-1]` with costs `cost[…]`. */
export interface SparseMatrix {
  rows: number;
  cols: number;
  start: Int32Array;
  col: Int32Array;
  cost: Float64Array;
  /**
   * Optional: rows in groups whose cells have the same columns in the same order and costs that differ only
   * by each row's `rowOffset` (a mentor's places). A search then scans a group once per distance instead of
   * once per row: a later row of the group reached no closer (distance − u + offset) can improve nothing.
   */
  rowGroup?: Int32Array;
  rowOffset?: Float64Array;
}

const UNASSIGNED_SLOT = -2;

/**
 * A previous solution of the same problem with fewer cells, to continue from: its duals stay feasible for the
 * old cells; the rows in `release` (those that gained cells) are searched again.
 */
export interface WarmStart {
  previous: AssignmentResult;
  release: Iterable<number>;
}

/** Sparse: only the listed cells exist; everything else is forbidden. */
export function solveSparse(
  m: SparseMatrix,
  unassignedCost = Number.POSITIVE_INFINITY,
  warm?: WarmStart,
): AssignmentResult {
  const { rows, cols, start, col, cost } = m;
  const D = unassignedCost;
  let u: Float64Array;
  let v: Float64Array;
  let col4row: Int32Array;
  let row4col: Int32Array;
  if (warm) {
    u = warm.previous.u.slice();
    v = warm.previous.v.slice();
    row4col = warm.previous.rowForCol.slice();
    col4row = warm.previous.colForRow.map((j) =>
      j < 0 && D !== Number.POSITIVE_INFINITY ? UNASSIGNED_SLOT : j,
    );
    releaseRows(warm.release, col4row, row4col);
  } else {
    u = new Float64Array(rows);
    v = new Float64Array(cols);
    col4row = new Int32Array(rows).fill(-1);
    row4col = new Int32Array(cols).fill(-1);
    augmentingRowReduction(m, D, u, v, col4row, row4col);
  }

  const dist = new Float64Array(cols).fill(Number.POSITIVE_INFINITY);
  const pred = new Int32Array(cols);
  const scanned = new Uint8Array(cols);
  const touched = new Int32Array(cols);
  const visitedRows = new Int32Array(rows);
  const rowDist = new Float64Array(rows);
  const heap = new MinHeap(1024);
  const { rowGroup, rowOffset } = m;
  let groupKey: Float64Array | null = null;
  if (rowGroup && rowOffset) {
    let groups = 0;
    for (let i = 0; i < rows; i++) groups = Math.max(groups, rowGroup[i]! + 1);
    groupKey = new Float64Array(groups).fill(Number.POSITIVE_INFINITY);
  }
  const groupsSeen: number[] = [];

  for (let cur = 0; cur < rows; cur++) {
    if (col4row[cur] !== -1) continue;
    // The free row's potential may be stale after the reduction: make its reduced costs ≥ 0 again.
    let rowMin = D;
    for (let e = start[cur]!; e < start[cur + 1]!; e++) {
      const r = cost[e]! - v[col[e]!]!;
      if (r < rowMin) rowMin = r;
    }
    u[cur] = rowMin === Number.POSITIVE_INFINITY ? 0 : rowMin;
    let nTouched = 0;
    let nVisited = 0;
    let minVal = 0;
    let i = cur;
    let sink = -1;
    let dummyDist = Number.POSITIVE_INFINITY;
    let dummyRow = -1;
    // The cheapest way out seen so far: a free column reached, or a visited row left unassigned. Most cells
    // a long search relaxes lie beyond it; keeping them out of the heap is most of the speed at scale.
    let bound = Number.POSITIVE_INFINITY;
    // The free column that set `bound`, if one did: on equal distance it is taken before any assigned column
    // (as SciPy does), which ends the search there instead of walking a plateau of tied columns.
    let freeAt = -1;
    heap.clear();
    for (;;) {
      visitedRows[nVisited++] = i;
      rowDist[i] = minVal;
      const ui = u[i]!;
      const dd = minVal + D - ui;
      if (dd < dummyDist) {
        dummyDist = dd;
        dummyRow = i;
        if (dd < bound) bound = dd;
      }
      let scan = true;
      if (groupKey) {
        const g = rowGroup![i]!;
        const key = minVal - ui + rowOffset![i]!;
        if (key >= groupKey[g]!) scan = false;
        else {
          if (groupKey[g] === Number.POSITIVE_INFINITY) groupsSeen.push(g);
          groupKey[g] = key;
        }
      }
      for (let e = scan ? start[i]! : 0, end = scan ? start[i + 1]! : 0; e < end; e++) {
        const j = col[e]!;
        if (scanned[j] === 1) continue;
        const r = minVal + cost[e]! - ui - v[j]!;
        // Nothing at or beyond `bound` (a way out already found) can be on the shortest path: skip it.
        if (r < dist[j]! && r < bound) {
          if (row4col[j] === -1) {
            bound = r;
            freeAt = j;
          }
          if (dist[j] === Number.POSITIVE_INFINITY) touched[nTouched++] = j;
          dist[j] = r;
          pred[j] = i;
          heap.push(r, j);
        }
      }
      let j = -1;
      let lowest = Number.POSITIVE_INFINITY;
      while (heap.size > 0) {
        const top = heap.peekKey();
        const tj = heap.peekValue();
        if (scanned[tj] === 1 || top > dist[tj]!) {
          heap.pop(); // stale entry
          continue;
        }
        lowest = top;
        j = tj;
        break;
      }
      let fromHeap = j !== -1;
      if (freeAt !== -1 && !(dist[freeAt]! > lowest)) {
        lowest = dist[freeAt]!;
        j = freeAt;
        fromHeap = false;
      }
      if (dummyDist < lowest) {
        minVal = dummyDist;
        sink = -2;
        break;
      }
      if (j === -1) break;
      if (fromHeap) heap.pop();
      minVal = lowest;
      scanned[j] = 1;
      if (row4col[j] === -1) {
        sink = j;
        break;
      }
      i = row4col[j]!;
    }
    if (sink !== -1) {
      for (let k = 0; k < nVisited; k++) {
        const r = visitedRows[k]!;
        u[r] = u[r]! + minVal - rowDist[r]!;
      }
      for (let k = 0; k < nTouched; k++) {
        const j = touched[k]!;
        if (scanned[j] === 1) v[j] = v[j]! - (minVal - dist[j]!);
      }
      augment(col4row, row4col, pred, sink === -2 ? dummyRow : -1, sink);
    } else {
      col4row[cur] = UNASSIGNED_SLOT;
    }
    for (let k = 0; k < nTouched; k++) {
      const j = touched[k]!;
      dist[j] = Number.POSITIVE_INFINITY;
      scanned[j] = 0;
    }
    for (const g of groupsSeen) groupKey![g] = Number.POSITIVE_INFINITY;
    groupsSeen.length = 0;
  }
  if (warm) settleDeficits(m, D, u, v, col4row, row4col);
  return finish(col4row, row4col, u, v, D, (i, j) => {
    for (let e = start[i]!; e < start[i + 1]!; e++) if (col[e] === j) return cost[e]!;
    return Number.POSITIVE_INFINITY;
  });
}

/**
 * Jonker–Volgenant's augmenting row reduction, adapted to rectangular problems with private "unassigned"
 * columns: each free row takes its cheapest column (or its unassigned column when that is cheaper), lowering
 * the column's potential by the gap to its second best; the displaced row tries again. Potentials only go
 * down and only on assigned columns, so free columns keep v = 0 and every reduced cost stays ≥ 0: the
 * shortest-path phase then finishes exactly. Two passes with a step budget, as it is only a speed-up.
 */
function augmentingRowReduction(
  m: SparseMatrix,
  D: number,
  u: Float64Array,
  v: Float64Array,
  col4row: Int32Array,
  row4col: Int32Array,
) {
  const { rows, start, col, cost } = m;
  rowReductionPasses(rows, (i) => {
    let u1 = Number.POSITIVE_INFINITY;
    let u2 = Number.POSITIVE_INFINITY;
    let j1 = -1;
    let j2 = -1;
    for (let e = start[i]!; e < start[i + 1]!; e++) {
      const j = col[e]!;
      const h = cost[e]! - v[j]!;
      if (h < u2 || (h === u2 && j < j2)) {
        if (h < u1 || (h === u1 && j < j1)) {
          u2 = u1;
          j2 = j1;
          u1 = h;
          j1 = j;
        } else {
          u2 = h;
          j2 = j;
        }
      }
    }
    if (j1 === -1 || D <= u1) {
      // Nothing real beats leaving the row unassigned (or nothing is allowed at all).
      if (D === Number.POSITIVE_INFINITY) return i;
      u[i] = D;
      col4row[i] = UNASSIGNED_SLOT;
      return BID_DONE;
    }
    if (D < u2) {
      u2 = D;
      j2 = -1;
    }
    // A single allowed column: nothing to lower its potential towards; treat it as a tie.
    if (u2 === Number.POSITIVE_INFINITY) u2 = u1;
    let i0 = row4col[j1]!;
    if (u1 < u2) v[j1] = v[j1]! - (u2 - u1);
    else if (i0 >= 0 && j2 >= 0) {
      j1 = j2;
      i0 = row4col[j2]!;
    }
    u[i] = u2;
    col4row[i] = j1;
    row4col[j1] = i;
    if (i0 < 0) return BID_DONE;
    col4row[i0] = -1;
    return u1 < u2 ? retryNow(i0) : i0;
  });
}

/** A bid placed its row and displaced no one (or parked it for good). */
export const BID_DONE = -1;
/** A bid's answer for a displaced row that should bid again at once (its price gap still stands). */
export const retryNow = (row: number) => -2 - row;

/**
 * The loop of augmenting row reduction, shared by the solver and the dense auction: two passes over the free
 * rows, each with a step budget, as it is only a speed-up. `bid(i)` places row i and answers `BID_DONE`, a
 * row to try again in the next pass (the bidder or the row it displaced), or `retryNow(row)`. Rows not
 * reached within the budget stay free for what follows.
 */
export function rowReductionPasses(rows: number, bid: (i: number) => number): void {
  let free = Int32Array.from({ length: rows }, (_, i) => i);
  let next = new Int32Array(rows);
  let numFree = rows;
  for (let pass = 0; pass < 2 && numFree > 0; pass++) {
    let k = 0;
    const prevFree = numFree;
    numFree = 0;
    let budget = 4 * rows + 64;
    while (k < prevFree && budget-- > 0) {
      const out = bid(free[k++]!);
      if (out >= 0) next[numFree++] = out;
      else if (out !== BID_DONE) free[--k] = -2 - out;
    }
    while (k < prevFree) next[numFree++] = free[k++]!;
    const t = free;
    free = next;
    next = t;
  }
}

/**
 * Frees rows for a warm start. Their columns become free but keep their (negative) potentials: resetting them
 * to 0 at once would break the cells of every neighbouring row and free those too, a cascade that frees most
 * of the matrix. Such "deficit" columns are settled after the forward searches by `settleDeficits`.
 */
function releaseRows(release: Iterable<number>, col4row: Int32Array, row4col: Int32Array) {
  for (const i of release) {
    const j = col4row[i]!;
    col4row[i] = -1;
    if (j >= 0) row4col[j] = -1;
  }
}

/** Column view of a sparse matrix: the cells of column j are `row[start[j]] … row[start[j+1]-1]`. */
export function columnView(m: SparseMatrix): { start: Int32Array; row: Int32Array; cost: Float64Array } {
  const { rows, cols, start, col, cost } = m;
  const cs = new Int32Array(cols + 1);
  for (let e = 0; e < start[rows]!; e++) cs[col[e]! + 1]!++;
  for (let c = 0; c < cols; c++) cs[c + 1]! += cs[c]!;
  const fill = cs.slice(0, cols);
  const row = new Int32Array(start[rows]!);
  const cc = new Float64Array(start[rows]!);
  for (let i = 0; i < rows; i++)
    for (let e = start[i]!; e < start[i + 1]!; e++) {
      const at = fill[col[e]!]!++;
      row[at] = i;
      cc[at] = cost[e]!;
    }
  return { start: cs, row, cost: cc };
}

/**
 * A free column with a negative potential breaks complementary slackness (only a taken column may be priced
 * below 0). For each such column, a shortest-path search backwards (Dijkstra on the reversed residual graph)
 * finds the cheapest of: a row that leaves its "unassigned" slot to take the column (shifting a chain of rows
 * on the way), or freeing some column on such a chain whose potential can rise to 0. Potentials change as in
 * the forward search, mirrored, so every reduced cost stays ≥ 0 and every potential ≤ 0.
 */
function settleDeficits(
  m: SparseMatrix,
  D: number,
  u: Float64Array,
  v: Float64Array,
  col4row: Int32Array,
  row4col: Int32Array,
) {
  const { rows, cols } = m;
  let byCol: ReturnType<typeof columnView> | null = null;
  let dcol: Float64Array | null = null;
  let drow: Float64Array | null = null;
  let predRow: Int32Array | null = null; // the column a settled row would take
  let doneRow: Uint8Array | null = null;
  const heap = new MinHeap(256);
  const settledCols: number[] = [];
  const touchedRows: number[] = [];
  for (let j0 = 0; j0 < cols; j0++) {
    if (row4col[j0] !== -1 || !(v[j0]! < 0)) continue;
    if (!byCol) {
      byCol = columnView(m);
      dcol = new Float64Array(cols).fill(Number.POSITIVE_INFINITY);
      drow = new Float64Array(rows).fill(Number.POSITIVE_INFINITY);
      predRow = new Int32Array(rows);
      doneRow = new Uint8Array(rows);
    }
    const bc = byCol;
    const dc = dcol!;
    const dr = drow!;
    const pr = predRow!;
    const done = doneRow!;
    heap.clear();
    settledCols.length = 0;
    touchedRows.length = 0;
    // Best way out so far: free column `endCol` (raise its potential to 0) or row `endRow` leaves its slot.
    let best = -v[j0]!;
    let endCol = j0;
    let endRow = -1;
    let j = j0;
    let dj = 0;
    for (;;) {
      dc[j] = dj;
      settledCols.push(j);
      const free = dj - v[j]!;
      if (free < best) {
        best = free;
        endCol = j;
        endRow = -1;
      }
      const holder = row4col[j]!;
      const vj = v[j]!;
      for (let e = bc.start[j]!; e < bc.start[j + 1]!; e++) {
        const k = bc.row[e]!;
        if (k === holder || done[k] === 1) continue;
        const d = dj + bc.cost[e]! - u[k]! - vj;
        if (d < dr[k]!) {
          if (dr[k] === Number.POSITIVE_INFINITY) touchedRows.push(k);
          dr[k] = d;
          pr[k] = j;
          heap.push(d, k);
        }
      }
      // Next row by distance (stale heap entries skipped); rows in their "unassigned" slot are ways out.
      let next = -1;
      while (heap.size > 0) {
        const k = heap.peekValue();
        if (done[k] === 1 || heap.peekKey() > dr[k]!) {
          heap.pop();
          continue;
        }
        if (dr[k]! >= best) break;
        heap.pop();
        done[k] = 1;
        const jk = col4row[k]!;
        if (jk >= 0) {
          next = k;
          break;
        }
        // The row sits in its "unassigned" slot (tight: u = D), or, without one, nowhere.
        if (jk === UNASSIGNED_SLOT && dr[k]! + D - u[k]! < best) {
          best = dr[k]! + D - u[k]!;
          endCol = -1;
          endRow = k;
        }
      }
      if (next === -1) break;
      j = col4row[next]!;
      dj = dr[next]!;
    }
    for (const c of settledCols) v[c] = v[c]! + (best - dc[c]!);
    for (const k of touchedRows) if (done[k] === 1 && dr[k]! < best) u[k] = u[k]! - (best - dr[k]!);
    // Shift the chain: each row on it takes the column it was reached from, back to j0.
    let k = endRow;
    if (endCol >= 0 && endCol !== j0) {
      k = row4col[endCol]!;
      row4col[endCol] = -1;
    }
    while (k >= 0) {
      const target = pr[k]!;
      const next = target === j0 ? -1 : row4col[target]!;
      col4row[k] = target;
      row4col[target] = k;
      k = next;
    }
    for (const c of settledCols) dc[c] = Number.POSITIVE_INFINITY;
    for (const r of touchedRows) {
      dr[r] = Number.POSITIVE_INFINITY;
      done[r] = 0;
    }
  }
}

/** Flip the alternating path ending at `sink` (a column, or -2 for the private column of `dummyRow`). */
function augment(col4row: Int32Array, row4col: Int32Array, pred: Int32Array, dummyRow: number, sink: number) {
  let j: number;
  if (sink === -2) {
    j = col4row[dummyRow]!;
    col4row[dummyRow] = UNASSIGNED_SLOT;
  } else j = sink;
  while (j >= 0) {
    const i = pred[j]!;
    row4col[j] = i;
    const next = col4row[i]!;
    col4row[i] = j;
    j = next;
  }
}

function finish(
  col4row: Int32Array,
  row4col: Int32Array,
  u: Float64Array,
  v: Float64Array,
  D: number,
  cellCost: (i: number, j: number) => number,
): AssignmentResult {
  let total = 0;
  for (let i = 0; i < col4row.length; i++) {
    const j = col4row[i]!;
    if (j >= 0) total += cellCost(i, j);
    else {
      col4row[i] = -1;
      if (Number.isFinite(D)) total += D;
    }
  }
  return { colForRow: col4row, rowForCol: row4col, u, v, total };
}

/** Binary min-heap of (key, column) in typed arrays; ties by smaller column, so the search is deterministic. */
class MinHeap {
  private keys: Float64Array;
  private vals: Int32Array;
  size = 0;
  constructor(capacity: number) {
    this.keys = new Float64Array(capacity);
    this.vals = new Int32Array(capacity);
  }
  clear() {
    this.size = 0;
  }
  peekKey(): number {
    return this.keys[0]!;
  }
  peekValue(): number {
    return this.vals[0]!;
  }
  push(key: number, val: number) {
    if (this.size === this.keys.length) {
      const k = new Float64Array(this.size * 2);
      k.set(this.keys);
      this.keys = k;
      const v = new Int32Array(this.size * 2);
      v.set(this.vals);
      this.vals = v;
    }
    let n = this.size++;
    const keys = this.keys;
    const vals = this.vals;
    while (n > 0) {
      const p = (n - 1) >> 1;
      const pk = keys[p]!;
      if (pk < key || (pk === key && vals[p]! <= val)) break;
      keys[n] = pk;
      vals[n] = vals[p]!;
      n = p;
    }
    keys[n] = key;
    vals[n] = val;
  }
  pop() {
    const keys = this.keys;
    const vals = this.vals;
    const last = --this.size;
    if (last === 0) return;
    const key = keys[last]!;
    const val = vals[last]!;
    let n = 0;
    for (;;) {
      let c = 2 * n + 1;
      if (c >= last) break;
      const r = c + 1;
      if (r < last && (keys[r]! < keys[c]! || (keys[r] === keys[c] && vals[r]! < vals[c]!))) c = r;
      if (key < keys[c]! || (key === keys[c] && val <= vals[c]!)) break;
      keys[n] = keys[c]!;
      vals[n] = vals[c]!;
      n = c;
    }
    keys[n] = key;
    vals[n] = val;
  }
}
