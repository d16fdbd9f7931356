// The WebAssembly build of the dense core gives the JS core's exact result (assignment, duals, total), and the JS
// core takes over when WebAssembly is missing or refuses the module.
import { afterEach, describe, expect, it } from 'vitest';
import type { AssignmentResult } from '../../../shared/matching/assignment';
import { lapDense, lapDenseJs } from '../../../shared/matching/lapjv';
import { lapDenseWasm, resetWasmForTests, WASM_MAX_CELLS } from '../../../shared/matching/lapjvWasm';
import { solveDense } from '../../../shared/matching/pricing';
import { rng } from './helpers';

type Kind = 'float' | 'ties' | 'plateau' | 'forbidden' | 'capacity';

/** rows × cols costs: floats; integers 0–9 or 0–1 (heavy ties); a fifth forbidden; a mentor's places repeated. */
function matrix(kind: Kind, rows: number, cols: number, rnd: () => number): Float64Array {
  const c = new Float64Array(rows * cols);
  const cap = 3;
  for (let i = 0; i < rows; i++)
    for (let j = 0; j < cols; j++) {
      const x = rnd();
      c[i * cols + j] =
        kind === 'float'
          ? x * 10 - 5
          : kind === 'ties'
            ? Math.floor(x * 10)
            : kind === 'plateau'
              ? Math.floor(x * 2)
              : kind === 'forbidden'
                ? x < 0.25
                  ? Number.POSITIVE_INFINITY
                  : Math.floor(rnd() * 20) - 10
                : // capacity: columns in runs of `cap` equal costs (copied from the run's first)
                  j % cap === 0
                  ? Math.floor(x * 5)
                  : c[i * cols + j - (j % cap)]!;
    }
  return c;
}

function same(a: AssignmentResult | null | undefined, b: AssignmentResult | null) {
  if (b === null) {
    expect(a).toBeNull();
    return;
  }
  if (!a) throw new Error('the WebAssembly core found no solution where the JS core did');
  expect([...a.colForRow]).toEqual([...b.colForRow]);
  expect([...a.rowForCol]).toEqual([...b.rowForCol]);
  expect([...a.v]).toEqual([...b.v]);
  expect([...a.u]).toEqual([...b.u]);
  expect(a.total).toBe(b.total);
}

afterEach(() => resetWasmForTests());

describe('dense core in WebAssembly', () => {
  it('gives the same assignment, duals and total as the JS core on 2 000 random matrices (ties, forbidden, rectangular, capacitated)', () => {
    const rnd = rng(2024);
    const kinds: Kind[] = ['float', 'ties', 'plateau', 'forbidden', 'capacity'];
    let solved = 0;
    let infeasible = 0;
    for (let t = 0; t < 2000; t++) {
      const kind = kinds[t % kinds.length]!;
      const rows = 1 + Math.floor(rnd() * (t < 1800 ? 12 : 60));
      const square = rnd() < 0.5;
      const cols =
        kind === 'capacity' ? 3 * Math.ceil(rows / 2) : square ? rows : rows + Math.floor(rnd() * rows * 2);
      if (cols < rows) continue;
      const c = matrix(kind, rows, cols, rnd);
      const js = lapDenseJs(c, rows, cols);
      same(lapDenseWasm(c, rows, cols), js);
      if (js) solved++;
      else infeasible++;
    }
    expect(solved).toBeGreaterThan(1500);
    expect(infeasible).toBeGreaterThan(5);
  });

  it('grows its memory for a large matrix, then solves small ones again, alike', () => {
    const rnd = rng(5);
    // 2 100 × 2 100 doubles = 35 MB: more than the kept instance holds, so a fresh instance grows for it.
    for (const [rows, cols] of [
      [40, 40],
      [2100, 2100],
      [30, 90],
    ] as const) {
      const c = matrix(rows > 1000 ? 'plateau' : 'ties', rows, cols, rnd);
      same(lapDenseWasm(c, rows, cols), lapDenseJs(c, rows, cols));
    }
  });

  it('leaves matrices past its memory limit to the JS core', () => {
    // Refused before the matrix is read or memory grown, so an empty array stands for the oversized one.
    expect(lapDenseWasm(new Float64Array(0), 4096, WASM_MAX_CELLS / 4096 + 1)).toBeUndefined();
  });

  it('falls back to the JS core when WebAssembly is absent or refuses the module', () => {
    const rnd = rng(9);
    const c = matrix('ties', 20, 25, rnd);
    const expected = lapDenseJs(c, 20, 25);
    const real = globalThis.WebAssembly;
    try {
      Object.defineProperty(globalThis, 'WebAssembly', {
        value: undefined,
        configurable: true,
        writable: true,
      });
      expect(lapDenseWasm(c, 20, 25)).toBeUndefined();
      same(lapDense(c, 20, 25), expected);
      resetWasmForTests();
      // A runtime that has the object but does not compile (as a locked-down one might): it throws.
      globalThis.WebAssembly = {
        ...real,
        Module: function refuse() {
          throw new Error('WebAssembly compilation is disallowed');
        },
      } as unknown as typeof WebAssembly;
      expect(lapDenseWasm(c, 20, 25)).toBeUndefined();
      same(lapDense(c, 20, 25), expected);
    } finally {
      globalThis.WebAssembly = real;
    }
    resetWasmForTests();
    expect(lapDenseWasm(c, 20, 25)).toBeDefined();
  });
});

describe('solveDense on the dense core', () => {
  it('solves a mentor’s places as a column group (no offsets) as the same matrix with the places spelt out', () => {
    const rnd = rng(31);
    for (let t = 0; t < 60; t++) {
      const H = 2 + Math.floor(rnd() * 8);
      const cap = 1 + Math.floor(rnd() * 3);
      const rows = 1 + Math.floor(rnd() * H * cap);
      const cols = H * cap;
      const base = Float64Array.from({ length: rows * H }, () => Math.floor(rnd() * 5));
      const full = Float64Array.from(
        { length: rows * cols },
        (_, k) => base[Math.floor(k / cols) * H + Math.floor((k % cols) / cap)]!,
      );
      const grouped = solveDense(base, rows, cols, Number.POSITIVE_INFINITY, {
        structure: {
          colStart: Int32Array.from({ length: H + 1 }, (_, h) => h * cap),
          colOffset: new Float64Array(cols),
        },
      });
      const spelt = solveDense(full, rows, cols);
      expect(grouped.total).toBe(spelt.total);
      let sum = 0;
      grouped.colForRow.forEach((j, i) => {
        sum += full[i * cols + j]!;
      });
      expect(sum).toBe(grouped.total);
    }
  });
});
