// Build step: the Sheets add-on (apps-script/src → apps-script/dist, pushed by `npm run push`).
import { buildAddon } from '../../apps-script/build/bundle.ts';

// PUBLISHED_ADDON=1: the build for the Marketplace (its menu under «Расширения», see docs/marketplace.md).
const r = await buildAddon(undefined, { published: process.env.PUBLISHED_ADDON === '1' });
console.log(
  `  apps-script/dist: Code.js ${(r.codeBytes / 1024).toFixed(0)} КБ, точек входа ${r.entryPoints.length}, ` +
    `интерфейсы: ${r.uis.map((u) => `${u}.html`).join(', ') || 'нет'}`,
);
