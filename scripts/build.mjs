// Builds every part of the product that exists: each step is a script in scripts/build/, run in name order.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = new URL('./build/', import.meta.url).pathname;
const steps = existsSync(dir)
  ? readdirSync(dir)
      .filter((f) => /\.(mjs|ts)$/.test(f))
      .sort()
  : [];
for (const step of steps) {
  console.log(`▶ Сборка: ${step}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(dir, step)], { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`✖ Сборка остановлена: шаг ${step} завершился с ошибкой (код ${r.status}).`);
    process.exit(r.status ?? 1);
  }
}
console.log(steps.length ? '✔ Сборка готова.' : 'Собирать пока нечего.');
