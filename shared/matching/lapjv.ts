/** Exact dense assignment (Jonker–Volgenant: augmenting row reduction, then shortest augmenting paths) on typed arrays. */
import type { AssignmentResult } from './assignment';
import { denseResult } from './denseResult';
import { lapDenseWasm, wasmCoreReady } from './lapjvWasm';

/**
 * The dense core: the WebAssembly build of `lapDenseJs` (lapjvWasm.ts; same algorithm and tie rules, so the same
 * result) where the runtime has WebAssembly and the matrix fits its memory limit, else the JS core below.
 */
export function lapDense(cost: Float64Array, rows: number, cols: number): AssignmentResult | null {
  const r = lapDenseWasm(cost, rows, cols);
  return r !== undefined ? r : lapDenseJs(cost, rows, cols);
}

/**
 * Square matrices up to this many cells go to the dense core even when their costs are distinct: compiled at
 * once, it beats candidates and pricing on the first solve of an execution (bench, cold: 500² 22 ms against
 * 78 ms, 1000² 59 ms against 170 ms, 2000² 300 ms against 370 ms); beyond it candidates and pricing win
 * (3000²), and warm they win from 1000² on — but every Apps Script execution is cold. Only with WebAssembly:
 * the JS core starts in V8's interpreter and is slower than candidates cold.
 */
const DENSE_SQUARE_CELLS = 2000 * 2000;

/** Whether a square matrix with distinct costs is faster on the dense core than on candidates (see above). */
export function denseCoreFirst(rows: number, cols: number): boolean {
  return rows * cols <= DENSE_SQUARE_CELLS && wasmCoreReady();
}

/**
 * Minimum-cost assignment of every row of a dense row-major `rows` × `cols` matrix (rows ≤ cols; `Infinity` =
 * forbidden) to its own column, the method of Jonker and Volgenant (1987) on the matrix's own shape (a
 * rectangular matrix is not padded): two passes of augmenting row reduction, then one shortest-path search per
 * row still free, over a list of columns split into scanned | at the current minimum | not yet reached. All
 * columns at the minimum distance are collected at once and a free one among them ends the search, so a plateau
 * of tied costs (integer costs, alike mentors) ends at once instead of being walked (SciPy breaks ties towards
 * free columns for the same reason). Column potentials only fall on assigned columns, so free columns keep 0:
 * the duals certify optimality for the rectangular problem too. No allocation inside the loops.
 *
 * Returns `null` when some row can take no column at all (the caller falls back to a solver that can leave rows
 * unassigned).
 */
