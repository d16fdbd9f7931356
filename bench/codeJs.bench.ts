// Code.js: its size and the cold cost of one Apps Script execution (load the file, run onOpen and one onEdit),
// for the build as shipped (minified, zod jitless) against the build without each of those.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildAddon, type ServerBuildOptions } from '../apps-script/build/bundle';

const RUNS = 7;
const child = new URL('./lib/coldStart.ts', import.meta.url).pathname;
const variants: { name: string; options: ServerBuildOptions }[] = [
  { name: 'as before (plain, zod JIT)', options: { minify: false, jitless: false } },
  { name: 'zod jitless', options: { minify: false, jitless: true } },
  { name: 'minified', options: { minify: true, jitless: false } },
  { name: 'shipped (minified + jitless)', options: {} },
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const dirs: string[] = [];
for (const v of variants) {
  const dir = mkdtempSync(join(tmpdir(), 'codejs-'));
  await buildAddon(dir, v.options);
  dirs.push(dir);
}
const times: number[][] = variants.map(() => []);
// Round robin, so a busy moment of the machine falls on every variant alike.
for (let i = 0; i < RUNS; i++)
  dirs.forEach((dir, k) => {
    // A fresh process each time: every Apps Script execution starts with nothing compiled.
    const r = spawnSync(process.execPath, ['--import', 'tsx', child, dir], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`cold start failed: ${r.stderr}`);
    times[k]!.push((JSON.parse(r.stdout.trim().split('\n').pop()!) as { ms: number }).ms);
  });
const rows = variants.map((v, k) => ({
  name: v.name,
  kb: statSync(join(dirs[k]!, 'Code.js')).size / 1024,
  ms: median(times[k]!),
}));
const base = rows[0]!;
console.log(
  `Code.js size and cold start (load + onOpen + one onEdit), CPU ms, median of ${RUNS} fresh processes`,
);
console.log('build                            size KB   cold ms   size ratio   time ratio');
for (const r of rows)
  console.log(
    `${r.name.padEnd(32)} ${r.kb.toFixed(0).padStart(7)}   ${r.ms.toFixed(0).padStart(7)}   ${(r.kb / base.kb).toFixed(2).padStart(10)}×  ${(r.ms / base.ms).toFixed(2).padStart(10)}×`,
  );
