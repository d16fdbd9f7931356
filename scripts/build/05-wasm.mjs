// Build step: the WebAssembly cores (AssemblyScript), embedded as base64 in shared/.
import { writeFileSync } from 'node:fs';
import { bytesModule, compileWasm, WASM_MODULES } from '../wasm.ts';

const root = new URL('../../', import.meta.url).pathname;
for (const m of WASM_MODULES) {
  const bytes = await compileWasm(root, m.source);
  writeFileSync(root + m.module, bytesModule(m, bytes));
  console.log(`  ${m.module}: ${bytes.length} байт WebAssembly`);
}
