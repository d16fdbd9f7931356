// AssemblyScript port of lapjv.ts's dense Jonker–Volgenant core, compiled to WebAssembly by scripts/build/05-wasm.mjs.
// Not TypeScript: i32/f64/load/store are AssemblyScript's (this file is excluded from tsc). Every comparison and
// every floating-point operation is in the same order as in lapjv.ts, so ties break alike and the results are
// bit-identical. Row-level steps are separate, exported functions (Binaryen does not inline an exported function
// into its single caller), so V8's tier-up (Liftoff → TurboFan, which replaces a function from its next call on)
// reaches the long loops within one solve; callers use only layout, the *At pointers and solve.

import { getF, getI, setF, setI } from './memory.as';

// Layout in linear memory, set by layout(): cost (rows × cols f64) first, then the work arrays.
let R: i32 = 0;
let C: i32 = 0;
let COST: usize = 0;
let V: usize = 0;
let D: usize = 0;
let COLMIN: usize = 0;
let COLSOL: usize = 0;
let ROWSOL: usize = 0;
let FREE: usize = 0;
let NEXT: usize = 0;
let PRED: usize = 0;
let COLLIST: usize = 0;
let ARGMIN: usize = 0;
let MATCHES: usize = 0;
let numFree: i32 = 0;
// Results of scanRow (the two cheapest reduced costs of a row and their columns).
let U1: f64 = 0;
let U2: f64 = 0;
let J1: i32 = -1;
let J2: i32 = -1;

const INF: f64 = Infinity;

// @ts-ignore: decorator
@inline function cost(k: i32): f64 {
  return load<f64>(COST + ((<usize>k) << 3));
}

/** Sets the layout for a rows × cols matrix; returns the bytes of linear memory needed (the caller grows it). */
export function layout(rows: i32, cols: i32): f64 {
  R = rows;
  C = cols;
  COST = (__heap_base + 7) & ~(<usize>7);
  // f64 arrays first (8-byte aligned), then i32 arrays. Computed in f64 so an oversized request cannot wrap.
  const end: f64 = <f64>COST + 8 * (<f64>rows * <f64>cols + 3 * <f64>cols) + 4 * (5 * <f64>cols + 4 * <f64>rows);
  if (end > 4294967295.0) return end;
  V = COST + ((<usize>rows * <usize>cols) << 3);
  D = V + ((<usize>cols) << 3);
  COLMIN = D + ((<usize>cols) << 3);
  COLSOL = COLMIN + ((<usize>cols) << 3);
  PRED = COLSOL + ((<usize>cols) << 2);
  COLLIST = PRED + ((<usize>cols) << 2);
  ARGMIN = COLLIST + ((<usize>cols) << 2);
  ROWSOL = ARGMIN + ((<usize>cols) << 2);
  FREE = ROWSOL + ((<usize>rows) << 2);
  NEXT = FREE + ((<usize>rows) << 2);
  MATCHES = NEXT + ((<usize>rows) << 2);
  return end;
}

export function costAt(): usize {
  return COST;
}
export function vAt(): usize {
  return V;
}
export function colsolAt(): usize {
  return COLSOL;
}
export function rowsolAt(): usize {
  return ROWSOL;
}

/** Column reduction of a square matrix: potentials at the column minima, each column to its minimum's row. */
export function columnReduction(): bool {
  const rows = R;
  const cols = C;
  for (let j = 0; j < cols; j++) {
    setF(COLMIN, j, INF);
    setI(ARGMIN, j, -1);
  }
  for (let i = 0; i < rows; i++) {
    const at = i * cols;
    for (let j = 0; j < cols; j++) {
      const c = cost(at + j);
      if (c < getF(COLMIN, j)) {
        setF(COLMIN, j, c);
        setI(ARGMIN, j, i);
      }
    }
  }
  for (let i = 0; i < rows; i++) setI(MATCHES, i, 0);
  for (let j = cols - 1; j >= 0; j--) {
    const i = getI(ARGMIN, j);
    if (i < 0) return false;
    setF(V, j, getF(COLMIN, j));
    const m = getI(MATCHES, i) + 1;
    setI(MATCHES, i, m);
    if (m == 1) {
      setI(ROWSOL, i, j);
      setI(COLSOL, j, i);
    }
  }
  return true;
}

/** Reduction transfer for a row that is the minimum of exactly one column. */
export function transfer(i: i32): void {
  const cols = C;
  const j1 = getI(ROWSOL, i);
  const at = i * cols;
  let least = INF;
  for (let j = 0; j < cols; j++) {
    if (j == j1) continue;
    const h = cost(at + j) - getF(V, j);
    if (h < least) least = h;
  }
  if (least != INF) setF(V, j1, getF(V, j1) - (least - (cost(at + j1) - getF(V, j1))));
}

/** The two cheapest reduced costs of row i (a free column preferred for the second on ties). */
export function scanRow(i: i32): void {
  const cols = C;
  const at = i * cols;
  let u1 = INF;
  let u2 = INF;
  let j1 = -1;
  let j2 = -1;
  for (let j = 0; j < cols; j++) {
    const h = cost(at + j) - getF(V, j);
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
    } else if (h == u2 && j2 >= 0 && getI(COLSOL, j2) >= 0 && getI(COLSOL, j) < 0) j2 = j;
  }
  U1 = u1;
  U2 = u2;
  J1 = j1;
  J2 = j2;
}

