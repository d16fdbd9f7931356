// What reading roadmap files adds to the import dialog: esbuild bundles built as the add-on builds its
// windows (apps-script/build/bundle.ts: iife, es2019, minified), their sizes, and each package's share.
// `npm run bench -- roadmapFileSize`
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Metafile, type Plugin } from 'esbuild';
import { UI_BUILD, zodLocalesPlugin } from '../apps-script/build/bundle';

const root = new URL('..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'roadmap-size-'));

const ENTRIES = {
  // The readers alone: file bytes → rows of cells (to send to the server, which runs importRoadmap).
  readers: `import { readRoadmapFileContent } from '${root}shared/roadmap/files/detect';
(globalThis as any).x = readRoadmapFileContent;`,
  // The whole entry point: readers and the importer (for a preview without a round trip).
  importRoadmapFile: `import { importRoadmapFile } from '${root}shared/roadmap/files/index';
(globalThis as any).x = importRoadmapFile;`,
  // The importer alone, for comparison.
  importRoadmap: `import { importRoadmap } from '${root}shared/roadmap/importer';
(globalThis as any).x = importRoadmap;`,
};

async function bundle(
  entry: string,
  plugins: Plugin[],
): Promise<{ bytes: number; gzip: number; meta: Metafile }> {
  const out = await build({ ...UI_BUILD, entryPoints: [entry], write: false, metafile: true, plugins });
  const text = out.outputFiles[0]!.contents;
  return { bytes: text.length, gzip: gzipSync(text).length, meta: out.metafile };
}

function packages(meta: Metafile): Record<string, number> {
  const out: Record<string, number> = {};
  for (const o of Object.values(meta.outputs)) {
    for (const [path, v] of Object.entries(o.inputs)) {
      const key = path.includes('node_modules/')
        ? path.split('node_modules/')[1]!.split('/')[0]!
        : path.includes('shared/roadmap/files/')
          ? 'shared/roadmap/files'
          : 'other project code';
      out[key] = (out[key] ?? 0) + v.bytesInOutput;
    }
  }
  return out;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
try {
  for (const [name, code] of Object.entries(ENTRIES)) {
    const file = join(dir, `${name}.ts`);
    writeFileSync(file, code);
    for (const [label, plugins] of [
      ['', []],
      [' (zod locales trimmed as for Code.js)', [zodLocalesPlugin]],
    ] as const) {
      const r = await bundle(file, [...plugins]);
      const parts = Object.entries(packages(r.meta))
        .sort((a, b) => b[1] - a[1])
        .map(([k, v]) => `${k} ${kb(v)}`)
        .join(', ');
      console.log(`${name}${label}: ${kb(r.bytes)} minified, ${kb(r.gzip)} gzip — ${parts}`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