export function lapDenseJs(cost: Float64Array, rows: number, cols: number): AssignmentResult | null {
  if (rows > cols) return null;
  const v = new Float64Array(cols);
  const colsol = new Int32Array(cols).fill(-1);
  const rowsol = new Int32Array(rows).fill(-1);
  const INF = Number.POSITIVE_INFINITY;

  // Augmenting row reduction: each free row takes its cheapest column, lowering that column's potential by
  // the gap to its second cheapest; the row it displaces bids again. A step budget bounds long price wars.
  let free = new Int32Array(rows);
  let next = new Int32Array(rows);
  let numFree = 0;
  if (rows === cols) {
    // Square: every column ends up assigned, so potentials may start at the column minima (JV's column
    // reduction); a row that is the minimum of exactly one column takes it, and its column's potential is
    // lowered to the row's second best (reduction transfer). Not for rectangular matrices: there a free
    // column must keep potential 0.
    const colMin = new Float64Array(cols).fill(INF);
    const argMin = new Int32Array(cols).fill(-1);
    for (let i = 0; i < rows; i++) {
      const at = i * cols;
      for (let j = 0; j < cols; j++) {
        const c = cost[at + j]!;
        if (c < colMin[j]!) {
          colMin[j] = c;
          argMin[j] = i;
        }
      }
    }
    const matches = new Int32Array(rows);
    for (let j = cols - 1; j >= 0; j--) {
      const i = argMin[j]!;
      if (i < 0) return null; // a column nobody may take: some row is left without one
      v[j] = colMin[j]!;
      if (++matches[i]! === 1) {
        rowsol[i] = j;
        colsol[j] = i;
      }
    }
    for (let i = 0; i < rows; i++) {
      if (matches[i] === 0) {
        free[numFree++] = i;
        continue;
      }
      if (matches[i] !== 1) continue;
      const j1 = rowsol[i]!;
      const at = i * cols;
      let least = INF;
      for (let j = 0; j < cols; j++) {
        if (j === j1) continue;
        const h = cost[at + j]! - v[j]!;
        if (h < least) least = h;
      }
      if (least !== INF) v[j1] = v[j1]! - (least - (cost[at + j1]! - v[j1]!));
    }
  } else {
    for (let i = 0; i < rows; i++) free[i] = i;
    numFree = rows;
  }
  for (let pass = 0; pass < 2 && numFree > 0; pass++) {
    let k = 0;
    const prev = numFree;
    numFree = 0;
    let budget = 4 * rows + 64;
    while (k < prev && budget-- > 0) {
      const i = free[k++]!;
      const at = i * cols;
      let u1 = INF;
      let u2 = INF;
      let j1 = -1;
      let j2 = -1;
      for (let j = 0; j < cols; j++) {
        const h = cost[at + j]! - v[j]!;
        if (h < u2) {
          if (h < u1) {
            u2 = u1;
            j2 = j1;
            u1 = h;
            j1 = j;
          } else {
            u2 = h;
            j2 = j;
          }
        } else if (h === u2 && j2 >= 0 && colsol[j2]! >= 0 && colsol[j]! < 0) j2 = j; // a free one on ties
      }
      if (j1 === -1) return null;
      if (u2 === INF) u2 = u1; // a single allowed column: nothing to lower its potential towards
      let i0 = colsol[j1]!;
      if (u1 < u2) v[j1] = v[j1]! - (u2 - u1);
      else if (i0 >= 0 && j2 >= 0) {
        j1 = j2;
        i0 = colsol[j2]!;
      }
      const old = rowsol[i]!;
      if (old >= 0 && colsol[old] === i) colsol[old] = -1;
      rowsol[i] = j1;
      colsol[j1] = i;
      if (i0 >= 0) {
        rowsol[i0] = -1;
        if (u1 < u2) free[--k] = i0;
        else next[numFree++] = i0;
      }
    }
    while (k < prev) next[numFree++] = free[k++]!;
    const t = free;
    free = next;
    next = t;
  }

  // Shortest augmenting paths from each row still free.
  const d = new Float64Array(cols);
  const pred = new Int32Array(cols);
  const collist = new Int32Array(cols);
  for (let f = 0; f < numFree; f++) {
    const row = free[f]!;
    const rat = row * cols;
    for (let j = 0; j < cols; j++) {
      d[j] = cost[rat + j]! - v[j]!;
      pred[j] = row;
      collist[j] = j;
    }
    // collist[0, low): scanned; [low, up): at distance `min`, to scan; [up, cols): not yet reached.
    let low = 0;
    let up = 0;
    let last = 0;
    let min = 0;
    let end = -1;
    while (end === -1) {
      if (up === low) {
        last = low;
        min = d[collist[up++]!]!;
        for (let k = up; k < cols; k++) {
          const j = collist[k]!;
          const h = d[j]!;
          if (h <= min) {
            if (h < min) {
              up = low;
              min = h;
            }
            collist[k] = collist[up]!;
            collist[up++] = j;
          }
        }
        if (min === INF) return null;
        for (let k = low; k < up; k++)
          if (colsol[collist[k]!]! < 0) {
            end = collist[k]!;
            break;
          }
        if (end !== -1) break;
      }
      const j1 = collist[low++]!;
      const i = colsol[j1]!;
      const at = i * cols;
      const h = cost[at + j1]! - v[j1]! - min;
      for (let k = up; k < cols; k++) {
        const j = collist[k]!;
        const v2 = cost[at + j]! - v[j]! - h;
        if (v2 < d[j]!) {
          pred[j] = i;
          if (v2 === min) {
            if (colsol[j]! < 0) {
              end = j;
              break;
            }
            collist[k] = collist[up]!;
            collist[up++] = j;
          }
          d[j] = v2;
        }
      }
    }
    // Scanned columns' potentials fall by how much closer than the end they were reached.
    for (let k = 0; k < last; k++) {
      const j = collist[k]!;
      v[j] = v[j]! + d[j]! - min;
    }
    let j = end;
    for (;;) {
      const i = pred[j]!;
      colsol[j] = i;
      const k = rowsol[i]!;
      rowsol[i] = j;
      if (i === row) break;
      j = k;
    }
  }

  return denseResult(cost, rows, cols, rowsol, colsol, v);
}
