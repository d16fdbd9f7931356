/** The dense Jonker–Volgenant core (lapjv.ts) compiled to WebAssembly: instantiation, memory, and the JS fallback. */
import type { AssignmentResult } from './assignment';
import { denseResult } from './denseResult';
import { LAPJV_WASM_BASE64 } from './wasm/lapjvBytes';

/**
 * Why WebAssembly: V8 compiles a module at once with its baseline compiler (Liftoff), so the first solve of an
 * execution — every Apps Script execution starts cold — runs compiled code instead of the interpreter the JS core
 * starts in (bench: a first solve of 500 × 500 floats is several times faster). Apps Script's V8 runtime runs
 * WebAssembly in practice (third-party projects do), but Google's documentation does not promise it: when
 * `WebAssembly` is absent or refuses the module, `lapDenseWasm` returns `undefined` and the caller runs the JS core.
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
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: unknown };
}

/**
 * Largest matrix handed to WebAssembly: 16 M cells (128 MB of linear memory beside the caller's own copy of the
 * matrix); beyond it the JS core solves in place. Instances whose memory grew past KEEP_BYTES are not kept, so
 * one large solve does not hold its memory for the rest of the execution.
 */
export const WASM_MAX_CELLS = 16_777_216;
const KEEP_BYTES = 32 << 20;
const PAGE = 65536;

let module: object | null | undefined;
let kept: Exports | undefined;

function decodeBase64(s: string): Uint8Array {
  // Apps Script has no atob; base64 by hand (the module is a few kilobytes).
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const value = new Int8Array(128).fill(-1);
  for (let k = 0; k < 64; k++) value[alphabet.charCodeAt(k)] = k;
  const clean = s.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let k = 0; k < clean.length; k++) {
    acc = (acc << 6) | value[clean.charCodeAt(k)]!;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 255;
    }
  }
  return out;
}

/** A fresh instance of the compiled module (compiled once per execution), or undefined without WebAssembly. */
function instantiate(): Exports | undefined {
  const api = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  if (!api) return undefined;
  try {
    if (module === undefined) module = new api.Module(decodeBase64(LAPJV_WASM_BASE64));
    if (module === null) return undefined;
    return new api.Instance(module, {}).exports as Exports;
  } catch {
    module = null; // refused once (a runtime without WebAssembly compilation): the JS core from now on
    return undefined;
  }
}

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
      ex.memory.grow(Math.ceil((need - ex.memory.buffer.byteLength) / PAGE));
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
  module = undefined;
  kept = undefined;
}
