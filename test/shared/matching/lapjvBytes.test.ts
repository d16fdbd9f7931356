// The WebAssembly bytes embedded in shared/ are what the AssemblyScript compiler makes of the committed sources
// (so an edit of a *.as.ts without `npm run build` cannot ship stale bytes).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bytesModule, compileWasm, WASM_MODULES } from '../../../scripts/wasm';
import { LAPJV_WASM_BASE64 } from '../../../shared/matching/wasm/lapjvBytes';
import { SCORE_WASM_BASE64 } from '../../../shared/matching/wasm/scoreBytes';

const embedded: Record<string, string> = { LAPJV_WASM_BASE64, SCORE_WASM_BASE64 };

describe('embedded WebAssembly modules', () => {
  for (const m of WASM_MODULES)
    it(`${m.module} matches a fresh compile of ${m.source}`, async () => {
      const root = fileURLToPath(new URL('../../../', import.meta.url));
      const bytes = await compileWasm(root, m.source);
      const b64 = embedded[m.constant]!;
      expect(Buffer.from(b64, 'base64').equals(Buffer.from(bytes))).toBe(true);
      expect(bytesModule(m, bytes)).toContain(b64.slice(0, 100));
    }, 120_000);
});
