// Builds the browser extension with WXT: the Chrome MV3 build and its store zip, the Firefox MV3 build, its
// zip and the sources zip addons.mozilla.org asks for. Output in .output/. The e2e test builds its own `--mode e2e`.
import { spawnSync } from 'node:child_process';

const wxt = new URL('../../node_modules/wxt/bin/wxt.mjs', import.meta.url).pathname;
const runs = [
  ['zip', '-b', 'chrome'],
  ['zip', '-b', 'firefox', '--mv3'],
];
for (const args of runs) {
  console.log(`  wxt ${args.join(' ')}`);
  const r = spawnSync(process.execPath, [wxt, ...args], { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`✖ Сборка расширения не удалась: wxt ${args.join(' ')} (код ${r.status}).`);
    process.exit(r.status ?? 1);
  }
}
