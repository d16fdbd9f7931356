/** The dense Jonker–Volgenant core (lapjv.ts) compiled to WebAssembly: instantiation, memory, and the JS fallback. */
import type { AssignmentResult } from './assignment';
import { denseResult } from './denseResult';
import { LAPJV_WASM_BASE64 } from './wasm/lapjvBytes';
import { forgetWasmModules, WASM_PAGE, wasmInstance } from './wasmLoader';

/**
 * Why WebAssembly: V8 compiles a module at once with its baseline compiler (Liftoff), so the first solve of an
 * execution — every Apps Script execution starts cold — runs compiled code instead of the interpreter the JS core
 * starts in (bench: a first solve of 500 × 500 floats is several times faster). Without WebAssembly
 * (wasmLoader.ts), `lapDenseWasm` returns `undefined` and the caller runs the JS core.
 */
interface Exports {
  memory: { buffer: ArrayBuffer; grow(pages: number): number };
  layout(rows: number, cols: number): number;
  costAt(): number;
  vAt(): number;
  colsolAt(): number;
  rowsolAt(): number;
  solve(): number;
}
/**
 * Largest matrix handed to WebAssembly: 16 M cells (128 MB of linear memory beside the caller's own copy of the
 * matrix); beyond it the JS core solves in place. Instances whose memory grew past KEEP_BYTES are not kept, so
 * one large solve does not hold its memory for the rest of the execution.
 */
export const WASM_MAX_CELLS = 16_777_216;
const KEEP_BYTES = 32 << 20;
let kept: Exports | undefined;

const instantiate = () => wasmInstance<Exports>(LAPJV_WASM_BASE64);

/** Whether the WebAssembly core can run here (instantiates it on first call). */
export function wasmCoreReady(): boolean {
  if (kept) return true;
  kept = instantiate();
  return kept !== undefined;
}

/**
 * `lapDense` in WebAssembly: the same algorithm and tie rules, so the same assignment, duals and total. `null` as
 * `lapDense` (some row can take no column); `undefined` when WebAssembly is unavailable or the matrix is larger
 * than WASM_MAX_CELLS: the caller runs the JS core.
 */
export function lapDenseWasm(
  cost: Float64Array,
  rows: number,
  cols: number,
): AssignmentResult | null | undefined {
  if (rows > cols) return null;
  if (rows * cols > WASM_MAX_CELLS) return undefined;
  let ex = kept ?? instantiate();
  if (!ex) return undefined;
  let need = ex.layout(rows, cols);
  if (need > ex.memory.buffer.byteLength) {
    if (ex === kept && need > KEEP_BYTES) {
      // A large solve gets its own instance, dropped afterwards; the kept one stays small.
      const fresh = instantiate();
      if (!fresh) return undefined;
      ex = fresh;
      need = ex.layout(rows, cols);
    }
    try {
      ex.memory.grow(Math.ceil((need - ex.memory.buffer.byteLength) / WASM_PAGE));
    } catch {
      return undefined; // out of memory for the copy: the JS core works in place
    }
  }
  if (!kept && need <= KEEP_BYTES) kept = ex;
  const buffer = ex.memory.buffer;
  new Float64Array(buffer, ex.costAt(), rows * cols).set(cost);
  if (ex.solve() === 0) return null;
  const rowsol = new Int32Array(buffer, ex.rowsolAt(), rows).slice();
  const colsol = new Int32Array(buffer, ex.colsolAt(), cols).slice();
  const v = new Float64Array(buffer, ex.vAt(), cols).slice();
  return denseResult(cost, rows, cols, rowsol, colsol, v);
}

/** For tests: forget the compiled module and the kept instance (the next solve instantiates again). */
export function resetWasmForTests(): void {
  forgetWasmModules();
  kept = undefined;
}
