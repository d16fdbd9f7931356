/**
 * Loading the embedded WebAssembly modules (wasm/*Bytes.ts): base64 decoded by hand, each module compiled once per
 * execution, a fresh instance on request. Apps Script's V8 runtime runs WebAssembly in practice (third-party
 * projects do), but Google's documentation does not promise it: where `WebAssembly` is absent or refuses a
 * module, `wasmInstance` returns undefined and the caller runs its JavaScript twin, with the same result.
 */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: unknown };
}

/** Bytes of a 64 KB page of linear memory. */
export const WASM_PAGE = 65536;

/** Compiled modules by their base64 text; null once refused (the JavaScript twin from then on). */
const compiled = new Map<string, object | null>();

function decodeBase64(s: string): Uint8Array {
  // Apps Script has no atob; base64 by hand (the modules are a few kilobytes).
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

/** A fresh instance of the module (compiled on first use in this execution), or undefined without WebAssembly. */
export function wasmInstance<T>(base64: string): T | undefined {
  const api = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  if (!api) return undefined;
  let module = compiled.get(base64);
  try {
    if (module === undefined) {
      module = new api.Module(decodeBase64(base64));
      compiled.set(base64, module);
    }
    if (module === null) return undefined;
    return new api.Instance(module, {}).exports as T;
  } catch {
    compiled.set(base64, null); // refused once (a runtime without WebAssembly compilation)
    return undefined;
  }
}

/** For tests: forget every compiled module (the next use compiles again). */
export function forgetWasmModules(): void {
  compiled.clear();
}
