// The WebAssembly bytes embedded in shared/ are what the AssemblyScript compiler makes of the committed source
// (so an edit of lapjv.as.ts without `npm run build` cannot ship stale bytes).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bytesModule, compileLapjv } from '../../../scripts/wasm';
import { LAPJV_WASM_BASE64 } from '../../../shared/matching/wasm/lapjvBytes';

describe('embedded WebAssembly core', () => {
  it('matches a fresh compile of lapjv.as.ts', async () => {
    const root = fileURLToPath(new URL('../../../', import.meta.url));
    const bytes = await compileLapjv(root);
    expect(Buffer.from(LAPJV_WASM_BASE64, 'base64').equals(Buffer.from(bytes))).toBe(true);
    expect(bytesModule(bytes)).toContain(LAPJV_WASM_BASE64.slice(0, 100));
  }, 120_000);
});