/** Two passes of augmenting row reduction over the free rows (FREE[0, numFree)). */
function rowReduction(): bool {
  const rows = R;
  let free = FREE;
  let next = NEXT;
  for (let pass = 0; pass < 2 && numFree > 0; pass++) {
    let k = 0;
    const prev = numFree;
    numFree = 0;
    let budget = 4 * rows + 64;
    while (k < prev && budget-- > 0) {
      const i = getI(free, k++);
      scanRow(i);
      let u1 = U1;
      let u2 = U2;
      let j1 = J1;
      const j2 = J2;
      if (j1 == -1) return false;
      if (u2 == INF) u2 = u1;
      let i0 = getI(COLSOL, j1);
      if (u1 < u2) setF(V, j1, getF(V, j1) - (u2 - u1));
      else if (i0 >= 0 && j2 >= 0) {
        j1 = j2;
        i0 = getI(COLSOL, j2);
      }
      const old = getI(ROWSOL, i);
      if (old >= 0 && getI(COLSOL, old) == i) setI(COLSOL, old, -1);
      setI(ROWSOL, i, j1);
      setI(COLSOL, j1, i);
      if (i0 >= 0) {
        setI(ROWSOL, i0, -1);
        if (u1 < u2) setI(free, --k, i0);
        else setI(next, numFree++, i0);
      }
    }
    while (k < prev) setI(next, numFree++, getI(free, k++));
    const t = free;
    free = next;
    next = t;
  }
  FREE = free;
  NEXT = next;
  return true;
}

/** One shortest augmenting path from free row `row`; false when it reaches no column. */
export function augment(row: i32): bool {
  const cols = C;
  const rat = row * cols;
  for (let j = 0; j < cols; j++) {
    setF(D, j, cost(rat + j) - getF(V, j));
    setI(PRED, j, row);
    setI(COLLIST, j, j);
  }
  // COLLIST[0, low): scanned; [low, up): at distance `min`, to scan; [up, cols): not yet reached.
  let low = 0;
  let up = 0;
  let last = 0;
  let min: f64 = 0;
  let end = -1;
  while (end == -1) {
    if (up == low) {
      last = low;
      min = getF(D, getI(COLLIST, up++));
      for (let k = up; k < cols; k++) {
        const j = getI(COLLIST, k);
        const h = getF(D, j);
        if (h <= min) {
          if (h < min) {
            up = low;
            min = h;
          }
          setI(COLLIST, k, getI(COLLIST, up));
          setI(COLLIST, up++, j);
        }
      }
      if (min == INF) return false;
      for (let k = low; k < up; k++)
        if (getI(COLSOL, getI(COLLIST, k)) < 0) {
          end = getI(COLLIST, k);
          break;
        }
      if (end != -1) break;
    }
    const j1 = getI(COLLIST, low++);
    const i = getI(COLSOL, j1);
    const at = i * cols;
    const h = cost(at + j1) - getF(V, j1) - min;
    for (let k = up; k < cols; k++) {
      const j = getI(COLLIST, k);
      const v2 = cost(at + j) - getF(V, j) - h;
      if (v2 < getF(D, j)) {
        setI(PRED, j, i);
        if (v2 == min) {
          if (getI(COLSOL, j) < 0) {
            end = j;
            break;
          }
          setI(COLLIST, k, getI(COLLIST, up));
          setI(COLLIST, up++, j);
        }
        setF(D, j, v2);
      }
    }
  }
  // Scanned columns' potentials fall by how much closer than the end they were reached.
  for (let k = 0; k < last; k++) {
    const j = getI(COLLIST, k);
    setF(V, j, getF(V, j) + getF(D, j) - min);
  }
  let j = end;
  for (;;) {
    const i = getI(PRED, j);
    setI(COLSOL, j, i);
    const k = getI(ROWSOL, i);
    setI(ROWSOL, i, j);
    if (i == row) break;
    j = k;
  }
  return true;
}

/** Solves the matrix placed at costAt() (after layout()); 1 = solved (rowsol/colsol/v filled), 0 = infeasible. */
export function solve(): i32 {
  const rows = R;
  const cols = C;
  if (rows > cols) return 0;
  for (let j = 0; j < cols; j++) {
    setF(V, j, 0);
    setI(COLSOL, j, -1);
  }
  for (let i = 0; i < rows; i++) setI(ROWSOL, i, -1);
  numFree = 0;
  if (rows == cols) {
    if (!columnReduction()) return 0;
    for (let i = 0; i < rows; i++) {
      const m = getI(MATCHES, i);
      if (m == 0) {
        setI(FREE, numFree++, i);
        continue;
      }
      if (m != 1) continue;
      transfer(i);
    }
  } else {
    for (let i = 0; i < rows; i++) setI(FREE, i, i);
    numFree = rows;
  }
  if (!rowReduction()) return 0;
  for (let f = 0; f < numFree; f++) if (!augment(getI(FREE, f))) return 0;
  return 1;
}
