// Build step: the dense assignment core compiled to WebAssembly (AssemblyScript), embedded as base64 in shared/.
import { writeFileSync } from 'node:fs';
import { bytesModule, compileLapjv, WASM_MODULE } from '../wasm.ts';

const root = new URL('../../', import.meta.url).pathname;
const bytes = await compileLapjv(root);
writeFileSync(root + WASM_MODULE, bytesModule(bytes));
console.log(`  ${WASM_MODULE}: ${bytes.length} байт WebAssembly`);
