import { describe, expect, it } from 'vitest';
import { solveSparse } from '../../../shared/matching/assignment';
import { lapDense } from '../../../shared/matching/lapjv';
import { solveDense } from '../../../shared/matching/pricing';

/** Every assignment enumerated: each row to a free column or unassigned (cost D). */
function bruteForce(c: number[][], D: number): number {
  const n = c.length;
  const m = c[0]?.length ?? 0;
  const used = new Array<boolean>(m).fill(false);
  let best = Number.POSITIVE_INFINITY;
  const rec = (i: number, acc: number) => {
    if (i === n) {
      best = Math.min(best, acc);
      return;
    }
    rec(i + 1, acc + D);
    for (let j = 0; j < m; j++) {
      const x = c[i]![j]!;
      if (used[j] || x === Number.POSITIVE_INFINITY) continue;
      used[j] = true;
      rec(i + 1, acc + x);
      used[j] = false;
    }
  };
  rec(0, 0);
  return best;
}

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function toSparse(c: number[][]) {
  const n = c.length;
  const m = c[0]!.length;
  const start = new Int32Array(n + 1);
  const col: number[] = [];
  const cost: number[] = [];
  c.forEach((row, i) => {
    row.forEach((x, j) => {
      if (x !== Number.POSITIVE_INFINITY) {
        col.push(j);
        cost.push(x);
      }
    });
    start[i + 1] = col.length;
  });
  return { rows: n, cols: m, start, col: Int32Array.from(col), cost: Float64Array.from(cost) };
}

function checkSolution(c: number[][], D: number, colForRow: Int32Array, total: number) {
  const seen = new Set<number>();
  let sum = 0;
  colForRow.forEach((j, i) => {
    if (j < 0) sum += D;
    else {
      expect(seen.has(j)).toBe(false);
      seen.add(j);
      expect(c[i]![j]).not.toBe(Number.POSITIVE_INFINITY);
      sum += c[i]![j]!;
    }
  });
  expect(sum).toBeCloseTo(total, 9);
}

/**
 * A small random cost matrix with rows (and, if asked, columns) in groups, as a mentor's places are: cost =
 * the groups' shared cost + the row's offset + the column's offset. Also returned expanded, cell by cell.
 */
function groupedInstance(rnd: () => number, columnGroups: boolean) {
  const rowGroups = 1 + Math.floor(rnd() * 4);
  const rowGroup: number[] = [];
  for (let g = 0; g < rowGroups; g++) for (let k = 1 + Math.floor(rnd() * 3); k > 0; k--) rowGroup.push(g);
  const rowOffset = rowGroup.map(() => Math.floor(rnd() * 4) / 4);
  const H = 1 + Math.floor(rnd() * (columnGroups ? 3 : 6));
  const colStart = [0];
  for (let h = 0; h < H; h++) colStart.push(colStart[h]! + (columnGroups ? 1 + Math.floor(rnd() * 2) : 1));
  const cols = colStart[H]!;
  const colGroup: number[] = [];
  for (let h = 0; h < H; h++) for (let j = colStart[h]!; j < colStart[h + 1]!; j++) colGroup.push(h);
  const colOffset = Array.from({ length: cols }, () => (columnGroups ? Math.floor(rnd() * 4) / 4 : 0));
  const base = Array.from({ length: rowGroups * H }, () =>
    rnd() < 0.25 ? Number.POSITIVE_INFINITY : Math.floor(rnd() * 5) / 4 - 1,
  );
  const expanded = rowGroup.map((g, r) =>
    colGroup.map((h, j) => base[g * H + h]! + rowOffset[r]! + colOffset[j]!),
  );
  return { rowGroup, rowOffset, colStart, colOffset, base, expanded };
}

