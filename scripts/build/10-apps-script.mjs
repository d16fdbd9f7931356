// Build step: the Sheets add-on (apps-script/src → apps-script/dist, pushed by `npm run push`).
import { buildAddon } from '../../apps-script/build/bundle.ts';

const r = await buildAddon();
console.log(
  `  apps-script/dist: Code.js ${(r.codeBytes / 1024).toFixed(0)} КБ, точек входа ${r.entryPoints.length}, ` +
    `интерфейсы: ${r.uis.map((u) => `${u}.html`).join(', ') || 'нет'}`,
);
