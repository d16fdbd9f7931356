// The playground: how long `npm start` spends loading the sample school onto the double, and what one page
// refresh (GET /api/state) costs — with the colours conditional rules give each cell, against values only.
import { join } from 'node:path';
import { ROOT, startPlayground } from '../playground/cli';
import { built_ } from '../test/apps-script/harness';

const b = await built_();
const opts = { distDir: b.outDir, sampleDir: join(ROOT, 'sample'), today: '2025-11-20', port: 0 };

const t0 = performance.now();
const { session, server } = await startPlayground(opts);
const loadMs = performance.now() - t0;

const time = (n: number, f: () => unknown) => {
  f();
  const s = performance.now();
  for (let i = 0; i < n; i++) f();
  return (performance.now() - s) / n;
};
const N = 30;
const stateMs = time(N, () => JSON.stringify(session.state()));
const valuesOnlyMs = time(N, () =>
  JSON.stringify(session.addon.double.spreadsheet._sheets.map((s) => s.getDataRange().getDisplayValues())),
);
const bytes = JSON.stringify(session.state()).length;

let httpMs = 0;
for (let i = 0; i < N; i++) {
  const s = performance.now();
  await (await fetch(`${server.url}api/state`)).text();
  httpMs += performance.now() - s;
}
httpMs /= N;
const callMs = time(N, () => session.call('getAddonInfo', '[]'));
await server.close();

const cells = session.state().sheets.reduce((n, s) => n + s.rows.length * (s.rows[0]?.length ?? 0), 0);
console.log(
  `sample load (setup, paste 67 rows, report settings, roadmap template, deadlines, report sheet): ${loadMs.toFixed(0)} ms`,
);
console.log(`state view, ${cells} cells, ${(bytes / 1024).toFixed(0)} KB JSON: ${stateMs.toFixed(1)} ms`);
console.log(
  `  values only (getDisplayValues, no colours): ${valuesOnlyMs.toFixed(1)} ms → colours cost ${(stateMs / valuesOnlyMs).toFixed(1)}×`,
);
console.log(`GET /api/state over HTTP: ${httpMs.toFixed(1)} ms`);
console.log(`google.script.run call through the bridge (getAddonInfo): ${callMs.toFixed(2)} ms`);