describe('assignment solvers against brute force', () => {
  it('sparse and priced dense solvers reach the enumerated optimum on 1,500 random instances', () => {
    const rnd = rng(42);
    let checked = 0;
    for (let t = 0; t < 1500; t++) {
      const n = 1 + Math.floor(rnd() * 6);
      const m = 1 + Math.floor(rnd() * 6);
      // Few distinct values: many ties, the hard case for determinism and for the reductions.
      const c = Array.from({ length: n }, () =>
        Array.from({ length: m }, () =>
          rnd() < 0.3 ? Number.POSITIVE_INFINITY : Math.floor(rnd() * 5) / 4 - (rnd() < 0.3 ? 1 : 0),
        ),
      );
      const D = rnd() < 0.5 ? 5 : rnd() * 1.5;
      const best = bruteForce(c, D);
      const sparse = solveSparse(toSparse(c), D);
      const dense = solveDense(Float64Array.from(c.flat()), n, m, D, { candidates: 1 + (t % 3) });
      expect(sparse.total).toBeCloseTo(best, 9);
      expect(dense.total).toBeCloseTo(best, 9);
      expect(dense.certified).toBe(true);
      checkSolution(c, D, sparse.colForRow, sparse.total);
      checkSolution(c, D, dense.colForRow, dense.total);
      checked++;
    }
    expect(checked).toBe(1500);
  });

  it('without an unassigned option, solves feasible square problems with forbidden cells', () => {
    const rnd = rng(7);
    for (let t = 0; t < 300; t++) {
      const n = 2 + Math.floor(rnd() * 5);
      const c = Array.from({ length: n }, (_, i) =>
        Array.from({ length: n }, (_, j) => (i !== j && rnd() < 0.4 ? Number.POSITIVE_INFINITY : rnd())),
      );
      const best = bruteForce(c, 1e6); // the diagonal keeps it feasible, so no row is left out
      const dense = solveDense(Float64Array.from(c.flat()), n, n, Number.POSITIVE_INFINITY, {
        candidates: 1,
      });
      expect(dense.total).toBeCloseTo(best, 9);
      expect([...dense.colForRow].every((j) => j >= 0)).toBe(true);
    }
  });

  it('prices left-out cells in: a first candidate list that misses the optimum is widened', () => {
    // Row 0's cheapest cell is column 0, but row 1 can only use column 0: the optimum needs row 0 in column 1.
    const c = [
      [0, 1, 5],
      [0, Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY],
      [9, 9, 0],
    ];
    const r = solveDense(Float64Array.from(c.flat()), 3, 3, 100, { candidates: 1 });
    expect([...r.colForRow]).toEqual([1, 0, 2]);
    expect(r.total).toBe(1);
    expect(r.rounds).toBeGreaterThan(1);
    expect(r.certified).toBe(true);
  });

  it('duals certify the result: reduced costs are non-negative everywhere and zero on the assignment', () => {
    const rnd = rng(3);
    const n = 40;
    const m = 55;
    const c = Float64Array.from({ length: n * m }, () => (rnd() < 0.2 ? Number.POSITIVE_INFINITY : rnd()));
    const r = solveDense(c, n, m, 10);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < m; j++) {
        const x = c[i * m + j]!;
        if (x === Number.POSITIVE_INFINITY) continue;
        expect(x - r.u[i]! - r.v[j]!).toBeGreaterThanOrEqual(-1e-9);
      }
      const j = r.colForRow[i]!;
      if (j >= 0) expect(c[i * m + j]! - r.u[i]! - r.v[j]!).toBeCloseTo(0, 9);
    }
    for (let j = 0; j < m; j++) {
      expect(r.v[j]!).toBeLessThanOrEqual(0);
      if (r.rowForCol[j] === -1) expect(r.v[j]).toBe(0);
    }
  });

  it("rows and columns in groups (a mentor's places: shared scores plus offsets) solve like the expanded matrix", () => {
    const rnd = rng(11);
    for (let t = 0; t < 400; t++) {
      const g = groupedInstance(rnd, t % 2 === 0);
      const D = rnd() < 0.5 ? 5 : rnd();
      const r = solveDense(Float64Array.from(g.base), g.expanded.length, g.colOffset.length, D, {
        candidates: 1 + (t % 2),
        prices: t % 3 === 0,
        structure: {
          rowGroup: Int32Array.from(g.rowGroup),
          rowOffset: Float64Array.from(g.rowOffset),
          colStart: Int32Array.from(g.colStart),
          colOffset: Float64Array.from(g.colOffset),
        },
      });
      expect(r.total).toBeCloseTo(bruteForce(g.expanded, D), 9);
      expect(r.certified).toBe(true);
      checkSolution(g.expanded, D, r.colForRow, r.total);
    }
  });

  it('a sparse matrix with rows in groups (same cells, costs apart by an offset) solves like the plain one', () => {
    const rnd = rng(23);
    for (let t = 0; t < 300; t++) {
      const g = groupedInstance(rnd, false);
      const D = rnd() < 0.5 ? 5 : rnd();
      const grouped = {
        ...toSparse(g.expanded),
        rowGroup: Int32Array.from(g.rowGroup),
        rowOffset: Float64Array.from(g.rowOffset),
      };
      const r = solveSparse(grouped, D);
      expect(r.total).toBeCloseTo(bruteForce(g.expanded, D), 9);
      checkSolution(g.expanded, D, r.colForRow, r.total);
    }
    // Larger: long searches that pass through several rows of a group, against the plain solve.
    for (let t = 0; t < 40; t++) {
      const groups = 10 + Math.floor(rnd() * 15);
      const m = 20 + Math.floor(rnd() * 30);
      const group: number[] = [];
      for (let g = 0; g < groups; g++) for (let k = 1 + Math.floor(rnd() * 4); k > 0; k--) group.push(g);
      const offset = group.map(() => -Math.floor(rnd() * 8) / 4);
      const base = Array.from({ length: groups }, () =>
        Array.from({ length: m }, () => (rnd() < 0.5 ? Number.POSITIVE_INFINITY : -Math.floor(rnd() * 6))),
      );
      const c = group.map((g, r) => base[g]!.map((x) => x + offset[r]!));
      const plain = solveSparse(toSparse(c), 1);
      const grouped = solveSparse(
        { ...toSparse(c), rowGroup: Int32Array.from(group), rowOffset: Float64Array.from(offset) },
        1,
      );
      expect(grouped.total).toBeCloseTo(plain.total, 9);
      checkSolution(c, 1, grouped.colForRow, grouped.total);
    }
  });

  it("continues from the previous round's solution: many pricing rounds end at the cold optimum, with valid duals", () => {
    const rnd = rng(5);
    for (let t = 0; t < 60; t++) {
      const n = 20 + Math.floor(rnd() * 30);
      const m = 20 + Math.floor(rnd() * 30);
      // Scarce, contested columns and few distinct values: the first candidates miss much of the optimum,
      // so rows are released again and again and freed columns must be settled (not reset).
      const c = Array.from({ length: n }, () =>
        Array.from({ length: m }, () => (rnd() < 0.2 ? Number.POSITIVE_INFINITY : -Math.floor(rnd() * 8))),
      );
      const D = t % 2 === 0 ? 1 : Number.POSITIVE_INFINITY;
      const flat = Float64Array.from(c.flat());
      const cold = solveSparse(toSparse(c), Number.isFinite(D) ? D : 1e6);
      const warm = solveDense(flat, n, m, Number.isFinite(D) ? D : 1e6, { candidates: 1 });
      expect(warm.rounds).toBeGreaterThan(1);
      expect(warm.total).toBeCloseTo(cold.total, 9);
      for (let i = 0; i < n; i++)
        for (let j = 0; j < m; j++)
          if (c[i]![j] !== Number.POSITIVE_INFINITY)
            expect(c[i]![j]! - warm.u[i]! - warm.v[j]!).toBeGreaterThanOrEqual(-1e-9);
      for (let j = 0; j < m; j++) if (warm.rowForCol[j] === -1) expect(warm.v[j]).toBe(0);
    }
  });

  it('the dense Jonker–Volgenant core places every row at the enumerated optimum, square and rectangular, with valid duals', () => {
    const rnd = rng(7);
    let solved = 0;
    for (let t = 0; t < 1500; t++) {
      const n = 1 + Math.floor(rnd() * 6);
      const m = n + Math.floor(rnd() * 4);
      const ties = t % 2 === 0;
      const c = Array.from({ length: n }, () =>
        Array.from({ length: m }, () =>
          rnd() < 0.2 ? Number.POSITIVE_INFINITY : ties ? Math.floor(rnd() * 3) : rnd() * 10 - 5,
        ),
      );
      const best = bruteForce(c, Number.POSITIVE_INFINITY);
      const r = lapDense(Float64Array.from(c.flat()), n, m);
      if (best === Number.POSITIVE_INFINITY) {
        // No way to place every row: the core says so (or, having placed them all, it could not be).
        expect(r === null || !Number.isFinite(r.total)).toBe(true);
        continue;
      }
      if (!r) throw new Error(`no solution where the optimum is ${best}`);
      solved++;
      checkSolution(c, Number.POSITIVE_INFINITY, r.colForRow, r.total);
      expect(r.total).toBeCloseTo(best, 9);
      for (let i = 0; i < n; i++)
        for (let j = 0; j < m; j++)
          if (c[i]![j] !== Number.POSITIVE_INFINITY)
            expect(c[i]![j]! - r.u[i]! - r.v[j]!).toBeGreaterThanOrEqual(-1e-9);
      // Only a taken column may be priced: a free column keeps potential 0 (what certifies a rectangular result).
      for (let j = 0; j < m; j++) if (r.rowForCol[j] === -1) expect(r.v[j]).toBe(0);
    }
    expect(solved).toBeGreaterThan(800);
  });

  it('solveDense with a mentor’s places as a column group (capacity 2, tied costs) reaches the optimum, with valid duals', () => {
    const rnd = rng(11);
    for (let t = 0; t < 150; t++) {
      const H = 2;
      const n = 2 + Math.floor(rnd() * 5);
      const cap = 3;
      const cols = H * cap;
      const base = Float64Array.from({ length: n * H }, () => Math.floor(rnd() * 3));
      const r = solveDense(base, n, cols, Number.POSITIVE_INFINITY, {
        structure: {
          colStart: Int32Array.from({ length: H + 1 }, (_, h) => h * cap),
          colOffset: Float64Array.from({ length: cols }, (_, j) => (j % cap) / 10),
        },
      });
      const c = Array.from({ length: n }, (_, i) =>
        Array.from({ length: cols }, (_, j) => base[i * H + Math.floor(j / cap)]! + (j % cap) / 10),
      );
      expect(r.total).toBeCloseTo(bruteForce(c, Number.POSITIVE_INFINITY), 9);
      checkSolution(c, Number.POSITIVE_INFINITY, r.colForRow, r.total);
      expect(r.certified).toBe(true);
      for (let i = 0; i < n; i++)
        for (let j = 0; j < cols; j++) expect(c[i]![j]! - r.u[i]! - r.v[j]!).toBeGreaterThanOrEqual(-1e-9);
    }
  });

  it('is deterministic: the same matrix gives the same assignment, ties to the smaller column', () => {
    const c = new Float64Array(16).fill(1);
    const a = solveDense(c, 4, 4);
    const b = solveDense(c, 4, 4);
    expect([...a.colForRow]).toEqual([...b.colForRow]);
    expect([...solveDense(new Float64Array([1, 1]), 1, 2).colForRow]).toEqual([0]);
  });

  it('leaves a row unassigned when that is cheaper or when nothing is allowed', () => {
    const r = solveDense(new Float64Array([7, Number.POSITIVE_INFINITY]), 2, 1, 5);
    expect([...r.colForRow]).toEqual([-1, -1]);
    expect(r.total).toBe(10);
  });

  it('refuses a matrix whose size does not match', () => {
    expect(() => solveDense(new Float64Array(5), 2, 3)).toThrow(RangeError);
  });
});
