// Bundles the autofill engine into one IIFE script (extension/autofill/portalEntry.ts → dist/portal-engine.js).
import { statSync } from 'node:fs';
import { build } from 'esbuild';

const ROOT = new URL('../', import.meta.url).pathname;
export const PORTAL_ENGINE = `${ROOT}dist/portal-engine.js`;

export async function buildPortalEngine(outfile = PORTAL_ENGINE): Promise<{ file: string; bytes: number }> {
  await build({
    entryPoints: [`${ROOT}extension/autofill/portalEntry.ts`],
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    minify: true,
    outfile,
    logLevel: 'warning',
  });
  return { file: outfile.replace(ROOT, ''), bytes: statSync(outfile).size };
}
